// The browser half of bench/dashboard: headless Debian Chromium against a running server
// whose admin owns a 12-chart tab over a meter dataset (DashboardBenchmark sets both up).
// Measures, in the page's own clock (and, for scale, navigation to an empty tab until it shows):
//   - navigation to the tab → the 12th chart drawn (its Plotly div's data-drawn set), over
//     LOADS loads after one warm-up;
//   - an append's response (POST /api/datasets/{id}/rows, sent from the page; the response's
//     Resource Timing responseEnd) → chart "c0" drawing the appended hour, over APPENDS appends;
//     the page learns of it over /api/live. Negative when the chart was redrawn before the
//     response's last byte arrived.
// Progress goes to stderr; the last stdout line is a JSON object of the figures.
// Environment: BENCH_BASE_URL, BENCH_TAB_ID, BENCH_EMPTY_TAB_ID, BENCH_DATASET_ID, BENCH_EMAIL, BENCH_PASSWORD;
// Chromium is launched as web/e2e launches it (web/e2e/chromium.mjs).
import { createRequire } from 'node:module';
import os from 'node:os';
import { chromiumLaunchOptions } from '../web/e2e/chromium.mjs';

const require = createRequire(new URL('../web/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const LOADS = 12;
const APPENDS = 25;
const CHARTS = 12;
const { BENCH_BASE_URL: base, BENCH_TAB_ID: tab, BENCH_EMPTY_TAB_ID: emptyTab, BENCH_DATASET_ID: dataset } = process.env;
const log = (line) => process.stderr.write(`  [browser] ${line}\n`);

function median(values) {
  return nearestRank(values, 0.5);
}

function p95(values) {
  return nearestRank(values, 0.95);
}

function nearestRank(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
try {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  const login = await context.request.post('/api/auth/login', {
    data: { email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD },
  });
  if (!login.ok()) throw new Error(`login: ${login.status()} ${await login.text()}`);

  // in every document, before the app runs: when the CHARTS-th chart was first drawn
  await context.addInitScript((charts) => {
    window.__allDrawnAt = null;
    new MutationObserver(() => {
      if (window.__allDrawnAt === null && document.querySelectorAll('[data-drawn]').length >= charts) {
        window.__allDrawnAt = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
  }, CHARTS);

  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));

  // performance.now() counts from the navigation's start, so the recorded value is the time
  const load = async () => {
    await page.goto(`/dashboard/${tab}`);
    try {
      await page.waitForFunction(() => window.__allDrawnAt, null, { timeout: 120_000, polling: 100 });
    } catch (error) {
      const drawn = await page.locator('[data-drawn]').count();
      const alerts = await page.getByRole('alert').allInnerTexts();
      throw new Error(`only ${drawn} of ${CHARTS} charts drawn: ${alerts.join(' | ') || error.message}`);
    }
    // where the time went: the tab's data and Plotly's chunk arriving (the charts wait for both,
    // then all draw in one task, so a "first chart drawn" would equal the 12th)
    return page.evaluate((tabId) => {
      const arrived = (match) =>
        Math.max(0, ...performance.getEntriesByType('resource').filter((e) => match(e.name)).map((e) => e.responseEnd));
      return {
        allDrawn: window.__allDrawnAt,
        tabData: arrived((name) => name.includes(`/api/tabs/${tabId}/data`)),
        plotly: arrived((name) => /plotly/i.test(name)),
      };
    }, tab);
  };
  const loadBefore = os.loadavg()[0];
  const warmup = (await load()).allDrawn;
  log(`warm-up load: ${warmup.toFixed(0)} ms`);
  const phases = [];
  for (let i = 0; i < LOADS; i++) phases.push(await load());
  const loads = phases.map((p) => p.allDrawn);
  log(`loads (ms): ${loads.map((t) => t.toFixed(0)).join(' ')}`);
  const breakdown = Object.fromEntries(
    ['tabData', 'plotly'].map((key) => [key, median(phases.map((p) => p[key]))]),
  );
  log(
    `medians after navigation start: tab data arrived ${breakdown.tabData.toFixed(0)} ms, Plotly chunk ` +
      `${breakdown.plotly.toFixed(0)} ms, 12 charts drawn ${median(loads).toFixed(0)} ms`,
  );

  // for scale on a shared machine: the same app, the same navigation, a tab without charts
  const emptyLoads = [];
  for (let i = 0; i < 6; i++) {
    await page.goto(`/dashboard/${emptyTab}`);
    const shown = await page.waitForFunction(() => document.body.innerText.includes('Pin a chart') && performance.now(), null, {
      timeout: 60_000,
      polling: 'raf',
    });
    if (i > 0) emptyLoads.push(await shown.jsonValue());
  }
  log(`empty tab loads (ms): ${emptyLoads.map((t) => t.toFixed(0)).join(' ')}`);

  await page.goto(`/dashboard/${tab}`);
  await page.waitForFunction(() => window.__allDrawnAt, null, { timeout: 120_000, polling: 100 });
  await page.getByRole('status').filter({ hasText: /^Live$/ }).waitFor({ timeout: 60_000 });
  const appendLoadBefore = os.loadavg()[0];
  const phasesOfAppends = [];
  for (let i = 0; i < APPENDS; i++) {
    // a new hour after the data's last reading (2025-12-31 23:45): a new point on the hourly c0
    const ts = new Date(Date.UTC(2026, 0, 1, i)).toISOString();
    phasesOfAppends.push(await page.evaluate(appendAndWait, { dataset, ts, timeoutMs: 30_000 }));
  }
  const freshness = phasesOfAppends.map((p) => p.total);
  log(`freshness (ms): ${freshness.map((t) => t.toFixed(0)).join(' ')}`);
  log(`refetch start/end (ms): ${phasesOfAppends.map((p) => `${p.refetchStart?.toFixed(0)}/${p.refetchEnd?.toFixed(0)}`).join(' ')}`);
  const seen = phasesOfAppends.filter((p) => p.refetchStart !== null);
  const freshnessBreakdown = {
    refetches: seen.length,
    refetchStart: median(seen.map((p) => p.refetchStart)),
    refetchEnd: median(seen.map((p) => p.refetchEnd)),
  };

  console.log(
    JSON.stringify({
      warmupMs: warmup,
      loadAverage: loadBefore,
      appendLoadAverage: appendLoadBefore,
      loads: loads.length,
      loadMedianMs: median(loads),
      loadP95Ms: p95(loads),
      loadBreakdownMs: breakdown,
      emptyTabMedianMs: median(emptyLoads),
      appends: freshness.length,
      freshnessMedianMs: median(freshness),
      freshnessP95Ms: p95(freshness),
      freshnessBreakdownMs: freshnessBreakdown,
    }),
  );
} finally {
  await browser.close();
}

/**
 * In the page: appends one reading at `ts`, then waits for chart c0 to draw a point at or
 * after it; answers the ms from the append's response to that draw, and to the start and end
 * of the tab data's refetch that the live message set off.
 */
async function appendAndWait({ dataset, ts, timeoutMs }) {
  const plot = document.querySelector('section[aria-label="c0"] [data-testid="plotly-chart"]');
  if (!plot) throw new Error('chart c0 is not on the page');
  const target = Date.parse(ts);
  const time = (value) =>
    typeof value === 'number' ? value : Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  const showsTarget = () => (plot.data ?? []).some((trace) => trace.x?.length && time(trace.x[trace.x.length - 1]) >= target);
  const drawn = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!showsTarget()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(plot, { attributes: true, attributeFilter: ['data-drawn'] });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`chart c0 did not show ${ts} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  performance.clearResourceTimings();
  const csrf = decodeURIComponent(document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/)?.[1] ?? '');
  const response = await fetch(`/api/datasets/${dataset}/rows`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
    body: JSON.stringify([{ ts, meter: 'M0000', kw: 5 }]),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`append: ${response.status} ${JSON.stringify(body)}`);
  const drawnAt = await drawn;
  // When the response's last byte arrived, from the network stack: code after an await may run
  // late while the main thread draws, which would flatter the figure. Chromium hands the page
  // its Resource Timing entries a little after the response, hence the observer.
  const appended = await resourceEntry((e) => e.name === response.url && e.initiatorType === 'fetch');
  // the tab's data asked again after the live message: when the request left and its answer came
  const refetch = await resourceEntry((e) => e.name.includes('/api/tabs/') && e.name.includes('/data'));
  if (!appended) throw new Error('no Resource Timing entry for the append');
  const answered = appended.responseEnd;
  return {
    total: drawnAt - answered,
    refetchStart: refetch ? refetch.startTime - answered : null,
    refetchEnd: refetch ? refetch.responseEnd - answered : null,
  };

  function resourceEntry(match) {
    const found = () => performance.getEntriesByType('resource').filter(match).pop() ?? null;
    return new Promise((resolve) => {
      if (found()) return resolve(found());
      const observer = new PerformanceObserver(() => {
        if (!found()) return;
        observer.disconnect();
        resolve(found());
      });
      observer.observe({ type: 'resource' });
      setTimeout(() => {
        observer.disconnect();
        resolve(found());
      }, 5_000);
    });
  }
}
