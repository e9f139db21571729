import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { Agent } from '../types';
import { AgentForm } from './agent-form';

const analyst: Agent = {
  id: 'a1',
  workspaceId: 'w1',
  name: 'Analyst',
  version: 3,
  instructions: 'Chart things.',
  model: 'builtin',
  allowedCommands: ['chart', 'describe'],
  allowedDatasets: ['sales'],
  toolRounds: 5,
  confirmation: 'CHANGES',
  updatedAt: '2026-01-02T03:04:05Z',
};

// the first render of a form pays the module warm-up; a shared machine makes it slow
describe('AgentForm', { timeout: 20_000 }, () => {
  it('sendsEveryFieldWithTheTickedCommandsInTheirOrder', async () => {
    const onSubmit = vi.fn();
    render(<AgentForm datasets={['meter', 'sales']} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Planner ' } });
    fireEvent.change(screen.getByLabelText('Instructions'), { target: { value: 'Plan the plant.' } });
    fireEvent.change(screen.getByLabelText('Tool rounds'), { target: { value: '7' } });
    await userEvent.selectOptions(screen.getByLabelText('Confirmation'), 'ALWAYS');
    const commands = screen.getByRole('group', { name: 'Allowed commands' });
    await userEvent.click(within(commands).getByLabelText('optimize'));
    await userEvent.click(within(commands).getByLabelText('chart'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Allowed datasets' })).getByLabelText('meter'));
    await userEvent.click(screen.getByRole('button', { name: 'Create agent' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Planner',
      instructions: 'Plan the plant.',
      model: 'builtin',
      allowedCommands: ['chart', 'optimize'],
      allowedDatasets: ['meter'],
      toolRounds: 7,
      confirmation: 'ALWAYS',
    });
  });

  it('startsFromTheAgentAndUntickingACommandLeavesTheOthers', async () => {
    const onSubmit = vi.fn();
    render(<AgentForm agent={analyst} datasets={['meter']} onSubmit={onSubmit} />);
    expect(screen.getByLabelText('Name')).toHaveValue('Analyst');
    const commands = screen.getByRole('group', { name: 'Allowed commands' });
    expect(within(commands).getByLabelText('chart')).toBeChecked();
    expect(within(commands).getByLabelText('sql')).not.toBeChecked();
    // a dataset the agent names stays listed even when the workspace no longer has it
    expect(within(screen.getByRole('group', { name: 'Allowed datasets' })).getByLabelText('sales')).toBeChecked();
    await userEvent.click(within(commands).getByLabelText('chart'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ allowedCommands: ['describe'], allowedDatasets: ['sales'], toolRounds: 5 }),
    );
  });

  it('showsTheServersDetailWhenASaveFails', () => {
    const error = new ApiError({
      title: 'Bad Request',
      status: 400,
      detail: 'allowedCommands: unknown command shell; the commands are chart, …',
    });
    render(<AgentForm agent={analyst} datasets={[]} error={error} onSubmit={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('allowedCommands: unknown command shell');
  });

  it('letsAViewerReadButNotChange', () => {
    render(<AgentForm agent={analyst} datasets={[]} readOnly onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('Name')).toBeDisabled();
    expect(screen.getByLabelText('Instructions')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
