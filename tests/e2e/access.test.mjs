// End-to-end: operators at the shared desk PC — a wrong password is refused, the desk works
// within its role, the lock holds, a property manager sees nothing of the staff's data, the
// administrator verifies the audit trail, and a hand-edited database is caught by the CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  poll, binary, byTestId, By, click, closeApp, newDataDir, openApp, screenshot, signIn, startDriver, stopDriver,
  waitFor, waitForText,
} from './harness.mjs';

async function navKeys(driver) {
  const items = await driver.findElements(By.css('[data-testid^="nav-"]'));
  return Promise.all(items.map(async (i) => (await i.getAttribute('data-testid')).slice(4)));
}

async function signOut(driver) {
  await click(driver, byTestId('operator-name'));
  await click(driver, byTestId('sign-out'));
  await waitFor(driver, byTestId('signin-login'));
}

describe('operators and the audit trail in the window', { timeout: 300_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('desk, lock, property manager, administrator; audit verify catches a hand edit', async () => {
    const dir = newDataDir('access');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const driver = await openApp(dir);
    try {
      await waitFor(driver, byTestId('signin-demo-hint'));
      await signIn(driver, 'qiantai', 'wrong-password', { expectMain: false });
      await waitForText(driver, byTestId('signin-error'), '密码');
      await screenshot(driver, '30-signin-refused');

      // The desk reads the roster and the duty schedule but may not change the roster.
      await signIn(driver, 'qiantai');
      await waitForText(driver, byTestId('operator-name'), '林晓燕');
      assert.deepEqual((await navKeys(driver)).filter((k) => ['roster', 'duty', 'settings'].includes(k)),
        ['roster', 'duty', 'settings']);
      await click(driver, byTestId('nav-roster'));
      await waitForText(driver, byTestId('page-roster'), '韩怡莉');
      assert.equal((await driver.findElements(byTestId('roster-import'))).length, 0, 'no import for the desk');
      await screenshot(driver, '31-desk-roster');

      // Locking hides everything until the same operator proves it is them.
      await click(driver, byTestId('lock-button'));
      await waitFor(driver, byTestId('lock-screen'));
      assert.equal((await driver.findElements(byTestId('page-roster'))).length, 0, 'nothing shows behind the lock');
      await screenshot(driver, '32-locked');
      const unlock = await waitFor(driver, By.css('input[data-testid="unlock-secret"], [data-testid="unlock-secret"] input'));
      await unlock.sendKeys('demo1234');
      await click(driver, byTestId('unlock-submit'));
      await waitFor(driver, byTestId('page-roster'));
      await signOut(driver);

      // A property manager of 花园社区 reaches no staff data: no roster, no duty.
      await signIn(driver, 'wuye-huayuan');
      const pmNav = await navKeys(driver);
      assert.ok(!pmNav.includes('roster') && !pmNav.includes('duty'), `property manager nav: ${pmNav}`);
      await waitFor(driver, byTestId('page-today'));
      await screenshot(driver, '33-property-manager-today');
      // Their cases: 花园社区's only, and reporters masked.
      await click(driver, byTestId('nav-cases'));
      await waitForText(driver, byTestId('case-table'), '花园小区3幢楼道电动车堵塞消防通道');
      const table = await (await waitFor(driver, byTestId('case-table'))).getText();
      assert.ok(!table.includes('仁和') && !table.includes('融昌'), 'no other community\'s case');
      assert.equal((await driver.findElements(byTestId('case-new'))).length, 0, 'no intake for them');
      await screenshot(driver, '35-property-manager-cases');
      await signOut(driver);

      // The administrator sees the accounts and verifies the chain.
      await signIn(driver, 'admin');
      await click(driver, byTestId('nav-settings'));
      await waitForText(driver, byTestId('operators-section'), 'wuye-huayuan');
      // Settings fills in section by section (the backup list loads above the audit trail): a
      // click while the page still moves can land beside the button, so wait for the last
      // section, and click again if no answer came.
      await waitForText(driver, byTestId('audit-table'), 'qiantai');
      await waitFor(driver, byTestId('backup-row-0'));
      await poll(driver, async () => {
        await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', await driver.findElement(byTestId('audit-verify')));
        await click(driver, byTestId('audit-verify'));
        return waitFor(driver, byTestId('audit-verify-result'), 8_000).then(() => true, () => false);
      }, 30_000, 'the chain is verified on request');
      await screenshot(driver, '34-admin-operators-audit');
    } catch (e) {
      await screenshot(driver, 'zz-access-failed').catch(() => {});
      throw e;
    } finally {
      await closeApp(driver);
    }

    const ok = spawnSync(binary, ['--data-dir', dir, 'audit', 'verify'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, `the untouched chain verifies: ${ok.stderr}`);
    // Edit one record by hand, as someone with the file and a SQLite tool could.
    execFileSync('python3', ['-c', `import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE change_log SET actor='x' WHERE id=5"); c.commit()`,
    `${dir}/workstation.sqlite3`]);
    const broken = spawnSync(binary, ['--data-dir', dir, 'audit', 'verify'], { encoding: 'utf8' });
    assert.equal(broken.status, 1, 'a hand edit fails the check');
    assert.match(broken.stderr, /record 5/, broken.stderr);
  });
});
