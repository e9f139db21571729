import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiffRow } from '../types';
import { AgentDiffView, countChanges } from './agent-diff-view';

const rows: DiffRow[] = [
  { kind: 'equal', left: 'name: Analyst', right: 'name: Analyst' },
  { kind: 'change', left: 'Be brief.', right: 'Be thorough.' },
  { kind: 'delete', left: 'Old line.', right: '' },
  { kind: 'insert', left: '', right: '<b>New</b> line.' },
];

describe('AgentDiffView', () => {
  it('showsTheTwoVersionsInTwoColumnsOneRowPerLine', () => {
    render(<AgentDiffView from={1} to={3} rows={rows} />);
    const table = screen.getByRole('table', { name: 'Version 1 beside version 3' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Version 1', 'Version 3']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(body).toHaveLength(4);
    const cells = within(body[1]).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Be brief.');
    expect(cells[1]).toHaveTextContent('Be thorough.');
  });

  it('highlightsChangedLinesAndLeavesEqualOnesPlain', () => {
    render(<AgentDiffView from={1} to={2} rows={rows} />);
    const [, equal, change, remove, insert] = screen.getAllByRole('row');
    expect(equal.dataset.kind).toBe('equal');
    within(equal)
      .getAllByRole('cell')
      .forEach((cell) => expect(cell.className).not.toMatch(/bg-(red|emerald)/));
    const [changedLeft, changedRight] = within(change).getAllByRole('cell');
    expect(changedLeft.className).toMatch(/bg-red-50/);
    expect(changedRight.className).toMatch(/bg-emerald-50/);
    expect(within(changedLeft).getByLabelText('removed')).toBeInTheDocument();
    expect(within(changedRight).getByLabelText('added')).toBeInTheDocument();
    expect(within(remove).getAllByRole('cell')[0].className).toMatch(/bg-red-50/);
    expect(within(insert).getAllByRole('cell')[1].className).toMatch(/bg-emerald-50/);
    expect(screen.getByText('3 lines differ between version 1 and version 2.')).toBeInTheDocument();
  });

  it('showsMarkupInALineAsText', () => {
    render(<AgentDiffView from={1} to={2} rows={rows} />);
    expect(screen.getByText('<b>New</b> line.')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('saysSoWhenTheVersionsAreTheSame', () => {
    const same = rows.slice(0, 1);
    expect(countChanges(same)).toBe(0);
    render(<AgentDiffView from={2} to={4} rows={same} />);
    expect(screen.getByText('Version 2 and version 4 are the same.')).toBeInTheDocument();
  });
});
