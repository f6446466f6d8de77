// End-to-end: the window drawn as users get it. The app turns WebKit's GL compositing off on
// Linux; the rest of the suite drives it with compositing on because WebKitWebDriver's
// screenshots hang without it (harness.mjs, startDriver). This file takes no screenshots and
// walks the desk's main paths in the shipped mode: sign-in, Today, a pop-up form, search, a case,
// the operator menu and the pages that hung the screenshots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  binary, byTestId, By, click, closeApp, Key, newDataDir, openApp, poll, signIn, startDriver, stopDriver,
  typeInto, waitFor, waitForText,
} from './harness.mjs';

/** The environment of the window's WebKit web process, which inherits the app's. */
function webProcessEnv() {
  const pid = execFileSync('pgrep', ['-n', '-f', 'WebKitWebProcess'], { encoding: 'utf8' }).trim();
  return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
}

describe('the window as users get it (no GL compositing)', { timeout: 300_000 }, () => {
  before(async () => {
    await startDriver({ drawing: 'as-shipped' });
  });
  after(() => stopDriver());

  it('signs in, fills Today, opens and closes a form, finds and opens a case', async () => {
    const dir = newDataDir('drawing');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const driver = await openApp(dir);
    try {
      await waitFor(driver, byTestId('signin-demo-hint'));
      assert.ok(webProcessEnv().includes('WEBKIT_DISABLE_COMPOSITING_MODE=1'), 'the window draws without GL compositing');
      await signIn(driver, 'qiantai');
      await waitFor(driver, byTestId('page-today'));
      await waitFor(driver, byTestId('today-panel-red'));

      // A pop-up form from anywhere (Ctrl+N), then Escape.
      await driver.actions().keyDown(Key.CONTROL).sendKeys('n').keyUp(Key.CONTROL).perform();
      await click(driver, byTestId('quick-intake-visit'));
      await waitFor(driver, byTestId('visit-form'));
      await driver.actions().sendKeys(Key.ESCAPE).perform();
      await poll(driver, async () => {
        const found = await driver.findElements(byTestId('visit-form'));
        return found.length === 0 || !(await found[0].isDisplayed().catch(() => false));
      }, 10_000, 'Escape closes the form');

      // Search the register with two characters and open the e-bike case.
      await click(driver, byTestId('nav-cases'));
      await typeInto(driver, 'case-search', '电动', { enter: true });
      await click(driver, By.xpath("//a[contains(., '电动车')]"), 20_000);
      await waitForText(driver, byTestId('page-case'), '电动车');

      // The static pages whose screenshots hung; then the operator menu signs out.
      for (const area of ['merchants', 'reports', 'meetings']) {
        await click(driver, byTestId(`nav-${area}`));
        await waitFor(driver, byTestId(`page-${area}`));
      }
      await click(driver, byTestId('operator-name'));
      await click(driver, byTestId('sign-out'));
      await waitFor(driver, byTestId('signin-login'));
    } finally {
      await closeApp(driver);
    }
  });
});
