import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader, Section } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { Tabs } from '@/components/tabs';
import { useDatasets } from '@/features/data/api/get-datasets';
import { useCurrentWorkspace } from '@/features/workspaces/current-workspace';
import type { DatasetSummary } from '@/types/api';
import { useCreateSite } from '../api/create-site';
import { useDeleteSite } from '../api/delete-site';
import { useSites } from '../api/get-sites';
import { useUpdateSite } from '../api/update-site';
import { formToModel, modelToForm, parseModelJson, validateSiteForm } from '../site-form';
import type { Site, SiteModel } from '../types';
import { FitPanel } from './fit-panel';
import { NewSiteForm } from './new-site-form';
import { RunPanel } from './run-panel';
import { SiteEditor } from './site-editor';
import type { EditorState } from './site-editor';

type SiteTab = 'model' | 'fit' | 'runs';
const SITE_TABS = [
  { key: 'model', label: 'Model' },
  { key: 'fit', label: 'Learned models' },
  { key: 'runs', label: 'Runs' },
] as const;

const itemClass = (active: boolean) =>
  `block rounded-md border px-3 py-1.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
    active
      ? 'border-teal-300 bg-teal-50 font-medium text-teal-900 dark:border-teal-800 dark:bg-teal-950/60 dark:text-teal-100'
      : 'border-slate-200 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

/** `/energy`: the workspace's sites; one open at a time with its model, learned models and runs. */
export default function EnergyPage() {
  const { workspace } = useCurrentWorkspace();
  const canEditWorkspace = workspace.role !== 'viewer';
  const sites = useSites({ workspaceId: workspace.id });
  const datasets = useDatasets({ workspaceId: workspace.id, size: 200 });
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Site | null>(null);
  const items = sites.data?.items ?? [];
  const selectedId = params.get('site');
  const selected = creating ? undefined : (items.find((s) => s.id === selectedId) ?? items[0]);
  const tab = (SITE_TABS.some((t) => t.key === params.get('tab')) ? params.get('tab') : 'model') as SiteTab;

  const open = (siteId: string, next: { tab?: SiteTab; run?: string } = {}) => {
    const search = new URLSearchParams({ site: siteId });
    if (next.tab && next.tab !== 'model') search.set('tab', next.tab);
    if (next.run) search.set('run', next.run);
    setParams(search);
  };

  const create = useCreateSite({
    mutationConfig: {
      onSuccess: (site) => {
        setCreating(false);
        open(site.id);
      },
    },
  });
  const remove = useDeleteSite({
    mutationConfig: {
      onSuccess: () => {
        setDeleting(null);
        setParams(new URLSearchParams());
      },
    },
  });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Energy"
        description={`Sites of ${workspace.name}: what each asset can do, bound to your data; plans that say what to run when, what they save and why.`}
      />
      <ErrorAlert error={sites.error} />
      {sites.isPending ? (
        <Loading label="Loading sites…" />
      ) : (
        !sites.isError && (
          <div className="space-y-6">
            <nav aria-label="Sites" className="flex flex-wrap items-center gap-2">
              <ul className="flex flex-wrap gap-1">
                {items.map((site) => (
                  <li key={site.id}>
                    <button
                      type="button"
                      className={itemClass(!creating && selected?.id === site.id)}
                      aria-current={!creating && selected?.id === site.id ? 'true' : undefined}
                      onClick={() => {
                        setCreating(false);
                        open(site.id);
                      }}
                    >
                      {site.name}
                    </button>
                  </li>
                ))}
              </ul>
              {items.length === 0 && <p className="px-3 text-sm text-slate-600 dark:text-slate-400">No sites yet.</p>}
              {canEditWorkspace && (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => {
                    setCreating(true);
                    create.reset();
                  }}
                >
                  New site
                </Button>
              )}
            </nav>
            <div className="min-w-0 flex-1 space-y-6">
              {creating && (
                <Section title="New site" description="Start from a template; every binding and limit can be changed after.">
                  <NewSiteForm
                    datasets={datasets.data?.items ?? []}
                    pending={create.isPending}
                    error={create.error}
                    onSubmit={(input) => create.mutate({ ...input, workspaceId: workspace.id })}
                    onCancel={() => setCreating(false)}
                  />
                </Section>
              )}
              {selected && (
                <SiteView
                  key={selected.id}
                  site={selected}
                  datasets={datasets.data?.items ?? []}
                  canEdit={canEditWorkspace && selected.canEdit !== false}
                  tab={tab}
                  runId={params.get('run')}
                  onTab={(t) => open(selected.id, { tab: t, run: params.get('run') ?? undefined })}
                  onOpenRun={(run) => open(selected.id, { tab: 'runs', run })}
                  onDelete={() => setDeleting(selected)}
                />
              )}
            </div>
          </div>
        )
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete the site “${deleting.name}”?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ siteId: deleting.id })}
        >
          <p>Its model, learned models and runs go with it. Charts already pinned to tabs stay.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

const initialState = (site: Site): EditorState => ({
  form: modelToForm(site.name, site.model),
  json: false,
  jsonText: '',
  jsonError: null,
  showErrors: false,
});

const modelText = (model: SiteModel) => JSON.stringify(model, null, 2);

function SiteView({
  site,
  datasets,
  canEdit,
  tab,
  runId,
  onTab,
  onOpenRun,
  onDelete,
}: {
  site: Site;
  datasets: readonly DatasetSummary[];
  canEdit: boolean;
  tab: SiteTab;
  runId: string | null;
  onTab: (tab: SiteTab) => void;
  onOpenRun: (runId: string) => void;
  onDelete: () => void;
}) {
  const [editor, setEditor] = useState<EditorState>(() => initialState(site));
  // what the form held when last loaded or saved: a change against it is unsaved
  const [baseline, setBaseline] = useState(() => JSON.stringify([site.name, formToModel(editor.form)]));
  const [saved, setSaved] = useState<string | null>(null);
  const columns = useMemo(
    () => Object.fromEntries(datasets.map((d) => [d.name, d.columns.map((c) => c.name)])) as Record<string, string[]>,
    [datasets],
  );
  const errors = useMemo(() => validateSiteForm(editor.form, columns), [editor.form, columns]);
  const formModel = formToModel(editor.form);
  const dirty =
    JSON.stringify([editor.form.name.trim(), formModel]) !== baseline ||
    (editor.json && editor.jsonText !== modelText(formModel));

  const update = useUpdateSite({
    mutationConfig: {
      onSuccess: (next) => {
        const form = modelToForm(next.name, next.model);
        setEditor((state) => ({ ...state, form, jsonText: modelText(formToModel(form)), jsonError: null, showErrors: false }));
        setBaseline(JSON.stringify([next.name, formToModel(form)]));
        setSaved(`Saved ${new Date(next.updatedAt).toLocaleTimeString()}.`);
      },
    },
  });

  const toggleJson = (on: boolean) => {
    if (on) {
      setEditor({ ...editor, json: true, jsonText: modelText(formToModel(editor.form)), jsonError: null });
      return;
    }
    const parsed = parseModelJson(editor.jsonText);
    if ('error' in parsed) setEditor({ ...editor, jsonError: parsed.error });
    else setEditor({ ...editor, json: false, form: modelToForm(editor.form.name, parsed.model), jsonError: null });
  };

  const save = () => {
    setSaved(null);
    update.reset();
    if (editor.json) {
      const parsed = parseModelJson(editor.jsonText);
      if ('error' in parsed) {
        setEditor({ ...editor, jsonError: parsed.error });
        return;
      }
      update.mutate({ siteId: site.id, name: editor.form.name.trim() || site.name, model: parsed.model });
      return;
    }
    if (Object.keys(errors).length > 0) {
      setEditor({ ...editor, showErrors: true });
      return;
    }
    update.mutate({ siteId: site.id, name: editor.form.name.trim(), model: formToModel(editor.form) });
  };

  return (
    <Section
      title={site.name}
      description={`Dataset ${site.model.dataset || '—'} · ${site.model.assets?.length ?? 0} assets${canEdit ? '' : ' · read-only for you'}`}
      actions={
        canEdit && (
          <Button variant="danger" size="sm" onClick={onDelete}>
            Delete site
          </Button>
        )
      }
    >
      <Tabs label="Site" tabs={SITE_TABS} selected={tab} onSelect={onTab}>
        {tab === 'model' && (
          <SiteEditor
            state={editor}
            onChange={setEditor}
            datasets={datasets}
            errors={errors}
            readOnly={!canEdit}
            dirty={dirty}
            onSave={save}
            saving={update.isPending}
            saveError={update.error}
            saved={saved}
            onToggleJson={toggleJson}
          />
        )}
        {tab === 'fit' && <FitPanel site={site} canEdit={canEdit} />}
        {tab === 'runs' && <RunPanel site={site} canEdit={canEdit} dirty={dirty} runId={runId} onOpenRun={onOpenRun} />}
      </Tabs>
    </Section>
  );
}
