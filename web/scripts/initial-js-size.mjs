// Prints the gzipped size of the JavaScript a first visit loads (the entry script and its
// modulepreloads in dist/index.html) and fails when it passes the budget or holds Plotly,
// which must stay in its own lazy chunk. Run after `npm run build`: `npm run size`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const kb = (bytes) => (bytes / 1024).toFixed(1);

let total = 0;
for (const file of initial) {
  const code = readFileSync(path.join(dist, file));
  const gzipped = gzipSync(code, { level: 9 }).length;
  total += gzipped;
  console.log(`initial  ${file.padEnd(40)} ${kb(gzipped).padStart(7)} KB gzip`);
  if (isPlotly(file, code)) {
    console.error(`${file} holds Plotly: it must load lazily, with the first chart`);
    process.exitCode = 1;
  }
}
for (const file of readdirSync(path.join(dist, 'assets'))) {
  const code = readFileSync(path.join(dist, 'assets', file));
  if (file.endsWith('.js') && isPlotly(file, code)) {
    console.log(`lazy     assets/${file.padEnd(33)} ${kb(gzipSync(code, { level: 9 }).length).padStart(7)} KB gzip (Plotly)`);
  }
}
console.log(`initial JS: ${kb(total)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`initial JS is over the ${BUDGET_KB} KB budget`);
  process.exitCode = 1;
}

function isPlotly(file, code) {
  return /plotly/i.test(path.basename(file)) || code.includes('plotly.js v');
}
