import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { EmptyRow, Table, Td, Th } from '@/components/table';
import { formatDateTime } from '@/lib/format';
import { useFitSite } from '../api/fit-site';
import { fitEquation } from '../fit-figure';
import type { Fit, Site } from '../types';
import { FitChart } from './fit-chart';

const n2 = (v: number | null | undefined, digits: number) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '—');

function targetUnit(site: Site, asset: string, target: string): string | undefined {
  const found = site.model.assets?.find((a) => a.name === asset);
  const signal = found?.[target];
  return signal && typeof signal === 'object' && 'unit' in signal && typeof signal.unit === 'string' ? signal.unit : undefined;
}

/** The learned asset models: fit them from the site's history, read coefficients, R², MAE, and see the fit. */
export function FitPanel({ site, canEdit }: { site: Site; canEdit: boolean }) {
  const fit = useFitSite();
  const shown: Fit | null = fit.data ?? site.fit ?? null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        {canEdit && (
          <Button pending={fit.isPending} onClick={() => fit.mutate({ siteId: site.id })}>
            Fit models
          </Button>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {shown
            ? `Fitted ${formatDateTime(shown.fittedAt)}${shown.from && shown.to ? ` over ${formatDateTime(shown.from)} to ${formatDateTime(shown.to)}` : ''}. Runs use these models.`
            : 'Not fitted yet: each asset with history gets a regression on its operating hours (a CHP: power = a·admission + b·extraction + c).'}
        </p>
      </div>
      {fit.isPending && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Fitting every asset that has history…
        </p>
      )}
      <ErrorAlert error={fit.error} />
      {shown && (
        <>
          <Table caption="Learned asset models">
            <thead>
              <tr>
                <Th>Asset</Th>
                <Th>Target</Th>
                <Th>Coefficients</Th>
                <Th className="text-right">R²</Th>
                <Th className="text-right">MAE</Th>
                <Th className="text-right">n</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {shown.assets.length === 0 && <EmptyRow colSpan={6}>No asset of this site has history to fit.</EmptyRow>}
              {shown.assets.map((a) => {
                const unit = targetUnit(site, a.name, a.target);
                return (
                  <tr key={a.name}>
                    <Td className="font-medium">{a.name}</Td>
                    <Td>{a.target}</Td>
                    <Td>
                      <span className="font-mono text-xs">{fitEquation(a)}</span>
                    </Td>
                    <Td className="text-right tabular-nums">{n2(a.r2, 3)}</Td>
                    <Td className="text-right tabular-nums">
                      {n2(a.mae, 2)}
                      {unit ? ` ${unit}` : ''}
                    </Td>
                    <Td className="text-right tabular-nums">{a.n.toLocaleString()}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <div className="grid gap-4 lg:grid-cols-2">
            {shown.assets.map((a) => (
              <FitChart key={a.name} asset={a} unit={targetUnit(site, a.name, a.target)} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
