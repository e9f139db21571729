import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CommandSpec } from '../types';
import { ChatInput } from './chat-input';

const commands: CommandSpec[] = [
  { name: 'chart', description: 'Draw a chart', usage: '/chart <measure> by <dimension>' },
  { name: 'datasets', description: 'List the datasets', usage: '/datasets' },
  { name: 'describe', description: 'Describe a dataset', usage: '/describe <dataset>' },
];

function setup(props: Partial<Parameters<typeof ChatInput>[0]> = {}) {
  const onSend = vi.fn();
  const onStop = vi.fn();
  render(<ChatInput commands={commands} lastMessage="load by day" running={false} onSend={onSend} onStop={onStop} {...props} />);
  const box = screen.getByRole('textbox', { name: 'Message' });
  return { onSend, onStop, box };
}

describe('chat input', () => {
  it('sendsOnEnterAndClearsTheBox', async () => {
    const { onSend, box } = setup();
    await userEvent.type(box, 'revenue by hour{Enter}');
    expect(onSend).toHaveBeenCalledWith('revenue by hour');
    expect(box).toHaveValue('');
  });

  it('startsANewLineOnShiftEnter', async () => {
    const { onSend, box } = setup();
    await userEvent.type(box, 'first{Shift>}{Enter}{/Shift}second');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('first\nsecond');
  });

  it('doesNotSendBlankText', async () => {
    const { onSend, box } = setup();
    await userEvent.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('putsTheLastMessageBackOnArrowUpInAnEmptyBox', async () => {
    const { box } = setup();
    await userEvent.click(box);
    await userEvent.keyboard('{ArrowUp}');
    expect(box).toHaveValue('load by day');
    // in a box with text, ↑ moves the caret as usual
    await userEvent.type(box, ' more{ArrowUp}');
    expect(box).toHaveValue('load by day more');
  });

  it('showsStopInsteadOfSendWhileATurnRuns', async () => {
    const { onSend, onStop, box } = setup({ running: true });
    await userEvent.type(box, 'next{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalled();
  });

  it('opensTheCommandMenuOnASlashAndFiltersAsYouType', async () => {
    const { box } = setup();
    await userEvent.type(box, '/');
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox', { name: 'Commands' }).id);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '/chartDraw a chart',
      '/datasetsList the datasets',
      '/describeDescribe a dataset',
    ]);
    await userEvent.type(box, 'de');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getByRole('option', { name: /describe/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('picksWithArrowsAndEnterAndShowsTheUsage', async () => {
    const { onSend, box } = setup();
    await userEvent.type(box, '/d');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /describe/ })).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', expect.stringContaining('describe'));
    await userEvent.keyboard('{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('/describe ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByTestId('command-hint')).toHaveTextContent('/describe <dataset>');
    expect(box).toHaveAccessibleDescription(/\/describe <dataset>/);
    await userEvent.type(box, 'sales{Enter}');
    expect(onSend).toHaveBeenCalledWith('/describe sales');
  });

  it('picksWithTabAndWrapsAroundWithArrowUp', async () => {
    const { box } = setup();
    await userEvent.type(box, '/');
    await userEvent.keyboard('{ArrowUp}{Tab}');
    expect(box).toHaveValue('/describe ');
  });

  it('closesTheMenuOnEscapeSoEnterSendsAsTyped', async () => {
    const { onSend, box } = setup();
    await userEvent.type(box, '/datasets');
    await userEvent.keyboard('{Escape}{Enter}');
    expect(onSend).toHaveBeenCalledWith('/datasets');
  });

  it('picksWithTheMouse', async () => {
    const { box } = setup();
    await userEvent.type(box, '/');
    await userEvent.click(screen.getByRole('option', { name: /datasets/ }));
    expect(box).toHaveValue('/datasets ');
    expect(box).toHaveFocus();
  });
});
