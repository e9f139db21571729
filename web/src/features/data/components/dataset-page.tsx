import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { Tabs } from '@/components/tabs';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import { formatCount } from '@/lib/format';
import type { DatasetSummary } from '@/types/api';
import { useDataset } from '../api/get-dataset';
import { useDatasetRows } from '../api/get-dataset-rows';
import { canEditData } from '../permissions';
import { CalculatedFieldsSection } from './calculated-fields-section';
import { ColumnsTable } from './columns-table';
import { DatasetHeader } from './dataset-header';
import { RowsTable } from './rows-table';

const ROWS_SHOWN = 50;

const TABS = [
  { key: 'columns', label: 'Columns' },
  { key: 'rows', label: 'Rows' },
] as const;

type Tab = (typeof TABS)[number]['key'];

export default function DatasetPage() {
  const { datasetId = '' } = useParams();
  const dataset = useDataset({ datasetId });
  const { workspaces } = useCurrentWorkspace();

  if (dataset.isPending) return <Loading label="Loading the dataset…" />;
  if (dataset.isError) {
    return (
      <div className="max-w-xl space-y-4">
        <ErrorAlert error={dataset.error} />
        <Link to="/data" className="text-sm font-medium text-teal-800 underline dark:text-teal-300">
          Back to all datasets
        </Link>
      </div>
    );
  }
  // the role in the dataset's own workspace, which a shared link may make different from the current one
  const role = workspaces.find((w) => w.id === dataset.data.workspaceId)?.role;
  return <DatasetDetail key={dataset.data.id} dataset={dataset.data} editable={canEditData(role)} />;
}

function DatasetDetail({ dataset, editable }: { dataset: DatasetSummary; editable: boolean }) {
  const [tab, setTab] = useState<Tab>('columns');
  return (
    <div className="space-y-6">
      <DatasetHeader dataset={dataset} editable={editable} />
      <Section
        title="Columns and rows"
        description={
          editable
            ? 'Roles, units, descriptions and synonyms tell charts and the assistant what each column means.'
            : 'What each column means. Only editors and owners can change it.'
        }
      >
        <Tabs label="Dataset views" tabs={TABS} selected={tab} onSelect={setTab}>
          {tab === 'columns' ? (
            <ColumnsTable datasetId={dataset.id} columns={dataset.columns} editable={editable} />
          ) : (
            <RowsPanel dataset={dataset} />
          )}
        </Tabs>
      </Section>
      <CalculatedFieldsSection dataset={dataset} editable={editable} />
    </div>
  );
}

function RowsPanel({ dataset }: { dataset: DatasetSummary }) {
  const rows = useDatasetRows({ datasetId: dataset.id, dataVersion: dataset.dataVersion, limit: ROWS_SHOWN });
  if (rows.isPending) return <Loading label="Loading rows…" />;
  if (rows.error) return <ErrorAlert error={rows.error} />;
  const shown = rows.data.rows.length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {shown < dataset.rowCount
          ? `The first ${formatCount(shown)} of ${formatCount(dataset.rowCount)} rows.`
          : `All ${formatCount(shown)} rows.`}
      </p>
      <RowsTable data={rows.data} caption={`First rows of ${dataset.name}`} />
    </div>
  );
}
