// End-to-end: the real app window, driven through WebDriver, over a real SQLite file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  binary, byTestId, By, choose, closeApp, createAdmin, newDataDir, openApp, screenshot, signIn, startDriver,
  stopDriver, waitFor, waitForText,
} from './harness.mjs';

const AREAS = ['today', 'roster', 'duty', 'cases', 'merchants', 'meetings', 'reports', 'settings'];

async function pickLanguage(driver, label) {
  await choose(driver, byTestId('language-select'), By.xpath(
    `//div[contains(@class,'ant-select-item-option') and @title='${label}']`));
}

describe('community workstation window', { timeout: 300_000 }, () => {
  before(async () => {
    assert.ok(existsSync(binary), `app binary missing at ${binary}: build it first (make build-debug)`);
    await startDriver();
  });
  after(() => stopDriver());

  it('first start → demo → every area → English → restart keeps data and language', async () => {
    const dir = newDataDir('demo');
    const started = Date.now();
    let driver = await openApp(dir);
    try {
      await waitFor(driver, byTestId('admin-login'));
      // Reported in docs/PERFORMANCE.md: from asking for the window to its first screen.
      console.log(`e2e: window start to first screen ${Date.now() - started} ms`);
      await screenshot(driver, '00-create-admin');
      await createAdmin(driver, { password: 'zhanzhang-2026' });
      await waitFor(driver, byTestId('setup-demo'));
      await screenshot(driver, '01-first-start');
      await (await waitFor(driver, byTestId('setup-demo'))).click();
      await waitForText(driver, byTestId('workstation-name'), '碧湖街道城管社区工作站');
      for (const [i, area] of AREAS.entries()) {
        await (await waitFor(driver, byTestId(`nav-${area}`))).click();
        await waitFor(driver, byTestId(`page-${area}`));
        await screenshot(driver, `02-${i}-${area}-zh`);
      }
      const today = await (await waitFor(driver, byTestId('nav-today'))).getText();
      assert.equal(today, '工作台', 'the navigation is in Chinese by default');

      // A second start on the same machine hands over to the running window and exits.
      const second = spawnSync(binary, ['--data-dir', dir], { timeout: 20_000, encoding: 'utf8' });
      assert.equal(second.status, 0, `the second copy exits cleanly (signal ${second.signal})`);
      await waitForText(driver, byTestId('workstation-name'), '碧湖街道城管社区工作站');

      await (await waitFor(driver, byTestId('nav-settings'))).click();
      await pickLanguage(driver, 'English');
      await waitForText(driver, byTestId('nav-today'), 'Today');
      await screenshot(driver, '03-settings-en');
    } finally {
      await closeApp(driver);
    }

    driver = await openApp(dir);
    try {
      // A restart asks who is working; the language chosen before is kept.
      await waitFor(driver, byTestId('signin-login'));
      await screenshot(driver, '04-signin-en');
      await signIn(driver, 'admin', 'zhanzhang-2026');
      await waitForText(driver, byTestId('workstation-name'), '碧湖街道城管社区工作站');
      await waitForText(driver, byTestId('nav-today'), 'Today');
      await (await waitFor(driver, byTestId('nav-today'))).click();
      const page = await (await waitFor(driver, byTestId('page-today'))).getText();
      for (const community of ['花园社区', '仁和社区', '融昌社区']) {
        assert.ok(page.includes(community), `Today lists ${community} after a restart`);
      }
      await screenshot(driver, '04-restart-en-today');
      await (await waitFor(driver, byTestId('nav-settings'))).click();
      await pickLanguage(driver, '简体中文');
      await waitForText(driver, byTestId('nav-today'), '工作台');
    } finally {
      await closeApp(driver);
    }

    const stats = JSON.parse(execFileSync(binary, ['--data-dir', dir, 'stats', '--json'], { encoding: 'utf8' }));
    assert.equal(stats.communities, 3, 'the CLI reads the same store the window wrote');
  });

  it('a new workstation: empty form is refused, a filled one opens the main layout', async () => {
    const dir = newDataDir('new');
    const driver = await openApp(dir);
    try {
      await waitFor(driver, byTestId('admin-login'));
      await createAdmin(driver, { login: 'ab', password: 'short' });
      await waitFor(driver, By.css('.ant-form-item-explain-error'));
      await screenshot(driver, '05-admin-errors');
      await createAdmin(driver, { login: 'zhangwei', name: '张伟', password: 'zhangwei-2026' });
      await (await waitFor(driver, byTestId('setup-new'))).click();
      await (await waitFor(driver, byTestId('setup-submit'))).click();
      await waitFor(driver, By.css('.ant-form-item-explain-error'));
      await screenshot(driver, '05-setup-errors');
      const fill = async (id, value) => (await waitFor(driver, By.id(id))).sendKeys(value);
      await fill('name', '东铺头街道城管社区工作站');
      await fill('street', '东铺头街道');
      await fill('district', '芗城区');
      await fill('phone', '0596-2880123');
      await (await waitFor(driver, byTestId('setup-community-0'))).sendKeys('大同社区');
      await (await waitFor(driver, byTestId('setup-submit'))).click();
      await waitForText(driver, byTestId('workstation-name'), '东铺头街道城管社区工作站');
      await screenshot(driver, '06-new-workstation');
    } finally {
      await closeApp(driver);
    }
  });

  it('a damaged database gets a clear screen and is not overwritten', async () => {
    const dir = newDataDir('corrupt');
    const junk = Buffer.from('这不是数据库'.repeat(400));
    const file = path.join(dir, 'workstation.sqlite3');
    writeFileSync(file, junk);
    const driver = await openApp(dir);
    try {
      const screen = await waitFor(driver, byTestId('startup-failed'));
      const text = await screen.getText();
      assert.ok(text.includes(dir), 'the screen names the data folder');
      await screenshot(driver, '07-corrupt');
    } finally {
      await closeApp(driver);
    }
    const { readFileSync } = await import('node:fs');
    assert.deepEqual(readFileSync(file), junk, 'the damaged file is left as it was');
  });
});
