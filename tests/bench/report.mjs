// Reads criterion's results (target/criterion/**/new/{estimates,sample}.json) and writes the
// median and p95 per benchmark between the BENCH markers of docs/PERFORMANCE.md.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = path.join(root, 'target/criterion');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'new' && existsSync(path.join(p, 'benchmark.json'))) yield p;
      else yield* walk(p);
    }
  }
}

const ms = (ns) => (ns / 1e6).toFixed(ns < 1e7 ? 2 : 1);
const rows = [];
for (const dir of walk(base)) {
  const bench = JSON.parse(readFileSync(path.join(dir, 'benchmark.json'), 'utf8'));
  const est = JSON.parse(readFileSync(path.join(dir, 'estimates.json'), 'utf8'));
  const sample = JSON.parse(readFileSync(path.join(dir, 'sample.json'), 'utf8'));
  const per = sample.times.map((t, i) => t / sample.iters[i]).sort((a, b) => a - b);
  const p95 = per[Math.min(per.length - 1, Math.floor(per.length * 0.95))];
  rows.push([bench.full_id, ms(est.median.point_estimate), ms(p95)]);
}
// The city benchmarks side by side by store size (does a paged query grow with n?), then the rest.
const SIZES = ['10k', '100k', '1M'];
const city = new Map();
const other = [];
for (const [id, median, p95] of rows) {
  const m = id.match(/^city\/(\d+[kM])\/(.+)$/);
  if (!m) {
    other.push([id, median, p95]);
    continue;
  }
  if (!city.has(m[2])) city.set(m[2], {});
  city.get(m[2])[m[1]] = `${median} / ${p95}`;
}
const cityTable = [
  `| city store, command | ${SIZES.map((s) => `${s} cases: median / p95 (ms)`).join(' | ')} |`,
  `|---|${SIZES.map(() => '---:').join('|')}|`,
  ...[...city.keys()].sort().map((k) => `| ${k} | ${SIZES.map((s) => city.get(k)[s] ?? '–').join(' | ')} |`),
];
other.sort((a, b) => a[0].localeCompare(b[0]));
// Generation times the benchmark wrote beside criterion's results (BENCH_NOTES in the Makefile).
const notes = path.join(base, 'generation.tsv');
const generation = existsSync(notes)
  ? ['', '| store made by | seconds, all | seconds, the cases |', '|---|---:|---:|',
    ...readFileSync(notes, 'utf8').trim().split('\n').map((l) => `| ${l.split('\t').join(' | ')} |`)]
  : [];
const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`make bench-core\`.\n\n`;
const table = stamp + [...cityTable, ...generation, '', '| benchmark | median (ms) | p95 (ms) |', '|---|---:|---:|',
  ...other.map((r) => `| ${r.join(' | ')} |`)].join('\n');
if (!writeSection('BENCH', table)) throw new Error('docs/PERFORMANCE.md lacks the BENCH markers');
console.log(table);
