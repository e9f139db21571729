import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { PageHeader, Section } from '@/components/layout';
import { Pagination } from '@/components/pagination';
import { Loading } from '@/components/spinner';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { formatCount, formatDateTime } from '@/lib/format';
import { useDatasets } from '../api/get-datasets';
import { canEditData } from '../permissions';
import { SOURCE_LABELS } from './cells';
import { DatasetUpload } from './dataset-upload';

const PAGE_SIZE = 50;

export default function DataPage() {
  const { workspace } = useCurrentWorkspace();
  const editable = canEditData(workspace.role);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Data"
        description={
          <>
            Datasets of <strong className="font-semibold">{workspace.name}</strong>.{' '}
            {editable ? 'Import a file to add one.' : 'You are a viewer here: you can look, editors and owners import.'}
          </>
        }
      />
      {/* keyed so that switching workspaces drops a half-done upload and goes back to page 1 */}
      {editable && (
        <Section title="Import a dataset">
          <DatasetUpload key={workspace.id} workspaceId={workspace.id} />
        </Section>
      )}
      <DatasetList key={workspace.id} workspaceId={workspace.id} editable={editable} />
    </div>
  );
}

function DatasetList({ workspaceId, editable }: { workspaceId: string; editable: boolean }) {
  const [page, setPage] = useState(0);
  const datasets = useDatasets({ workspaceId, page, size: PAGE_SIZE });

  return (
    <Section title="Datasets">
      <ErrorAlert error={datasets.error} className="mb-3" />
      {datasets.isPending ? (
        <Loading label="Loading datasets…" />
      ) : (
        <Table caption="Datasets">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Source</Th>
              <Th className="text-right">Rows</Th>
              <Th className="text-right">Columns</Th>
              <Th>Updated</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {datasets.data?.items.length === 0 && (
              <EmptyRow colSpan={5}>
                <span className="block font-medium text-slate-700 dark:text-slate-300">No datasets here yet.</span>
                {editable
                  ? 'Drop a CSV, TSV, JSON, NDJSON or Parquet file above, or choose one, to import the first.'
                  : 'An editor or owner of this workspace can import one.'}
              </EmptyRow>
            )}
            {datasets.data?.items.map((dataset) => (
              <tr key={dataset.id}>
                <Td className="font-medium">
                  <Link
                    to={`/data/${encodeURIComponent(dataset.id)}`}
                    className="text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
                  >
                    {dataset.name}
                  </Link>
                  {dataset.live && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
                      live
                    </span>
                  )}
                </Td>
                <Td>{SOURCE_LABELS[dataset.source] ?? dataset.source}</Td>
                <Td className="text-right tabular-nums">{formatCount(dataset.rowCount)}</Td>
                <Td className="text-right tabular-nums">{formatCount(dataset.columns.length)}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(dataset.updatedAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination label="Dataset pages" of={datasets.data} onPageChange={setPage} />
    </Section>
  );
}
