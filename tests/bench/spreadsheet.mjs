// "The user's alternative" (issue #10): what a desk uses today is a spreadsheet. The same case
// register, exported by the app as .xlsx, loaded by LibreOffice headless, against the app started
// and showing the first page of the same cases.
//
//   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
//     node tests/bench/spreadsheet.mjs APP_BINARY DATA_DIR
//
// DATA_DIR is a store made by `APP_BINARY --data-dir DATA_DIR demo --city` (100k cases), with the
// demo accounts. Needs `soffice` (libreoffice-calc-nogui) and tauri-driver. Environment: RUNS
// (timed runs after one warm-up, default 3), SHEET_LOGIN (default qiantai, the desk's account),
// SHEET_PASSWORD, TAURI_DRIVER, TAURI_DRIVER_PORT (default 4454; the e2e suite uses 4444) and
// TAURI_NATIVE_PORT (WebKitWebDriver's, default 4455).
//
// 1. `export cases` of every case (2000-01-01 to 2099-12-31) into a temp folder: rows and size.
// 2. LibreOffice: `soffice --headless --convert-to csv` of that file, on a fresh profile, one
//    warm-up then RUNS timed runs. The time includes writing the csv; the same conversion of a
//    header-only .xlsx from the same exporter is LibreOffice's own start-up floor.
// 3. The app: from just before asking tauri-driver for a session (which launches the binary)
//    to the first case row visible: WebDriver's start, the window, typing the sign-in, the
//    case list. One warm-up (the day's first start takes the daily backup) then RUNS runs.
//
// Writes the table between the SHEET markers of docs/PERFORMANCE.md and prints it.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byTestId, By, click, DEMO_PASSWORD, fieldOf, typeInto } from '../e2e/harness.mjs';
import { writeSection } from './doc.mjs';

// The one package.json lives in ui/ (a second one confuses the Tauri CLI): resolve from there.
const require = createRequire(new URL('../../ui/package.json', import.meta.url));
const { Builder } = require('selenium-webdriver');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [appArg, dataArg] = process.argv.slice(2);
if (!appArg || !dataArg) {
  console.error('usage: node tests/bench/spreadsheet.mjs APP_BINARY DATA_DIR');
  process.exit(2);
}
const appBin = path.resolve(appArg); // tauri-driver wants an absolute path
const dataDir = path.resolve(dataArg);
const RUNS = Number(process.env.RUNS ?? 3);
const LOGIN = process.env.SHEET_LOGIN ?? 'qiantai';
const PASSWORD = process.env.SHEET_PASSWORD ?? DEMO_PASSWORD;
const PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4454);
const NATIVE_PORT = Number(process.env.TAURI_NATIVE_PORT ?? 4455);
const PROFILE = '/tmp/lo-profile-bench';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => Number(process.hrtime.bigint()) / 1e6;
const s = (ms) => (ms / 1000).toFixed(2);
const list = (xs) => xs.map(s).join(', ');

for (const [what, file] of [['APP_BINARY', appBin], ['DATA_DIR', path.join(dataDir, 'workstation.sqlite3')]]) {
  if (!existsSync(file)) {
    console.error(`${what}: ${file} does not exist`);
    process.exit(2);
  }
}
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) {
  console.error('soffice not found: apt-get install --no-install-recommends libreoffice-calc-nogui');
  process.exit(2);
}
const tauriDriver = process.env.TAURI_DRIVER
  ?? (spawnSync('sh', ['-c', 'command -v tauri-driver'], { encoding: 'utf8' }).stdout.trim()
    || path.join(os.homedir(), '.cargo/bin/tauri-driver'));
if (!existsSync(tauriDriver)) {
  console.error('tauri-driver not found: make deps-driver');
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cw-sheet-'));
const app = (...args) => execFileSync(appBin, ['--data-dir', dataDir, ...args], { encoding: 'utf8' }).trim();

// ---- 1. The register as .xlsx, by the app's own exporter -----------------------------------
const register = path.join(tmp, 'register.xlsx');
const tiny = path.join(tmp, 'header-only.xlsx');
let t = now();
const exported = app('export', 'cases', register, '--from', '2000-01-01', '--to', '2099-12-31');
const exportMs = now() - t;
const rows = Number(/exported (\d+) cases/.exec(exported)?.[1]);
if (!(rows > 0)) throw new Error(`no cases exported: ${exported}`);
// A day before any record: the header row only, from the same writer.
app('export', 'cases', tiny, '--from', '1999-01-01', '--to', '1999-01-01');
const bytes = statSync(register).size;
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
console.log(`register: ${rows} cases, ${mib(bytes)} (${bytes} bytes), exported in ${s(exportMs)} s`);

// ---- 2. LibreOffice headless -----------------------------------------------------------------
/** CSV records, a quoted field may hold line breaks. */
function csvRecords(text) {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted; // a doubled "" flips twice
    else if (c === 10 && !quoted) n += 1;
  }
  return text.length && text.at(-1) !== '\n' ? n + 1 : n;
}

/** One conversion to csv (UTF-8); ms, and the data rows LibreOffice wrote. */
function convert(file) {
  const out = mkdtempSync(path.join(tmp, 'csv-'));
  const started = now();
  const r = spawnSync(soffice, [
    `-env:UserInstallation=file://${PROFILE}`, '--headless', '--norestore',
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file,
  ], { encoding: 'utf8', timeout: 900_000 });
  const ms = now() - started;
  const csv = readdirSync(out).find((f) => f.endsWith('.csv'));
  if (r.status !== 0 || !csv) {
    throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stdout} ${r.stderr}`);
  }
  const written = csvRecords(readFileSync(path.join(out, csv), 'utf8')) - 1;
  rmSync(out, { recursive: true, force: true });
  return { ms, rows: written };
}

rmSync(PROFILE, { recursive: true, force: true }); // fresh: the warm-up makes the profile
const loVersion = spawnSync(soffice, [`-env:UserInstallation=file://${PROFILE}`, '--version'],
  { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 2).join(' ');
const loFirst = convert(register);
if (loFirst.rows !== rows) throw new Error(`LibreOffice wrote ${loFirst.rows} rows of ${rows}`);
const lo = [];
for (let i = 0; i < RUNS; i += 1) lo.push(convert(register).ms);
convert(tiny); // warm-up for the floor too (same profile, already made)
const floor = [];
for (let i = 0; i < RUNS; i += 1) floor.push(convert(tiny).ms);
console.log(`LibreOffice (${loVersion}), register to csv: warm-up (new profile) ${s(loFirst.ms)} s; runs ${list(lo)} s; all ${loFirst.rows} rows in the csv`);
console.log(`LibreOffice, header-only file to csv (its start-up floor): runs ${list(floor)} s`);

// ---- 3. The app, through WebDriver -------------------------------------------------------------
/** Every process whose parent chain leads to `pid` (not `pid` itself). */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (found.has(parent) && !found.has(child)) {
        found.add(child);
        grew = true;
      }
    }
  }
  found.delete(pid);
  return [...found];
}

const comm = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
};

/** Ends, by id, the processes seen under tauri-driver that outlived the session (the app's
 * WebKit children can); only those still carrying the name they had. */
async function endLeftovers(seen) {
  await sleep(500);
  for (const [pid, name] of seen) {
    if (pid === WEBKIT_DRIVER_PID()) continue;
    if (comm(pid) === name) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}

const driverProcess = spawn(tauriDriver, ['--port', String(PORT), '--native-port', String(NATIVE_PORT)],
  { stdio: ['ignore', 'ignore', 'inherit'] });
// tauri-driver starts WebKitWebDriver once; that one stays for every session.
const WEBKIT_DRIVER_PID = () => descendants(driverProcess.pid).find((p) => comm(p) === 'WebKitWebDriver');
process.on('exit', () => {
  for (const pid of descendants(driverProcess.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  driverProcess.kill('SIGKILL');
});

{
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`tauri-driver did not answer on port ${PORT} within 20 s`);
    await sleep(100);
  }
}

/** Polls every 20 ms (selenium's own wait polls every 200 ms) until `locator` is displayed. */
async function visible(driver, locator, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      for (const el of await driver.findElements(locator)) if (await el.isDisplayed()) return el;
    } catch {
      // replaced by a re-render between find and check: again
    }
    if (Date.now() > deadline) throw new Error(`${what}: not visible within ${timeout / 1000} s`);
    await sleep(20);
  }
}

/** One start: ms from the session request to the session, the sign-in screen, the main layout
 * and the first case row. */
async function appOnce() {
  const t0 = now();
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${PORT}/`)
    .withCapabilities({
      browserName: 'wry',
      'tauri:options': { application: appBin, args: ['--data-dir', dataDir] },
    })
    .build();
  const seen = new Map(descendants(driverProcess.pid).map((p) => [p, comm(p)]));
  try {
    const session = now() - t0;
    await visible(driver, fieldOf('signin-login'), 60_000, 'the sign-in screen');
    const signinShown = now() - t0;
    await typeInto(driver, 'signin-login', LOGIN);
    await typeInto(driver, 'signin-secret', PASSWORD);
    await click(driver, byTestId('signin-submit'));
    await visible(driver, byTestId('nav-cases'), 60_000, 'the main layout after signing in');
    const signedIn = now() - t0;
    await click(driver, byTestId('nav-cases'));
    await visible(driver, By.css('[data-testid^="case-row-"]'), 120_000, 'the first case row');
    const firstRow = now() - t0;
    for (const p of descendants(driverProcess.pid)) seen.set(p, comm(p));
    return { session, signinShown, signedIn, firstRow };
  } catch (e) {
    try {
      const png = path.join(tmp, `failed-${Date.now()}.png`);
      writeFileSync(png, await driver.takeScreenshot(), 'base64');
      console.error(`screenshot: ${png}`);
    } catch {
      // no screenshot
    }
    throw e;
  } finally {
    await driver.quit().catch(() => {});
    await endLeftovers(seen);
  }
}

const appFirst = await appOnce();
await sleep(1000);
const appRuns = [];
for (let i = 0; i < RUNS; i += 1) {
  appRuns.push(await appOnce());
  await sleep(1000);
}
const appMs = appRuns.map((r) => r.firstRow);
console.log(`app, session request to first case row: warm-up ${s(appFirst.firstRow)} s; runs ${list(appMs)} s`);
const split = (k) => s(median(appRuns.map((r) => r[k])));

// ---- 4. The table ------------------------------------------------------------------------------
const loMs = median(lo);
const floorMs = median(floor);
const ms = median(appMs);
const release = /\/release\//.test(appBin) ? 'release' : /\/debug\//.test(appBin) ? 'debug' : 'given';
let store = '';
try {
  const size = /size \(bytes\):\s*(\d+)/.exec(app('stats'))?.[1];
  if (size) store = `, ${mib(Number(size))}`;
} catch {
  // only a note
}
const osName = (() => {
  try {
    return /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  } catch {
    return os.type();
  }
})();
const machine = `${osName}, ${os.cpus().length} × ${os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`make bench-sheet\` on ${machine}: ${RUNS} runs each after one warm-up, medians; the ${release} app (\`${path.relative(root, appBin) || appBin}\`) on ${dataDir.includes('city') ? 'the city store' : 'a store'} (\`${dataDir}\`${store}); ${loVersion}.`,
  '',
  '| | figure | runs |',
  '|---|---:|---|',
  `| register exported by \`export cases\` (all cases) | ${rows.toLocaleString('en')} rows | export took ${s(exportMs)} s |`,
  `| .xlsx file size | ${mib(bytes)} | ${bytes.toLocaleString('en')} bytes |`,
  `| LibreOffice headless: load the .xlsx and write it as csv (s) | ${s(loMs)} | ${list(lo)} (warm-up, new profile: ${s(loFirst.ms)}) |`,
  `| LibreOffice headless: the same on a header-only .xlsx, its start-up floor (s) | ${s(floorMs)} | ${list(floor)} |`,
  `| app: WebDriver session request (launches the app) to the first case row visible (s) | ${s(ms)} | ${list(appMs)} (warm-up: ${s(appFirst.firstRow)}) |`,
  `| **ratio LibreOffice / app** | **${(loMs / ms).toFixed(2)}** | without LibreOffice's floor: ${((loMs - floorMs) / ms).toFixed(2)} |`,
  '',
  `The app's time includes WebDriver (tauri-driver, WebKitWebDriver) starting the session and typing the sign-in (\`${LOGIN}\`) through WebDriver; the medians of its steps, from the request: session ${split('session')} s, sign-in screen visible ${split('signinShown')} s, signed in ${split('signedIn')} s, first case row ${split('firstRow')} s. LibreOffice's figure includes writing the csv; it wrote all ${loFirst.rows.toLocaleString('en')} rows.`,
].join('\n');
console.log(table);

writeSection('SHEET', table);
rmSync(tmp, { recursive: true, force: true });
process.exit(0);
