import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import type { DatasetSummary } from '@/types/api';
import { TEMPLATES, templateModel } from '../templates';
import type { TemplateKey } from '../templates';
import type { SiteModel } from '../types';

/** A name, a template and the dataset it reads; the editor takes it from there. */
export function NewSiteForm({
  datasets,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  datasets: readonly DatasetSummary[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: { name: string; model: SiteModel }) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateKey>('plant');
  const suggested = TEMPLATES.find((t) => t.key === template)!.dataset;
  const [dataset, setDataset] = useState('');
  const chosen = dataset || (datasets.some((d) => d.name === suggested) ? suggested : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const columns = datasets.find((d) => d.name === chosen)?.columns.map((c) => c.name) ?? [];
    onSubmit({ name: name.trim(), model: templateModel(template, chosen, columns) });
  };

  return (
    <form onSubmit={submit} aria-label="New site" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        <SelectField label="Template" value={template} onChange={(e) => setTemplate(e.target.value as TemplateKey)}>
          {TEMPLATES.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Dataset"
          value={chosen}
          onChange={(e) => setDataset(e.target.value)}
          hint={`The template's columns are those of ${suggested}; adjust them in the editor.`}
        >
          <option value="">{suggested} (not in this workspace)</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.name}>
              {d.name}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={error} />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Create site
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
