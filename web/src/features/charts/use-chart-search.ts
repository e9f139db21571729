import { useState } from 'react';
import { useChartList } from './api/get-charts';
import { SEARCH_DELAY_MS } from './chart-labels';
import { useDebouncedValue } from './use-debounced-value';

/**
 * A searchable, paged view of the workspace's chart library: the typed text is sent once
 * typing stops (`q`, what the list was asked for), and a new search starts again at the first
 * page.
 */
export function useChartSearch(workspaceId: string, size: number) {
  const [search, setSearchText] = useState('');
  const [page, setPage] = useState(0);
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const list = useChartList({ workspaceId, q, page, size });
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(0);
  };
  return { search, setSearch, setPage, q, list };
}
