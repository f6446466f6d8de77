// The e2e harness: starts tauri-driver (which starts WebKitWebDriver, which starts the real app
// binary) and hands out WebDriver sessions against a throwaway data folder.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The one package.json lives in ui/ (a second one confuses the Tauri CLI): resolve from there.
const require = createRequire(new URL('../../ui/package.json', import.meta.url));
const { Builder, By, Key, until } = require('selenium-webdriver');
export { By, Key, until };

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const binary = process.env.APP_BINARY ?? path.join(root, 'target/debug/community-workstation');
export const artifacts = path.join(here, 'artifacts');
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);

let driverProcess;

// The app turns WebKit's GL compositing off on Linux (src-tauri/src/lib.rs). WebKitWebDriver
// then loses screenshot requests: on a static screen (a placeholder page) the call never
// returned, while the window itself had drawn. So the suite drives the window with compositing
// on, as Tauri ships it; drawing.test.mjs drives it as users get it, without screenshots.
export async function startDriver({ drawing = 'composited' } = {}) {
  mkdirSync(artifacts, { recursive: true });
  const exe = process.env.TAURI_DRIVER ?? 'tauri-driver';
  const env = { ...process.env };
  if (drawing === 'composited') env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '0';
  else delete env.WEBKIT_DISABLE_COMPOSITING_MODE;
  driverProcess = spawn(exe, ['--port', String(port)], { stdio: ['ignore', 'inherit', 'inherit'], env });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('tauri-driver did not start within 20 s');
}

export function stopDriver() {
  driverProcess?.kill();
  killLeftovers();
}

// Killing a session can leave the app's WebKit children behind; a leftover app would also make
// the next start hand over to it (single instance), so end every one. The app by its full path:
// other copies of the binary (a crash test, a second checkout) are not this suite's to end.
export function killLeftovers() {
  // Anchored: a command line that only mentions the binary (a bench script given its path,
  // xvfb-run around it) is not the app, and killing it would end the run itself.
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const name of [`^${escape(binary)}`, 'WebKitWebProcess', 'WebKitNetworkProcess']) {
    try {
      execFileSync('pkill', ['-f', name]);
    } catch {
      // none running
    }
  }
}

const dataDirs = [];
// A day of runs left hundreds of stores (with their backups) in /tmp. Kept for a
// look after a failure with E2E_KEEP_DATA=1.
process.on('exit', () => {
  if (process.env.E2E_KEEP_DATA) return;
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

export function newDataDir(label) {
  const dir = mkdtempSync(path.join(tmpdir(), `cw-e2e-${label}-`));
  dataDirs.push(dir);
  return dir;
}

export async function openApp(dataDir) {
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}/`)
    .withCapabilities({
      browserName: 'wry',
      'tauri:options': { application: binary, args: ['--data-dir', dataDir] },
    })
    .build();
  await driver.manage().setTimeouts({ implicit: 0 });
  return driver;
}

export async function closeApp(driver) {
  try {
    await driver.quit();
  } finally {
    // Give the app a moment to release the database before the next start.
    await new Promise((r) => setTimeout(r, 500));
    killLeftovers();
  }
}

// E2E_TRACE=1 logs each step with its time: a hung WebDriver call shows as the last line.
function trace(what, locator) {
  if (process.env.E2E_TRACE) console.error(`${new Date().toISOString()} ${what} ${locator}`);
}

export function byTestId(id) {
  return By.css(`[data-testid="${id}"]`);
}

// driver.wait, but a WebDriver error inside the condition (a node React replaced between find and
// read: "stale element", WebKitWebDriver's "Could not parse element info") means "not yet".
export async function poll(driver, condition, timeout = 15_000, message = 'waiting') {
  let last;
  await driver.wait(async () => {
    try {
      return await condition();
    } catch (e) {
      last = e;
      return false;
    }
  }, timeout, message).catch((e) => {
    throw new Error(`${e.message}${last ? ` (last error: ${last.name} ${last.message})` : ''}`);
  });
}

// Found again on every poll: a React re-render may replace the node between find and check.
export async function waitFor(driver, locator, timeout = 15_000) {
  trace('waitFor', locator);
  let found;
  await driver.wait(async () => {
    try {
      const el = await driver.findElement(locator);
      if (await el.isDisplayed()) {
        found = el;
        return true;
      }
    } catch {
      // not there yet, or replaced: try again
    }
    return false;
  }, timeout, `waiting for ${locator}`);
  return found;
}

// React re-renders replace nodes, so the element is found again on every poll.
export async function waitForText(driver, locator, text, timeout = 15_000) {
  await driver.wait(async () => {
    try {
      const found = await driver.findElements(locator);
      return found.length > 0 && (await found[0].getText()).includes(text);
    } catch {
      return false; // replaced between find and read: try again
    }
  }, timeout, `expected "${text}" in ${locator}`);
  return driver.findElement(locator);
}

// Clicks once the element is there and takes the click; antd animations and re-renders can
// briefly cover or replace it.
export async function click(driver, locator, timeout = 15_000) {
  trace('click', locator);
  let last;
  await driver.wait(async () => {
    try {
      const el = await driver.findElement(locator);
      await el.click();
      return true;
    } catch (e) {
      last = e;
      return false;
    }
  }, timeout).catch(() => {
    throw new Error(`could not click ${locator}: ${last?.name ?? ''} ${last?.message ?? ''}`);
  });
}

// Opens an antd Select, optionally types into its search, and clicks the option. antd animates
// and re-renders the dropdown, so a click can land before the list exists: try a few times.
export async function choose(driver, selectLocator, optionLocator, { type, done } = {}) {
  let last;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      await click(driver, selectLocator, 5_000);
      if (type) {
        const input = await driver.findElement(selectLocator).findElement(By.css('input'));
        await input.sendKeys(Key.CONTROL, 'a');
        await input.sendKeys(type);
      }
      // antd opens the list with a 0.2 s animation and filters it as typed; a click during
      // either can be dropped.
      await driver.sleep(350);
      // Options can load late on a busy machine (a day's shifts are computed): wait longer each
      // time. A list from an earlier attempt may linger hidden: click the first visible option.
      await driver.wait(async () => {
        try {
          for (const option of await driver.findElements(optionLocator)) {
            if (!(await option.isDisplayed())) continue;
            await option.click();
            return true;
          }
          return false;
        } catch {
          return false;
        }
      }, 5_000 * (attempt + 1));
      if (!done || (await done())) return;
    } catch (e) {
      last = e;
    }
    // Close only an open dropdown: Escape with none open closes the modal the select is in.
    const open = await driver.findElements(
      By.css('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).catch(() => []);
    if (open.length) await driver.actions().sendKeys(Key.ESCAPE).perform().catch(() => {});
    await driver.sleep(300);
  }
  await screenshot(driver, `zz-could-not-choose-${Date.now()}`).catch(() => {});
  throw new Error(`could not choose ${optionLocator} in ${selectLocator}: ${last?.message ?? 'not taken'}`);
}

export async function screenshot(driver, name) {
  trace('screenshot', name);
  const png = await driver.takeScreenshot();
  writeFileSync(path.join(artifacts, `${name}.png`), png, 'base64');
}

/** The password of the demo's accounts (admin, qiantai, weizy, wuye-huayuan, huiyi). */
export const DEMO_PASSWORD = 'demo1234';

/** The text input (or textarea) of a field, whether the test id sits on it or around it. */
export const fieldOf = (testId) => By.css([
  `input[data-testid="${testId}"]`, `[data-testid="${testId}"] input`,
  `textarea[data-testid="${testId}"]`, `[data-testid="${testId}"] textarea`,
].join(', '));

/** Types into a field, starting over if a re-render replaces it midway (a stale element). */
export async function typeInto(driver, testId, value, { clear = true, enter = false, tab = false } = {}) {
  let last;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      const el = await waitFor(driver, fieldOf(testId));
      await el.click();
      if (clear) {
        await el.sendKeys(Key.CONTROL, 'a');
        await el.sendKeys(Key.BACK_SPACE);
      }
      await el.sendKeys(value, ...(enter ? [Key.ENTER] : []), ...(tab ? [Key.TAB] : []));
      return;
    } catch (e) {
      last = e;
      await driver.sleep(300);
    }
  }
  throw last;
}

/** Types a date into an antd DatePicker and checks it took; a slow machine can drop keys.
 * `tab` leaves the field with Tab instead of Enter, for forms that Enter would submit. */
export async function typeDate(driver, testId, value, { tab = false } = {}) {
  await driver.wait(async () => {
    try {
      await typeInto(driver, testId, value, { enter: !tab, tab });
      await driver.sleep(200);
      return (await driver.findElement(fieldOf(testId)).getAttribute('value')) === value;
    } catch {
      return false;
    }
  }, 20_000, `the date ${value} is typed into ${testId}`);
}

/**
 * Submits the case intake form and waits for the new case's page. The form may first suggest
 * possible duplicates (the demo has open cases of most kinds): the person goes on, saving anyway.
 */
export async function submitCase(driver, what = 'the case is saved and its detail opens') {
  await click(driver, byTestId('case-submit'));
  await poll(driver, async () => {
    if ((await driver.findElements(byTestId('page-case'))).length) return true;
    const goOn = await driver.findElements(byTestId('case-save-anyway'));
    if (goOn.length) await goOn[0].click().catch(() => {});
    return false;
  }, 20_000, what);
}

/** Signs in on the sign-in screen (password or PIN) and waits for the main layout. */
export async function signIn(driver, login, secret = DEMO_PASSWORD, { expectMain = true } = {}) {
  await typeInto(driver, 'signin-login', login);
  await typeInto(driver, 'signin-secret', secret);
  await click(driver, byTestId('signin-submit'));
  if (expectMain) await waitFor(driver, byTestId('workstation-name'));
}

/** Fills the first start's administrator form. */
export async function createAdmin(driver, { login = 'admin', name = '站长', password = 'a-strong-pass' } = {}) {
  await typeInto(driver, 'admin-login', login);
  await typeInto(driver, 'admin-name', name);
  await typeInto(driver, 'admin-password', password);
  await typeInto(driver, 'admin-password2', password);
  await click(driver, byTestId('admin-submit'));
}
