import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { InlineInput, InlineSelect } from '@/components/field';
import { Loading } from '@/components/spinner';
import { Table, Td, Th } from '@/components/table';
import { formatCount } from '@/lib/format';
import { COLUMN_ROLES } from '@/types/api';
import type { ColumnRole, DatasetColumn } from '@/types/api';
import { useColumnValues } from '../api/get-column-values';
import { useUpdateColumn } from '../api/update-column';
import type { ColumnChange } from '../api/update-column';
import { Cell, ROLE_LABELS } from './cells';

const COLUMN_COUNT = 6;

/** The catalog's description of each column; editors change it one row at a time. */
export function ColumnsTable({
  datasetId,
  columns,
  editable,
}: {
  datasetId: string;
  columns: DatasetColumn[];
  editable: boolean;
}) {
  return (
    <Table caption="Columns">
      <thead>
        <tr>
          <Th>Column</Th>
          <Th>Role</Th>
          <Th>Unit</Th>
          <Th>Description</Th>
          <Th>Synonyms</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      {columns.map((column) => (
        <ColumnRow key={column.name} datasetId={datasetId} column={column} editable={editable} />
      ))}
    </Table>
  );
}

type Draft = { role: ColumnRole; unit: string; description: string; synonyms: string };

const draftOf = (column: DatasetColumn): Draft => ({
  role: column.role,
  unit: column.unit ?? '',
  description: column.description ?? '',
  synonyms: column.synonyms.join(', '),
});

export const parseSynonyms = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** Only what differs from the column as stored, so two editors changing different fields do not clash. */
export function changeOf(column: DatasetColumn, draft: Draft): ColumnChange {
  const change: ColumnChange = {};
  if (draft.role !== column.role) change.role = draft.role;
  if (draft.unit.trim() !== (column.unit ?? '')) change.unit = draft.unit.trim();
  if (draft.description.trim() !== (column.description ?? '')) change.description = draft.description.trim();
  const synonyms = parseSynonyms(draft.synonyms);
  if (synonyms.join('\u0000') !== column.synonyms.join('\u0000')) change.synonyms = synonyms;
  return change;
}

/** One `<tbody>` per column: the row itself, then its error and its values when open. */
function ColumnRow({ datasetId, column, editable }: { datasetId: string; column: DatasetColumn; editable: boolean }) {
  const [draft, setDraft] = useState(() => draftOf(column));
  const [showValues, setShowValues] = useState(false);
  const [saved, setSaved] = useState(false);
  const valuesId = useId();
  const formId = useId();
  const update = useUpdateColumn();
  const change = changeOf(column, draft);
  const dirty = Object.keys(change).length > 0;

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    update.mutate(
      { datasetId, column: column.name, change },
      {
        onSuccess: (dataset) => {
          const stored = dataset.columns.find((c) => c.name === column.name);
          if (stored) setDraft(draftOf(stored));
          setSaved(true);
        },
      },
    );
  };

  return (
    <tbody className="border-t border-slate-200 dark:border-slate-800">
      <tr>
        <Td className="whitespace-nowrap">
          <span className="block font-medium">{column.name}</span>
          <code className="font-mono text-xs text-slate-500 dark:text-slate-400">{column.type}</code>
        </Td>
        {editable ? (
          <>
            <Td>
              <InlineSelect
                form={formId}
                label={`Role of ${column.name}`}
                value={draft.role}
                disabled={update.isPending}
                onChange={(e) => edit({ role: e.target.value as ColumnRole })}
              >
                {COLUMN_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </InlineSelect>
            </Td>
            <Td>
              <InlineInput
                form={formId}
                label={`Unit of ${column.name}`}
                value={draft.unit}
                maxLength={40}
                placeholder="e.g. MW"
                disabled={update.isPending}
                onChange={(e) => edit({ unit: e.target.value })}
                className="w-20 min-w-20"
              />
            </Td>
            <Td>
              <InlineInput
                form={formId}
                label={`Description of ${column.name}`}
                value={draft.description}
                maxLength={1000}
                disabled={update.isPending}
                onChange={(e) => edit({ description: e.target.value })}
                className="min-w-36"
              />
            </Td>
            <Td>
              <InlineInput
                form={formId}
                label={`Synonyms of ${column.name}`}
                value={draft.synonyms}
                placeholder="comma-separated"
                disabled={update.isPending}
                onChange={(e) => edit({ synonyms: e.target.value })}
                className="min-w-32"
              />
            </Td>
          </>
        ) : (
          <>
            <Td>{ROLE_LABELS[column.role] ?? column.role}</Td>
            <Td>{column.unit ?? '—'}</Td>
            <Td className="max-w-sm">{column.description ?? '—'}</Td>
            <Td>{column.synonyms.length ? column.synonyms.join(', ') : '—'}</Td>
          </>
        )}
        <Td className="whitespace-nowrap">
          <span className="inline-flex items-center gap-2">
            {editable && (
              // a form per row, its fields joined by the `form` attribute, since a form cannot wrap a <tr>
              <form id={formId} onSubmit={submit}>
                <Button
                  type="submit"
                  size="sm"
                  aria-label={`Save ${column.name}`}
                  pending={update.isPending}
                  disabled={!dirty}
                >
                  Save
                </Button>
              </form>
            )}
            {column.role === 'dimension' && (
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Values of ${column.name}`}
                aria-expanded={showValues}
                aria-controls={valuesId}
                onClick={() => setShowValues((open) => !open)}
              >
                Values
                <span aria-hidden="true">{showValues ? '▴' : '▾'}</span>
              </Button>
            )}
            {editable && (
              <span aria-live="polite" className="text-xs text-emerald-700 dark:text-emerald-400">
                {saved && !dirty ? 'Saved' : ''}
              </span>
            )}
          </span>
        </Td>
      </tr>
      {update.error && (
        <tr>
          <td colSpan={COLUMN_COUNT} className="px-3 pb-3">
            <ErrorAlert error={update.error} />
          </td>
        </tr>
      )}
      {column.role === 'dimension' && (
        <tr id={valuesId} hidden={!showValues}>
          <td colSpan={COLUMN_COUNT} className="bg-slate-50 px-3 py-3 dark:bg-slate-900/60">
            {showValues && <ColumnValues datasetId={datasetId} column={column.name} />}
          </td>
        </tr>
      )}
    </tbody>
  );
}

function ColumnValues({ datasetId, column }: { datasetId: string; column: string }) {
  const values = useColumnValues({ datasetId, column, limit: 20 });
  if (values.isPending) return <Loading label={`Loading values of ${column}…`} />;
  if (values.error) return <ErrorAlert error={values.error} />;
  const rows = values.data.rows;
  return (
    <div>
      <p className="mb-2 text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
        Most frequent values of {column}, with their row counts (at most 20)
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No values.</p>
      ) : (
        <ul aria-label={`Most frequent values of ${column}`} className="flex flex-wrap gap-2">
          {rows.map(([value, count], index) => (
            <li
              key={index}
              className="inline-flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
            >
              <span className="text-slate-900 dark:text-slate-100">
                <Cell value={value} />
              </span>
              <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                {typeof count === 'number' ? formatCount(count) : String(count)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
