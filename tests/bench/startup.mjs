// Start-up time and idle memory of the app against a bare Tauri window (issue #10), in one run.
// For each binary, RUNS starts (after one warm-up start that is not counted): the time from
// spawning the process to its "first data painted" line (the page's first data on screen, told
// by the page itself two animation frames after it rendered), then, after IDLE_S seconds idle,
// the PSS of the process and every process under it (WebKitWebProcess, WebKitNetworkProcess),
// read from /proc/PID/smaps_rollup so shared libraries are not counted twice.
//
//   xvfb-run -a node tests/bench/startup.mjs APP_BINARY BARE_BINARY DATA_DIR
//
// Writes the table between the STARTUP markers of docs/PERFORMANCE.md and prints it.
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [appBin, bareBin, dataDir] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_S = Number(process.env.IDLE_S ?? 10);
if (!appBin || !bareBin || !dataDir) {
  console.error('usage: node tests/bench/startup.mjs APP_BINARY BARE_BINARY DATA_DIR');
  process.exit(2);
}

/** Every process whose parent chain leads to `pid`, and `pid` itself. */
function tree(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name (field 2) may hold spaces: the parent id follows the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found = [pid];
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (found.includes(parent) && !found.includes(child)) {
        found.push(child);
        grew = true;
      }
    }
  }
  return found;
}

function pssKb(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const name = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
};

/** One start: ms to first data painted, and PSS (MB) by process name after the idle wait. */
function once(binary, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(binary, args, { env: { ...process.env, CW_REPORT_PAINT: '1', ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    let painted = null;
    const timeout = setTimeout(() => finish(new Error(`${binary}: no first paint within 60 s`)), 60_000);
    const finish = (err, value) => {
      clearTimeout(timeout);
      for (const pid of tree(child.pid).reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (err) reject(err);
      else resolve(value);
    };
    child.stdout.on('data', (chunk) => {
      if (painted !== null || !chunk.toString().includes('first data painted')) return;
      painted = Number(process.hrtime.bigint() - started) / 1e6;
      setTimeout(() => {
        const byName = {};
        for (const pid of tree(child.pid)) {
          byName[name(pid)] = (byName[name(pid)] ?? 0) + pssKb(pid) / 1024;
        }
        finish(null, { ms: painted, pss: byName });
      }, IDLE_S * 1000);
    });
    child.on('exit', (code) => {
      if (painted === null) finish(new Error(`${binary} exited (${code}) before its first paint`));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const total = (pss) => Object.values(pss).reduce((a, b) => a + b, 0);

async function measure(label, binary, args, env) {
  const first = await once(binary, args, env); // warm-up: file cache, and the app's daily backup
  await sleep(1000);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await once(binary, args, env));
    await sleep(1000);
  }
  const ms = runs.map((r) => r.ms);
  const mb = runs.map((r) => total(r.pss));
  const parts = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.pss)) (parts[k] ??= []).push(v);
  console.log(`${label}: first start ${first.ms.toFixed(0)} ms; starts ${ms.map((x) => x.toFixed(0)).join(', ')} ms; PSS ${mb.map((x) => x.toFixed(0)).join(', ')} MB`);
  return {
    first: first.ms,
    ms: median(ms),
    msMax: Math.max(...ms),
    mb: median(mb),
    parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])),
  };
}

const mib = (file) => (existsSync(file) ? `${(statSync(file).size / 1048576).toFixed(1)} MiB` : 'not built');
const cases = execFileSync(appBin, ['--data-dir', dataDir, 'stats'], { encoding: 'utf8' }).trim();

// The app's first start of a day writes the daily backup (and checks the store) first; say
// whether the warm-up start below was that one.
const now = new Date();
const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const backedUp = existsSync(path.join(dataDir, 'backups', `auto-${day}.sqlite3`));
// WebKit's GL compositing costs CPU and memory without a GPU (docs/PERFORMANCE.md); a
// default Tauri window keeps it. The bare window runs both ways: as Tauri ships it (the floor the
// targets name) and with the app's setting (the floor for the same way of drawing).
const COMPOSITING_OFF = { WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
const bare = await measure('bare window', bareBin, [], { WEBKIT_DISABLE_COMPOSITING_MODE: '0' });
const bareOff = await measure('bare window, compositing off', bareBin, [], COMPOSITING_OFF);
const app = await measure('app', appBin, ['--data-dir', dataDir]);
const partsText = (p) => Object.entries(p).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
const bundles = ['deb', 'rpm'].map((kind) => {
  const dir = path.join(root, 'target/release/bundle', kind);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`.${kind}`)) : undefined;
  return `${kind} ${file ? mib(path.join(dir, file)) : 'not built'}`;
}).join(', ');

const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`make bench-startup\`, release builds under Xvfb, ${RUNS} starts each after one warm-up; the app on ${dataDir.includes('city') ? 'the city store' : 'a store'} (\`stats\`: ${cases.replace(/\s+/g, ' ')}).`,
  '',
  '| | bare window (Tauri default) | bare window, compositing off | app (as shipped: compositing off) | ratio to default | ratio to compositing off | target |',
  '|---|---:|---:|---:|---:|---:|---:|',
  `| start to first data painted, median (ms) | ${bare.ms.toFixed(0)} | ${bareOff.ms.toFixed(0)} | ${app.ms.toFixed(0)} | ${(app.ms / bare.ms).toFixed(2)} | ${(app.ms / bareOff.ms).toFixed(2)} | ≤ 1.3 |`,
  `| slowest of the ${RUNS} starts (ms) | ${bare.msMax.toFixed(0)} | ${bareOff.msMax.toFixed(0)} | ${app.msMax.toFixed(0)} | | | |`,
  `| warm-up start (app: ${backedUp ? "not the day's first, its backup was already written" : "the day's first, with its backup"}) (ms) | ${bare.first.toFixed(0)} | ${bareOff.first.toFixed(0)} | ${app.first.toFixed(0)} | | | |`,
  `| PSS after ${IDLE_S} s idle, all processes, median (MB) | ${bare.mb.toFixed(0)} | ${bareOff.mb.toFixed(0)} | ${app.mb.toFixed(0)} | ${(app.mb / bare.mb).toFixed(2)} | ${(app.mb / bareOff.mb).toFixed(2)} | ≤ 1.3 |`,
  `| release binary | ${mib(bareBin)} | | ${mib(appBin)} | ${(statSync(appBin).size / statSync(bareBin).size).toFixed(2)} | | ≤ 1.3 |`,
  '',
  `PSS by process (MB): bare: ${partsText(bare.parts)}; bare, compositing off: ${partsText(bareOff.parts)}; app: ${partsText(app.parts)}. Linux bundles: ${bundles}.`,
].join('\n');
console.log(table);

writeSection('STARTUP', table);
