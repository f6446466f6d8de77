// End-to-end: a morning at the Huayuan desk. A visit handled on the spot, a second one (opened
// with Ctrl+N) that becomes a case, both on Today, then the handoff drafted, signed and printed.
// Then the whole day: three visits (one becomes a case), an officer who arrives late, a
// case that is past its deadline, read on Today and in the printed handoff.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  poll, binary, byTestId, By, choose, click, closeApp, Key, newDataDir, openApp, screenshot, signIn, startDriver,
  stopDriver, submitCase, typeDate, typeInto, waitFor, waitForText,
} from './harness.mjs';

const option = (text) => By.xpath(
  `//div[contains(@class,'ant-select-item-option') and not(contains(@class,'disabled')) and contains(., '${text}')]`);

/** antd keeps the radio's input invisible; its label is what a person clicks. */
const handling = (value) => By.xpath(`//label[.//input[@data-testid='visit-handling-${value}']]`);

/**
 * Today's rows cut long topics with an ellipsis, and WebKitWebDriver's visible text leaves
 * such text out: read the DOM's text instead.
 */
async function hasText(driver, testId, text) {
  await poll(driver, async () => {
    const found = await driver.findElements(byTestId(testId));
    return found.length > 0 && (await found[0].getAttribute('textContent')).includes(text);
  }, 15_000, `expected "${text}" in ${testId}`);
}

/** The local date as the app writes it, `days` from today. */
function localDay(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The number in a Today panel's title, "已超期（红灯） 12". */
async function panelCount(driver, testId) {
  const title = await driver.findElement(byTestId(`${testId}-title`)).getAttribute('textContent');
  const numbers = title.match(/\d[\d,]*/g);
  assert.ok(numbers, `a count in "${title}"`);
  return Number(numbers[numbers.length - 1].replace(/,/g, ''));
}

/**
 * The demo seeds one visit handled on the spot at 08:50 today (this PC's clock, which the app
 * and the tests share) once that time has passed: the handoff's counts depend on it.
 */
function demoVisitsToday() {
  const now = new Date();
  return now.getHours() * 60 + now.getMinutes() >= 8 * 60 + 50 ? 1 : 0;
}

/** Opens the handoff and returns the draft the app wrote for today. */
async function handoffDraft(driver) {
  await click(driver, byTestId('nav-worklog'));
  const text = await waitFor(driver, byTestId('worklog-text'));
  await poll(driver, async () => /当场办理/.test(await text.getAttribute('value')), 15_000, 'a draft is written');
  return text.getAttribute('value');
}

/** Signs the day's work log off and opens its printable page. */
async function signAndPrint(driver, signedShot) {
  await click(driver, byTestId('worklog-sign'));
  await click(driver, byTestId('worklog-sign-ok'));
  await waitFor(driver, byTestId('worklog-signed'));
  if (signedShot) await screenshot(driver, signedShot);
  await click(driver, byTestId('worklog-print'));
  await waitForText(driver, By.css('body'), '工作日志');
}

async function gone(driver, testId, what) {
  await poll(driver, async () => {
    const found = await driver.findElements(byTestId(testId));
    return found.length === 0 || !(await found[0].isDisplayed().catch(() => false));
  }, 15_000, what);
  await driver.sleep(400); // the modal fades; the next click must land on the page
}

describe('the front desk in the window', { timeout: 400_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('logs a visit on the spot and one that becomes a case, sees both on Today, signs the handoff', async () => {
    const dir = newDataDir('desk');
    const demoVisit = demoVisitsToday();
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const driver = await openApp(dir);
    try {
      await signIn(driver, 'qiantai');
      await waitFor(driver, byTestId('page-today'));
      await waitFor(driver, byTestId('today-panel-red'));
      await screenshot(driver, '60-today');

      // 1. A walk-in answered at the desk.
      await click(driver, byTestId('today-new-visit'));
      await waitFor(driver, byTestId('visit-form'));
      await typeInto(driver, 'visit-visitor-name', '王秀兰');
      await typeInto(driver, 'visit-visitor-phone', '13906960001');
      await typeInto(driver, 'visit-topic', '询问装修垃圾临时堆放点在哪里');
      await click(driver, handling('on_spot'));
      await typeInto(driver, 'visit-outcome', '当场告知堆放点位置');
      await screenshot(driver, '61-visit-form');
      await click(driver, byTestId('visit-save'));
      await gone(driver, 'visit-form', 'the first visit is saved');

      // 2. A call that becomes a case, opened from anywhere with Ctrl+N.
      await driver.actions().keyDown(Key.CONTROL).sendKeys('n').keyUp(Key.CONTROL).perform();
      await click(driver, byTestId('quick-intake-visit'));
      await waitFor(driver, byTestId('visit-form'));
      await typeInto(driver, 'visit-visitor-name', '林国强');
      await choose(driver, byTestId('visit-community'), option('花园社区'));
      await typeInto(driver, 'visit-topic', '反映花园路8号门口流动摊贩占道经营');
      await click(driver, handling('passed_on'));
      await click(driver, byTestId('visit-make-case'));
      await click(driver, byTestId('visit-save'));
      await waitFor(driver, byTestId('visit-case-form'));
      await choose(driver, byTestId('case-category'), option('无照经营游商'), { type: '游商' });
      await screenshot(driver, '62-visit-to-case');
      await click(driver, byTestId('visit-case-submit'));
      await waitForText(driver, byTestId('page-case'), '流动摊贩', 20_000);

      // 3. Today shows both visits and the new case.
      const asked = Date.now();
      await click(driver, byTestId('nav-today'));
      await hasText(driver, 'today-panel-visits', '装修垃圾');
      // Recorded for docs/PERFORMANCE.md (the demo store; the 1M-case figure is the benchmark's).
      console.log(`Today painted ${Date.now() - asked} ms after the click`);
      await hasText(driver, 'today-panel-visits', '流动摊贩');
      await hasText(driver, 'today-panel-newest', '流动摊贩');
      await driver.executeScript('arguments[0].scrollIntoView()', await driver.findElement(byTestId('today-panel-visits')));
      await screenshot(driver, '63-today-after-visits');

      // 4. The visit log finds the call with a two-character search, masked.
      await click(driver, byTestId('nav-visits'));
      await typeInto(driver, 'visit-search', '摊贩', { enter: true });
      await poll(driver, async () => (await driver.findElements(By.css('[data-testid^="visit-row-"]:not([data-testid*="to-case"])'))).length === 1,
        15_000, 'the search finds exactly the call');
      const row = await driver.findElement(By.css('[data-testid^="visit-row-"]')).getText();
      assert.match(row, /林\*\*/, row);
      await screenshot(driver, '64-visit-log');

      // 5. The handoff: the draft counts today's visits; sign it off and print it.
      const draft = await handoffDraft(driver);
      // The two visits logged above (one on the spot, one that became a case) plus the demo's.
      assert.match(draft, new RegExp(`共${2 + demoVisit}人次`), draft);
      assert.match(draft, new RegExp(`当场办理${1 + demoVisit}人次`), draft);
      assert.match(draft, /转立案件1件/, draft);
      await screenshot(driver, '65-handoff-draft');
      await signAndPrint(driver, '66-handoff-signed');
      await screenshot(driver, '67-worklog-print');
    } finally {
      await closeApp(driver);
    }
    const day = localDay();
    const out = execFileSync(binary, ['--data-dir', dir, 'export', 'worklog', `${dir}/worklog.xlsx`,
      '--from', day, '--to', day], { encoding: 'utf8' });
    assert.match(out, /exported 1 work-log days/, out);
  });
  it('a day at the Huayuan desk: three visits, one a case; an officer late; a case red; Today and the printed handoff', async () => {
    const dir = newDataDir('day');
    const demoVisit = demoVisitsToday();
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const today = localDay();
    const weekday = ((new Date().getDay() + 6) % 7) + 1; // ISO: Monday 1 … Sunday 7
    const officer = '杨清音';
    let opened = 0;
    const driver = await openApp(dir);
    try {
      // The station head puts 杨清音 on a Huayuan duty that runs all of today (00:00–23:55),
      // whatever weekday and hour the test runs at: her arrival, marked now, is late. (Between
      // 23:55 and 00:01 there is no such duty; the test then fails on the unmarked list.)
      await signIn(driver, 'admin');
      await click(driver, byTestId('nav-duty'));
      await waitFor(driver, byTestId('duty-month'));
      await click(driver, byTestId('duty-rule-add'));
      await waitFor(driver, byTestId('duty-rule-form'));
      await choose(driver, byTestId('rule-community'), By.xpath("//div[contains(@class,'ant-select-item-option') and @title='花园社区']"));
      for (let d = 1; d <= 7; d += 1) {
        const box = await driver.findElement(byTestId(`rule-weekday-${d}`));
        const checked = await driver.executeScript('return arguments[0].checked', box);
        if (checked !== (d === weekday)) await driver.executeScript("arguments[0].closest('label').click()", box);
      }
      await typeInto(driver, 'rule-name', '花园社区 驻站值守');
      await typeDate(driver, 'rule-start', '00:00');
      await typeDate(driver, 'rule-end', '23:55');
      await choose(driver, byTestId('rule-member-search'), option(officer), {
        type: officer,
        done: async () => (await driver.findElement(byTestId('rule-members')).getText()).includes(officer),
      });
      await typeDate(driver, 'rule-start-date', today);
      await screenshot(driver, '90-day-duty-rule');
      await click(driver, byTestId('rule-submit'));
      await gone(driver, 'duty-rule-form', 'the rule is saved');
      await click(driver, byTestId('operator-name'));
      await click(driver, byTestId('sign-out'));

      // The front desk's day starts on Today: 杨清音 is on duty now and not marked yet.
      await signIn(driver, 'qiantai');
      await click(driver, byTestId('nav-today'));
      await waitFor(driver, byTestId('page-today'));
      await hasText(driver, 'today-duty-unmarked', officer);
      const redBefore = await panelCount(driver, 'today-panel-red');

      // Three visits: one answered on the spot, one told where to go, one that becomes a case.
      const visit = async (name, topic, how, outcome) => {
        await driver.actions().keyDown(Key.CONTROL).sendKeys('n').keyUp(Key.CONTROL).perform();
        await click(driver, byTestId('quick-intake-visit'));
        await waitFor(driver, byTestId('visit-form'));
        await typeInto(driver, 'visit-visitor-name', name);
        await typeInto(driver, 'visit-topic', topic);
        await click(driver, handling(how));
        if (outcome) await typeInto(driver, 'visit-outcome', outcome);
      };
      await visit('郑美玲', '询问电动车集中充电棚开放时间', 'on_spot', '告知充电棚每天6:00至23:00开放');
      await click(driver, byTestId('visit-save'));
      await gone(driver, 'visit-form', 'the first visit is saved');
      await visit('方建国', '咨询房屋产权证办理', 'told_path', '告知到不动产登记中心办理');
      await click(driver, byTestId('visit-save'));
      await gone(driver, 'visit-form', 'the second visit is saved');
      await visit('许志强', '反映花园小区3幢楼道有人飞线充电', 'passed_on');
      await choose(driver, byTestId('visit-community'), option('花园社区'));
      await click(driver, byTestId('visit-make-case'));
      await click(driver, byTestId('visit-save'));
      await waitFor(driver, byTestId('visit-case-form'));
      await choose(driver, byTestId('case-category'), option('飞线充电'), { type: '飞线' });
      await click(driver, byTestId('visit-case-submit'));
      await waitForText(driver, byTestId('page-case'), '飞线充电', 20_000);

      // 杨清音 comes in: the desk marks her arrival, after the duty's start.
      await click(driver, byTestId('nav-today'));
      const arrive = By.xpath(`//*[@data-testid='today-duty-unmarked']//div[contains(@class,'today-line')][span[normalize-space(.)='${officer}']]//button`);
      await click(driver, arrive);
      await waitForText(driver, byTestId('today-duty-now'), '迟到');

      // A hotline case reported three weeks ago comes in late from the 12345 platform: past
      // its deadline the moment it is registered, so Today shows one more red case.
      await driver.actions().keyDown(Key.CONTROL).sendKeys('n').keyUp(Key.CONTROL).perform();
      await click(driver, byTestId('quick-intake-case'));
      await waitFor(driver, byTestId('case-form'));
      await choose(driver, byTestId('case-category'), option('占用消防通道'), { type: '消防' });
      await choose(driver, byTestId('case-community'), option('花园社区'));
      await typeInto(driver, 'case-title', '花园小区7幢消防通道长期停放三轮车', { clear: false });
      await typeInto(driver, 'case-address', '花园小区7幢', { clear: false });
      await typeDate(driver, 'case-reported-at', `${localDay(-21)} 09:00`);
      await submitCase(driver, 'the hotline case is saved');
      await waitForText(driver, byTestId('page-case'), '三轮车');

      await click(driver, byTestId('nav-today'));
      await hasText(driver, 'today-panel-visits', '充电棚');
      await hasText(driver, 'today-panel-visits', '产权证');
      await hasText(driver, 'today-panel-visits', '飞线充电');
      await poll(driver, async () => (await panelCount(driver, 'today-panel-red')) === redBefore + 1,
        15_000, `one more red case than the ${redBefore} before`);
      const red = redBefore + 1;
      await waitForText(driver, byTestId('today-duty-now'), '迟到');
      await screenshot(driver, '91-day-today');
      await driver.executeScript('arguments[0].scrollIntoView()', await driver.findElement(byTestId('today-panel-visits')));
      await screenshot(driver, '92-day-today-visits');

      // The handoff: counts from the day, the late arrival, the red cases; signed and printed.
      const draft = await handoffDraft(driver);
      assert.match(draft, new RegExp(`共${3 + demoVisit}人次`), draft);
      assert.match(draft, new RegExp(`当场办理${1 + demoVisit}人次`), draft);
      assert.match(draft, /告知路径1人次/, draft);
      assert.match(draft, /转立案件1件/, draft);
      // The demo may have registered cases today too: the register exported below must agree.
      opened = Number((draft.match(/新立案件(\d+)件/) ?? [])[1]);
      assert.ok(opened >= 2, draft);
      assert.match(draft, new RegExp(`超期未结${red}件`), draft);
      assert.match(draft, new RegExp(`${officer} \\d\\d:\\d\\d 到岗（迟到）`), draft);
      await screenshot(driver, '93-day-handoff-draft');
      await signAndPrint(driver);
      const printed = await driver.findElement(By.css('body')).getAttribute('textContent');
      for (const line of [`${officer}`, '到岗（迟到）', `超期未结${red}件`, '告知路径1人次', '转立案件1件']) {
        assert.ok(printed.includes(line), `the printed handoff says ${line}`);
      }
      await screenshot(driver, '94-day-handoff-print');
    } finally {
      await closeApp(driver);
    }
    // The register, read back by the CLI, holds as many cases registered today as the handoff says.
    const out = execFileSync(binary, ['--data-dir', dir, 'export', 'cases', `${dir}/today.csv`,
      '--from', today, '--to', today], { encoding: 'utf8' });
    assert.match(out, new RegExp(`exported ${opened} cases`), out);
  });
});
