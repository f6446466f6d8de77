// End-to-end: backups in Settings and the restore offered when the store is damaged at start.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  poll, binary, byTestId, By, closeApp, newDataDir, openApp, screenshot, signIn, startDriver, stopDriver, waitFor,
  waitForText,
} from './harness.mjs';

const cli = (dir, ...args) => execFileSync(binary, ['--data-dir', dir, ...args], { encoding: 'utf8' });

/** Rows of a table, read by an independent reader (Python's sqlite3), not through the app. */
const countRows = (dir, table) => Number(execFileSync('python3', ['-c', `import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT count(*) FROM ${table}").fetchone()[0])`,
path.join(dir, 'workstation.sqlite3')], { encoding: 'utf8' }).trim());

async function rowCount(driver, prefix) {
  return (await driver.findElements(By.css(`[data-testid^="${prefix}"]`))).length;
}

describe('backups in the window', { timeout: 300_000 }, () => {
  before(async () => {
    assert.ok(existsSync(binary), `app binary missing at ${binary}: build it first (make build-debug)`);
    await startDriver();
  });
  after(() => stopDriver());

  it('backs up now, then a restore in Settings brings back exactly the cases of that moment', async () => {
    const dir = newDataDir('backup');
    cli(dir, 'demo');
    const driver = await openApp(dir);
    try {
      await signIn(driver, 'admin');
      await (await waitFor(driver, byTestId('nav-settings'))).click();
      // The window's start wrote the day's automatic backup: it is listed once the list loaded.
      await waitFor(driver, byTestId('backup-row-0'));
      const before = await rowCount(driver, 'backup-row-');
      await (await waitFor(driver, byTestId('backup-now'))).click();
      await poll(driver, async () => (await rowCount(driver, 'backup-row-')) === before + 1, 15_000, 'the new backup is listed');
      const row = await (await waitFor(driver, byTestId('backup-row-0'))).getText();
      assert.match(row, /手动备份/, 'the newest row is the manual backup');
      const cases = countRows(dir, 'cases');
      assert.match(row, new RegExp(`${cases}`), 'the row shows the case count');
      await driver.executeScript("document.querySelector('[data-testid=\"backup-table\"]').scrollIntoView()");
      await screenshot(driver, '70-backups-listed');

      // The CLI writes beside the open window: 40 more cases after the backup.
      cli(dir, 'demo', '--cases', '40');
      assert.equal(countRows(dir, 'cases'), cases + 40);

      await (await waitFor(driver, byTestId('backup-restore-0'))).click();
      const modal = await waitFor(driver, byTestId('backup-restore-modal'));
      assert.match(await modal.getText(), new RegExp(`${cases}`), 'the counts are shown before restoring');
      await screenshot(driver, '71-restore-confirm');
      await (await waitFor(driver, byTestId('backup-restore-confirm'))).click();
      await waitFor(driver, byTestId('signin-login'), 30_000);
      // The settings page that restored is gone: the sign-in screen says what happened.
      await waitForText(driver, byTestId('signin-notice'), '已恢复');
      await screenshot(driver, '72-restored-signin');
      assert.equal(countRows(dir, 'cases'), cases, 'exactly the cases of the backup');
      await signIn(driver, 'admin');
      await waitForText(driver, byTestId('workstation-name'), '碧湖街道城管社区工作站');
    } finally {
      await closeApp(driver);
    }
    const listed = cli(dir, 'backups');
    assert.match(listed, /before-restore-/, 'the replaced data was kept as a backup');
  });

  it('a damaged store at start offers the newest good backup and opens after restoring it', async () => {
    const dir = newDataDir('damaged');
    cli(dir, 'demo');
    cli(dir, 'backup');
    const cases = countRows(dir, 'cases');
    const file = path.join(dir, 'workstation.sqlite3');
    const bytes = readFileSync(file);
    // Noise over everything after the first pages, as a failing disk would leave it.
    for (let i = 8192; i < bytes.length - 4096; i += 1) bytes[i] = (i * 31) % 251;
    writeFileSync(file, bytes);

    const driver = await openApp(dir);
    try {
      await waitFor(driver, byTestId('startup-failed'));
      const offer = await waitFor(driver, byTestId('startup-backups'));
      await poll(driver, async () => /最新的可用备份/.test(await offer.getText()), 15_000, 'the newest good backup is offered');
      await screenshot(driver, '73-damaged-offers-backup');
      await (await waitFor(driver, byTestId('startup-restore-0'))).click();
      await (await waitFor(driver, byTestId('startup-restore-confirm'))).click();
      await waitFor(driver, byTestId('signin-login'), 30_000);
      await waitForText(driver, byTestId('signin-notice'), '已恢复');
      await signIn(driver, 'admin');
      await waitForText(driver, byTestId('workstation-name'), '碧湖街道城管社区工作站');
      await screenshot(driver, '74-restored-at-start');
    } finally {
      await closeApp(driver);
    }
    assert.equal(countRows(dir, 'cases'), cases, 'the backup came back whole');
    assert.match(cli(dir, 'backups'), /before-restore-/, 'the damaged file was kept');
    assert.match(cli(dir, 'check'), /ok/);
  });
});
