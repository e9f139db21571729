import { useMemo, useState } from 'react';
import { Button } from '@/components/button';
import { renderMarkdown } from '../markdown';
import type { TextCard } from '../types';

/** A markdown note on the grid; its HTML is sanitized before it reaches the page. */
export function TextCardPanel({
  card,
  onSave,
  onRemove,
  saving,
  readOnly = false,
}: {
  card: TextCard;
  onSave: (markdown: string) => void;
  onRemove: () => void;
  saving?: boolean;
  readOnly?: boolean;
}) {
  const [editing, setEditing] = useState(!readOnly && card.markdown === '');
  const [draft, setDraft] = useState(card.markdown);
  const html = useMemo(() => renderMarkdown(card.markdown), [card.markdown]);

  return (
    <section
      aria-label="Text card"
      className="flex h-full flex-col overflow-hidden rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      {!readOnly && (
        <header className="grid-drag-handle flex cursor-move items-center justify-end gap-1 px-2 py-1 text-xs">
          <button type="button" className="rounded px-1.5 hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => setEditing((e) => !e)}>
            {editing ? 'Preview' : 'Edit'}
          </button>
          <button type="button" aria-label="Remove text card" className="rounded px-1.5 hover:bg-slate-100 hover:text-red-700 dark:hover:bg-slate-800" onClick={onRemove}>
            ×
          </button>
        </header>
      )}
      {editing ? (
        <form
          className="flex min-h-0 flex-1 flex-col gap-1 p-2"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(draft);
            setEditing(false);
          }}
        >
          <textarea
            aria-label="Markdown"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            className="min-h-0 flex-1 rounded border p-1 font-mono text-xs dark:bg-slate-800"
          />
          <Button type="submit" size="sm" pending={saving}>
            Save
          </Button>
        </form>
      ) : (
        <div
          className="prose-sm min-h-0 flex-1 overflow-auto px-3 pb-2 text-sm [&_a]:text-teal-700 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_ul]:list-disc [&_ul]:pl-5"
          // sanitized by renderMarkdown (DOMPurify)
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  );
}
