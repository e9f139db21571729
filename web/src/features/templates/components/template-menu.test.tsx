import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChatInput } from '@/features/chat/components/chat-input';
import type { PromptTemplate } from '../types';

const weekly: PromptTemplate = {
  id: 't1',
  workspaceId: 'w',
  name: 'weekly',
  description: 'Load of a week',
  body: 'Chart {{measure}} for {{site|North}} by day',
  variables: [
    { name: 'measure', defaultValue: null },
    { name: 'site', defaultValue: 'North' },
  ],
  updatedAt: '2026-01-01T00:00:00Z',
};

const plain: PromptTemplate = { ...weekly, id: 't2', name: 'hello', description: '', body: 'What can you do?', variables: [] };

function setup() {
  const onSend = vi.fn();
  render(
    <ChatInput
      commands={[{ name: 'chart', description: 'Draw a chart', usage: '/chart' }]}
      templates={[weekly, plain]}
      lastMessage={null}
      running={false}
      onSend={onSend}
      onStop={vi.fn()}
    />,
  );
  return { onSend, box: screen.getByRole('textbox', { name: 'Message' }) };
}

describe('templates in the / menu', () => {
  it('listsTemplatesAfterTheCommands', async () => {
    const { box } = setup();
    await userEvent.type(box, '/');
    const options = within(screen.getByRole('listbox', { name: 'Commands' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['/chartDraw a chart', '/weeklytemplateLoad of a week', '/hellotemplate']);
  });

  it('fillsTheVariablesAndInsertsTheTextWithoutSending', async () => {
    const { box, onSend } = setup();
    await userEvent.type(box, '/wee');
    await userEvent.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Fill template weekly' });
    expect(within(form).getByRole('textbox', { name: 'site' })).toHaveValue('North');
    await userEvent.type(within(form).getByRole('textbox', { name: 'measure' }), 'grid import');
    await userEvent.click(within(form).getByRole('button', { name: 'Insert' }));

    expect(screen.queryByRole('form', { name: 'Fill template weekly' })).not.toBeInTheDocument();
    expect(box).toHaveValue('Chart grid import for North by day');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.type(box, ' please');
    expect(box).toHaveValue('Chart grid import for North by day please');
  });

  it('insertsATemplateWithoutVariablesAtOnce', async () => {
    const { box, onSend } = setup();
    await userEvent.type(box, '/hel');
    await userEvent.click(screen.getByRole('option', { name: /hello/ }));
    expect(box).toHaveValue('What can you do?');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('cancelsTheFormAndKeepsWhatWasTyped', async () => {
    const { box } = setup();
    await userEvent.type(box, '/weekly');
    await userEvent.keyboard('{Tab}');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(box).toHaveValue('/weekly');
  });
});
