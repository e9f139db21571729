import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '@/components/button';
import { InlineInput } from '@/components/field';
import { fillTemplate, initialValues, templateVariables } from '../template-fill';
import type { PromptTemplate } from '../types';

/**
 * One field per variable of a template chosen from the "/" menu; "Insert" puts the filled
 * text into the composer, where it stays editable and is not sent.
 */
export function TemplateFillForm({
  template,
  onInsert,
  onCancel,
}: {
  template: PromptTemplate;
  onInsert: (text: string) => void;
  onCancel: () => void;
}) {
  const variables = template.variables.length > 0 ? template.variables : templateVariables(template.body);
  const [values, setValues] = useState(() => initialValues(variables));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onInsert(fillTemplate(template.body, values));
  };
  return (
    <form
      onSubmit={submit}
      aria-label={`Fill template ${template.name}`}
      className="mb-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2 text-sm dark:border-slate-700 dark:bg-slate-900"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p className="font-medium text-slate-800 dark:text-slate-100">
        Template: {template.name}
        {template.description && (
          <span className="ml-2 font-normal text-slate-500 dark:text-slate-400">{template.description}</span>
        )}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {variables.map((variable, i) => (
          <label key={variable.name} className="flex items-center gap-2">
            <span className="w-28 shrink-0 truncate font-mono text-xs text-slate-700 dark:text-slate-300">
              {variable.name}
            </span>
            <InlineInput
              label={variable.name}
              value={values[variable.name] ?? ''}
              autoFocus={i === 0}
              onChange={(e) => setValues((v) => ({ ...v, [variable.name]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      <div className="flex gap-2">
        <Button size="sm" type="submit">
          Insert
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
