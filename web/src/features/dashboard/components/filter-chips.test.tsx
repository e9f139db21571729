import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { FilterChips } from './filter-chips';

const values = () =>
  json({
    columns: [{ name: 'building' }, { name: 'rows' }],
    rows: [['Building 1', 10], ['Building 2', 8], ['Building 3', 2]],
    truncated: false,
  });

describe('filter chips', () => {
  it('showsColumnEqualsValuesAndRemovesAValue', async () => {
    mockFetch({ 'GET /api/datasets/d1/columns/building/values': values });
    const onChangeValues = vi.fn();
    renderWithQuery(
      <FilterChips
        filters={[{ column: 'building', values: ['Building 1', 'Building 2'] }]}
        columns={[{ name: 'building', datasetIds: ['d1'] }]}
        onChangeValues={onChangeValues}
        onDefine={() => {}}
        onUndefine={() => {}}
      />,
    );
    expect(screen.getByText('building =')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Building 1 from building' }));
    expect(onChangeValues).toHaveBeenCalledWith('building', ['Building 2']);
  });

  it('addsAValueFromTheCatalogsValues', async () => {
    const { requests } = mockFetch({ 'GET /api/datasets/d1/columns/building/values': values });
    const onChangeValues = vi.fn();
    renderWithQuery(
      <FilterChips
        filters={[{ column: 'building', values: ['Building 1'] }]}
        columns={[{ name: 'building', datasetIds: ['d1'] }]}
        onChangeValues={onChangeValues}
        onDefine={() => {}}
        onUndefine={() => {}}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Add a value to building' });
    await waitFor(() => expect(select).toBeEnabled());
    // a value already chosen is not offered again
    expect(screen.queryByRole('option', { name: 'Building 1' })).not.toBeInTheDocument();
    await userEvent.selectOptions(select, 'Building 3');
    expect(onChangeValues).toHaveBeenCalledWith('building', ['Building 1', 'Building 3']);
    expect(requests[0]!.url).toContain('/api/datasets/d1/columns/building/values');
  });

  it('definesAFilterOnAColumnOfTheTabsDatasets', async () => {
    const onDefine = vi.fn();
    renderWithQuery(
      <FilterChips
        filters={[]}
        columns={[{ name: 'location', datasetIds: ['d2'] }]}
        onChangeValues={() => {}}
        onDefine={onDefine}
        onUndefine={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: '+ Filter' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter on column' }), 'location');
    expect(onDefine).toHaveBeenCalledWith('location');
  });
});
