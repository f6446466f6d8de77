// End-to-end: build a grid's 2+N roster by hand in the real window and watch its gaps.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  poll, binary, byTestId, By, click, closeApp, newDataDir, openApp, screenshot, signIn, startDriver, stopDriver,
  waitFor, waitForText,
} from './harness.mjs';

async function pickRole(driver, role) {
  await (await waitFor(driver, byTestId('member-role'))).click();
  const option = await waitFor(driver, By.xpath(
    `//div[contains(@class,'ant-select-item-option-content')]/span[normalize-space(text()[1])='${role}']`));
  await option.click();
}

async function addMember(driver, gridId, { name, phone, role }) {
  await (await waitFor(driver, byTestId(`member-add-${gridId}`))).click();
  await (await waitFor(driver, byTestId('member-name'))).sendKeys(name);
  if (phone) await (await waitFor(driver, byTestId('member-phone'))).sendKeys(phone);
  await pickRole(driver, role);
  await (await waitFor(driver, byTestId('member-submit'))).click();
  // The modal closes and the member shows on the grid card.
  await waitForText(driver, byTestId(`grid-${gridId}`), name);
  await poll(driver, async () => {
    try {
      const forms = await driver.findElements(byTestId('member-form'));
      return forms.length === 0 || !(await forms[0].isDisplayed());
    } catch {
      return false;
    }
  }, 10_000, 'the add-member dialog closes');
}

async function gapText(driver, gridId) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const found = await driver.findElements(byTestId(`grid-gaps-${gridId}`));
      return found.length ? await found[0].getText() : '';
    } catch {
      await driver.sleep(200); // re-rendered while reading
    }
  }
  throw new Error(`could not read the gaps of grid ${gridId}`);
}

describe('roster in the window', { timeout: 300_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('a grid gets its 2 core members and N forces; gaps appear and disappear; the wall board prints', async () => {
    const dir = newDataDir('roster');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const driver = await openApp(dir);
    try {
      await signIn(driver, 'admin');
      await waitFor(driver, byTestId('workstation-name'));
      await (await waitFor(driver, byTestId('nav-roster'))).click();
      await waitFor(driver, byTestId('page-roster'));
      await waitForText(driver, byTestId('page-roster'), '韩怡莉');
      await screenshot(driver, '10-roster-demo');

      await (await waitFor(driver, byTestId('grid-add'))).click();
      await waitFor(driver, byTestId('grid-form'));
      await (await waitFor(driver, byTestId('grid-community'))).click();
      await (await waitFor(driver, By.xpath(
        "//div[contains(@class,'ant-select-item-option') and @title='花园社区']"))).click();
      await (await waitFor(driver, byTestId('grid-name'))).sendKeys('花园四网格');
      await (await waitFor(driver, byTestId('grid-submit'))).click();
      const card = await waitFor(driver, By.xpath(
        "//*[starts-with(@data-testid,'grid-') and contains(., '花园四网格') and .//*[starts-with(@data-testid,'member-add-')]]"));
      const gridId = (await card.getAttribute('data-testid')).replace('grid-', '');
      assert.match(gridId, /^\d+$/, 'the new grid card carries its id');
      let gaps = await gapText(driver, gridId);
      assert.ok(gaps.includes('网格长') && gaps.includes('专职网格员'), `a new grid misses both core roles: ${gaps}`);

      await addMember(driver, gridId, { name: '张海燕', phone: '13805969901', role: '网格长' });
      gaps = await gapText(driver, gridId);
      assert.ok(!gaps.includes('网格长') || gaps.includes('专职网格员'), `grid leader filled: ${gaps}`);
      assert.ok(gaps.includes('专职网格员'), `the full-time grid worker is still missing: ${gaps}`);
      await screenshot(driver, '11-roster-gap');

      await addMember(driver, gridId, { name: '刘晓峰', phone: '13905969902', role: '专职网格员' });
      await poll(driver, async () => (await gapText(driver, gridId)) === '', 10_000,
        'both core roles held: the grid has no gap left');
      await addMember(driver, gridId, { name: '苏振东', phone: '13606963188', role: '城管队员' });
      await addMember(driver, gridId, { name: '陈立新', phone: '0596-2961199', role: '物业' });
      assert.equal(await gapText(driver, gridId), '', 'N forces with phones add no gap');
      await screenshot(driver, '12-roster-filled');

      await (await waitFor(driver, byTestId('roster-search'))).sendKeys('海燕');
      await waitForText(driver, byTestId('page-roster'), '张海燕');
      await poll(driver, async () => {
        try {
          return !(await (await driver.findElement(byTestId('page-roster'))).getText()).includes('韩怡莉');
        } catch {
          return false;
        }
      }, 10_000, 'the search hides members that do not match');
      await screenshot(driver, '13-roster-search');

      // With every community shown, the board button asks which community to print.
      // A click during the menu's opening animation can miss on a loaded machine: try again.
      for (let attempt = 1; ; attempt += 1) {
        await click(driver, byTestId('board-open'));
        await new Promise((r) => setTimeout(r, 350));
        await click(driver, By.xpath("//*[starts-with(@data-testid,'board-open-') and contains(., '花园社区')]"));
        try {
          await waitForText(driver, byTestId('board-title'), '花园社区', 8_000);
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          await screenshot(driver, `zz-board-open-retry-${attempt}`);
        }
      }
      await waitForText(driver, byTestId('page-board'), '张海燕');
      await screenshot(driver, '14-wall-board-portrait');
      await (await waitFor(driver, byTestId('board-landscape'))).click();
      await screenshot(driver, '15-wall-board-landscape');
    } finally {
      await closeApp(driver);
    }
    const stats = JSON.parse(execFileSync(binary, ['--data-dir', dir, 'stats', '--json'], { encoding: 'utf8' }));
    assert.equal(stats.grids, 9, 'the new grid is in the store');
  });
});
