// End-to-end: a case from intake with a photo through two persuasions, a failed and a passed
// re-check and the follow-up, then found again with a two-character search; list, detail and
// slip screenshots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  poll, binary, byTestId, By, choose, click, closeApp, Key, newDataDir, openApp, screenshot, signIn, startDriver,
  stopDriver, submitCase, typeDate, typeInto, waitFor, waitForText,
} from './harness.mjs';

// A real 1×1 PNG, as a phone photo would be a real JPEG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64');

const option = (text) => By.xpath(
  `//div[contains(@class,'ant-select-item-option') and not(contains(@class,'disabled')) and contains(., '${text}')]`);

const typeIn = (driver, testId, text) => typeInto(driver, testId, text, { clear: false });

/** Opens a step's modal from the detail, fills it with `fill`, submits and waits for it to close. */
async function step(driver, name, fill = async () => {}) {
  await click(driver, byTestId(`case-step-${name}`));
  await waitFor(driver, byTestId('step-form'));
  await fill();
  await click(driver, byTestId('step-submit'));
  await poll(driver, async () => {
    const forms = await driver.findElements(byTestId('step-form'));
    return forms.length === 0 || !(await forms[0].isDisplayed().catch(() => false));
  }, 15_000, `the ${name} step is saved`);
  await driver.sleep(400); // the modal fades; the next click must land on the page
}

describe('cases in the window', { timeout: 400_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('intake with a photo → assign → persuade twice → re-check fails, passes → follow-up → 2-character search', async () => {
    const dir = newDataDir('cases');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const photo = path.join(dir, 'photo.png');
    writeFileSync(photo, PNG);
    const driver = await openApp(dir);
    try {
      await signIn(driver, 'qiantai');
      await click(driver, byTestId('nav-cases'));
      await waitForText(driver, byTestId('case-table'), '融昌花园电梯维保报价纠纷');
      await screenshot(driver, '40-case-list');

      await click(driver, byTestId('case-new'));
      await waitFor(driver, byTestId('case-form'));
      // Each choice is checked on the field: on a busy machine a click can land on a fading list.
      // (A searchable select puts its test id on its input: read the whole select's text.)
      const shows = (testId, text) => async () => String(await driver.executeScript(
        "return arguments[0].closest('.ant-select').innerText", await driver.findElement(byTestId(testId)))
        .catch(() => '')).includes(text);
      await choose(driver, byTestId('case-category'), option('占用消防通道'),
        { type: '消防', done: shows('case-category', '占用消防通道') });
      await choose(driver, byTestId('case-community'), option('花园社区'),
        { done: shows('case-community', '花园社区') });
      await typeIn(driver, 'case-title', '花园小区5幢楼道堆放杂物堵塞消防通道');
      await typeIn(driver, 'case-address', '花园小区5幢2单元');
      await typeIn(driver, 'case-description', '楼道内堆放旧家具和纸箱，居民担心火灾隐患。');
      // The file input is hidden behind a button; WebDriver types the path into it directly.
      const file = await driver.findElement(By.css('input[type="file"][data-testid="case-photos"]'));
      await driver.executeScript('arguments[0].style.display = "block";', file);
      await file.sendKeys(photo);
      await screenshot(driver, '41-case-intake');
      // Duplicates may be suggested (the demo has an open fire-lane case in Huayuan): go on.
      await submitCase(driver);
      await waitForText(driver, byTestId('page-case'), '花园小区5幢楼道堆放杂物');

      await step(driver, 'assign', async () => {
        await choose(driver, byTestId('step-assignee'), option('韩怡莉'), { type: '韩怡莉' });
      });
      const tomorrow = new Date(Date.now() + 86_400_000);
      const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
      for (const note of ['第一次上门劝导，住户答应清理', '第二次劝导，联系物业协助清运']) {
        await step(driver, 'persuade', async () => {
          await typeDate(driver, 'step-promised-date', day, { tab: true });
          await typeIn(driver, 'step-note', note);
        });
      }
      await step(driver, 'report_rectified');
      await step(driver, 'recheck_fail', async () => typeIn(driver, 'step-note', '复查时楼道仍有纸箱'));
      await step(driver, 'report_rectified');
      await step(driver, 'recheck_pass');
      await step(driver, 'follow_up', async () => {
        await click(driver, By.xpath("//*[@data-testid='step-satisfaction']//label[.//span[normalize-space(.)='满意']]"));
      });
      await waitForText(driver, byTestId('page-case'), '已结案');
      await screenshot(driver, '42-case-detail-closed');

      await click(driver, byTestId('case-print'));
      await waitForText(driver, byTestId('case-slip'), '花园小区5幢楼道堆放杂物');
      await screenshot(driver, '43-case-slip');

      await click(driver, byTestId('nav-cases'));
      await typeInto(driver, 'case-search', '杂物', { enter: true });
      await waitForText(driver, byTestId('case-table'), '花园小区5幢楼道堆放杂物');
      // The full list shows first; the search result replaces it after the debounce.
      await poll(driver, async () => (await driver.findElements(By.css('[data-testid^="case-row-"]'))).length === 1,
        15_000, 'the two-character search finds exactly this case');
      await screenshot(driver, '44-case-search');

      // The register's orders: oldest first puts a story case on top; "recently worked on"
      // puts back the case just closed here.
      await typeInto(driver, 'case-search', '', { enter: true });
      const firstRow = async () => (await driver.findElement(By.xpath("(//*[starts-with(@data-testid,'case-row-')])[1]")).getText());
      const sortBy = async (label, isFirst, what) => {
        await choose(driver, byTestId('case-sort'), option(label));
        await poll(driver, async () => {
          const rows = await driver.findElements(By.css('[data-testid^="case-row-"]'));
          return rows.length > 1 && isFirst(await firstRow().catch(() => ''));
        }, 15_000, what);
      };
      await sortBy('最早登记在前', (row) => !row.includes('花园小区5幢楼道堆放杂物'), 'oldest first: a story case on top');
      await sortBy('最近办理在前', (row) => row.includes('花园小区5幢楼道堆放杂物'), 'the case worked on last on top');
      await screenshot(driver, '45-case-list-recently-worked');
    } finally {
      await closeApp(driver);
    }
    const out = execFileSync(binary, ['--data-dir', dir, 'export', 'cases', `${dir}/register.csv`,
      '--from', '2000-01-01', '--to', '2100-01-01'], { encoding: 'utf8' });
    // The demo's 13 story cases (every workflow stage), 3 that desk visits became, and this one.
    assert.match(out, /exported 17 cases/, out);
  });
});
