import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineInput, TextField } from '@/components/field';
import { Section } from '@/components/layout';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import type { CalculatedField, DatasetSummary } from '@/types/api';
import { useCreateCalculatedField } from '../api/create-calculated-field';
import { useDeleteCalculatedField } from '../api/delete-calculated-field';
import { useUpdateCalculatedField } from '../api/update-calculated-field';

/** The server's limits, so the browser stops typing where the server would refuse. */
const MAX_NAME = 63;
const MAX_EXPRESSION = 1000;
const MAX_UNIT = 40;
const MAX_DESCRIPTION = 1000;

/** Named arithmetic over the dataset's numeric columns; charts use a field like a column. */
export function CalculatedFieldsSection({ dataset, editable }: { dataset: DatasetSummary; editable: boolean }) {
  const [deleting, setDeleting] = useState<CalculatedField | null>(null);
  const remove = useDeleteCalculatedField({ mutationConfig: { onSuccess: () => setDeleting(null) } });
  const fields = dataset.calculatedFields;
  const columnCount = editable ? 5 : 4;

  return (
    <Section
      title="Calculated fields"
      description={
        <>
          Arithmetic over numeric columns, such as <code className="font-mono">load_kwh * price_usd_per_kwh</code>,
          used in charts like a column: sum it, average it, compare it.
          {!editable && ' Only editors and owners can change them.'}
        </>
      }
    >
      <Table caption="Calculated fields">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Expression</Th>
            <Th>Unit</Th>
            <Th>Description</Th>
            {editable && (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </tr>
        </thead>
        {fields.length === 0 && (
          <tbody>
            <EmptyRow colSpan={columnCount}>No calculated fields yet.</EmptyRow>
          </tbody>
        )}
        {fields.map((field) => (
          <FieldRow
            key={field.name}
            datasetId={dataset.id}
            field={field}
            editable={editable}
            columnCount={columnCount}
            onDelete={() => setDeleting(field)}
          />
        ))}
      </Table>
      {editable && <AddFieldForm datasetId={dataset.id} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete field"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ datasetId: dataset.id, name: deleting.name })}
        >
          <p>Charts that use {deleting.name} will fail until it is added again.</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

type Draft = { expression: string; unit: string; description: string };

const draftOf = (field: CalculatedField): Draft => ({
  expression: field.expression,
  unit: field.unit ?? '',
  description: field.description ?? '',
});

/** One `<tbody>` per field: the row, then its error when a change was refused. */
function FieldRow({
  datasetId,
  field,
  editable,
  columnCount,
  onDelete,
}: {
  datasetId: string;
  field: CalculatedField;
  editable: boolean;
  columnCount: number;
  onDelete: () => void;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const update = useUpdateCalculatedField({ mutationConfig: { onSuccess: () => setDraft(null) } });
  const formId = `calculated-field-${field.name}`;

  const cancel = () => {
    setDraft(null);
    update.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    update.mutate({
      datasetId,
      name: field.name,
      change: { expression: draft.expression.trim(), unit: draft.unit.trim(), description: draft.description.trim() },
    });
  };

  const edit = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  return (
    <tbody className="border-t border-slate-200 dark:border-slate-800">
      <tr>
        <Td className="font-mono font-medium whitespace-nowrap">{field.name}</Td>
        {draft ? (
          <>
            <Td>
              <InlineInput
                form={formId}
                label={`Expression of ${field.name}`}
                value={draft.expression}
                maxLength={MAX_EXPRESSION}
                required
                disabled={update.isPending}
                onChange={(e) => edit({ expression: e.target.value })}
                className="min-w-48 font-mono"
              />
            </Td>
            <Td>
              <InlineInput
                form={formId}
                label={`Unit of ${field.name}`}
                value={draft.unit}
                maxLength={MAX_UNIT}
                disabled={update.isPending}
                onChange={(e) => edit({ unit: e.target.value })}
                className="w-20 min-w-20"
              />
            </Td>
            <Td>
              <InlineInput
                form={formId}
                label={`Description of ${field.name}`}
                value={draft.description}
                maxLength={MAX_DESCRIPTION}
                disabled={update.isPending}
                onChange={(e) => edit({ description: e.target.value })}
                className="min-w-36"
              />
            </Td>
          </>
        ) : (
          <>
            <Td>
              <code className="font-mono text-sm">{field.expression}</code>
            </Td>
            <Td>{field.unit ?? '—'}</Td>
            <Td className="max-w-sm">{field.description ?? '—'}</Td>
          </>
        )}
        {editable && (
          <Td className="whitespace-nowrap">
            {draft ? (
              // a form per row, its fields joined by the `form` attribute, since a form cannot wrap a <tr>
              <form id={formId} onSubmit={submit} className="inline-flex items-center gap-2">
                <Button type="submit" size="sm" aria-label={`Save ${field.name}`} pending={update.isPending}>
                  Save
                </Button>
                <Button variant="ghost" size="sm" aria-label={`Cancel editing ${field.name}`} onClick={cancel}>
                  Cancel
                </Button>
              </form>
            ) : (
              <span className="inline-flex items-center gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Edit ${field.name}`}
                  onClick={() => setDraft(draftOf(field))}
                >
                  Edit
                </Button>
                <Button variant="ghost" size="sm" aria-label={`Delete ${field.name}`} onClick={onDelete}>
                  Delete
                </Button>
              </span>
            )}
          </Td>
        )}
      </tr>
      {update.error && draft && (
        <tr>
          <td colSpan={columnCount} className="px-3 pb-3">
            <ErrorAlert error={update.error} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

const EMPTY = { name: '', expression: '', unit: '', description: '' };

function AddFieldForm({ datasetId }: { datasetId: string }) {
  const [field, setField] = useState(EMPTY);
  const create = useCreateCalculatedField({ mutationConfig: { onSuccess: () => setField(EMPTY) } });
  const set = (patch: Partial<typeof EMPTY>) => setField((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      datasetId,
      field: {
        name: field.name.trim(),
        expression: field.expression.trim(),
        unit: field.unit.trim(),
        description: field.description.trim(),
      },
    });
  };

  return (
    <form onSubmit={submit} aria-label="Add a calculated field" className="mt-4 space-y-3">
      <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Add a calculated field</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Name"
          value={field.name}
          maxLength={MAX_NAME}
          required
          placeholder="cost_usd"
          hint="snake_case: lower-case letters, digits and _"
          disabled={create.isPending}
          onChange={(e) => set({ name: e.target.value })}
        />
        <TextField
          label="Expression"
          value={field.expression}
          maxLength={MAX_EXPRESSION}
          required
          placeholder="load_kwh * price_usd_per_kwh"
          hint="Numbers, numeric columns, other fields, + - * / and parentheses"
          disabled={create.isPending}
          onChange={(e) => set({ expression: e.target.value })}
          className="font-mono"
        />
        <TextField
          label="Unit"
          value={field.unit}
          maxLength={MAX_UNIT}
          placeholder="USD"
          disabled={create.isPending}
          onChange={(e) => set({ unit: e.target.value })}
        />
        <TextField
          label="Description"
          value={field.description}
          maxLength={MAX_DESCRIPTION}
          disabled={create.isPending}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <ErrorAlert error={create.error} />
      <Button type="submit" pending={create.isPending}>
        Add field
      </Button>
    </form>
  );
}
