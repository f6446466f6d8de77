// End-to-end: the Rongchang elevator dispute at an on-site coordination meeting. Four parties
// attend, the case is pulled onto the agenda, a decision and an action for the property company
// are recorded, the meeting is closed, and the next meeting opens with that action carried first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  poll, binary, byTestId, By, choose, click, closeApp, newDataDir, openApp, screenshot, signIn, startDriver, stopDriver,
  typeDate, typeInto, waitFor, waitForText,
} from './harness.mjs';

const CASE_TITLE = '融昌花园电梯维保报价纠纷';
const DECISION = '维保合同签订前，物业把三家报价和合同条款在公告栏公示七天';
const ACTION = '物业公司在各幢电梯轿厢张贴维保单位、维保电话和费用公示';
const NEW_ITEM = '3幢楼道堆放装修垃圾';
const NEW_CASE_ACTION = '物业公司三日内清运3幢楼道装修垃圾';

const option = (text) => By.xpath(
  `//div[contains(@class,'ant-select-item-option') and not(contains(@class,'disabled')) and contains(., '${text}')]`);

/** antd keeps a radio button's input invisible; its label is what a person clicks. */
const radio = (testId) => By.xpath(`//label[.//input[@data-testid='${testId}']]`);

/** The DOM's text: WebKitWebDriver's visible text leaves out what an ellipsis cuts. */
async function hasText(driver, locator, text, timeout = 15_000) {
  await poll(driver, async () => {
    const found = await driver.findElements(locator);
    return found.length > 0 && (await found[0].getAttribute('textContent')).includes(text);
  }, timeout, `expected "${text}" in ${locator}`);
}

/** The position of the agenda item titled `title` that was not carried from an earlier meeting. */
async function itemPosition(driver, title, { carried = false } = {}) {
  let position;
  await poll(driver, async () => {
    position = await driver.executeScript(`
      for (const el of document.querySelectorAll('[data-testid^="agenda-item-"]')) {
        const head = el.querySelector('.ant-card-head');
        if (!head || !head.textContent.includes(arguments[0])) continue;
        if (!!el.querySelector('[data-testid="agenda-carried"]') !== arguments[1]) continue;
        return el.getAttribute('data-testid').slice('agenda-item-'.length);
      }
      return null;`, title, carried);
    return position !== null;
  }, 15_000, `an agenda item "${title}"`);
  return position;
}

async function addAttendee(driver, side, party, name, title) {
  await click(driver, radio(`attendee-side-${side}`));
  if (party) await choose(driver, byTestId('attendee-party'), option(party));
  // The name box offers the community's roster; Tab leaves it with what was typed.
  await typeInto(driver, 'attendee-name', name, { tab: true });
  if (title) await typeInto(driver, 'attendee-title', title);
  await click(driver, byTestId('attendee-ok'));
  await hasText(driver, byTestId(`attendee-side-${side}-list`), name);
}

/** A new meeting from the list; the app opens it. */
async function newMeeting(driver, { onsite, title }) {
  await click(driver, byTestId('nav-meetings'));
  await waitFor(driver, byTestId('page-meetings'));
  await click(driver, byTestId('meeting-new'));
  await waitFor(driver, byTestId('meeting-form'));
  if (onsite) await click(driver, radio('meeting-kind-onsite'));
  if (title) await typeInto(driver, 'meeting-title', title);
  await choose(driver, byTestId('meeting-community'), option('融昌社区'));
  await choose(driver, byTestId('meeting-estate'), option('融昌花园'));
  if (onsite) await typeInto(driver, 'meeting-place', '融昌花园3幢电梯厅');
  // Picked from the community's roster by the first character.
  await typeInto(driver, 'meeting-chair', '魏');
  await click(driver, option('魏振宇'));
  return onsite;
}

function dayAfter(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('a coordination meeting in the window', { timeout: 500_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('holds the Rongchang elevator meeting with four parties and carries its action into the next one', async () => {
    const dir = newDataDir('meeting');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const driver = await openApp(dir);
    const due = dayAfter(10);
    try {
      await signIn(driver, 'qiantai');

      // 1. An on-site meeting about the elevator dispute at Rongchang Garden.
      await newMeeting(driver, { onsite: true, title: '融昌花园电梯维保合同现场协调会' });
      await screenshot(driver, '80-meeting-form');
      await click(driver, byTestId('meeting-form-ok'));
      await waitForText(driver, byTestId('meeting-title-text'), '电梯维保合同现场协调会', 20_000);

      // 2. Four parties, each person under their side and organisation.
      await click(driver, byTestId('attendee-add'));
      await addAttendee(driver, 'urban', null, '魏振宇', '执法队员');
      await addAttendee(driver, 'residents_committee', '融昌社区居民委员会', '黄淑贞', '居委会主任');
      await addAttendee(driver, 'owners_committee', '融昌花园业主委员会', '林国华', '业委会主任');
      await addAttendee(driver, 'property_company', '融昌物业服务中心', '郑建平', '物业项目经理');

      // 3. The dispute's case onto the agenda, picked by a word of its title.
      await click(driver, byTestId('agenda-pull'));
      await waitFor(driver, byTestId('pull-form'));
      await choose(driver, byTestId('pull-cases'), option(CASE_TITLE), { type: '电梯' });
      await click(driver, By.css('.ant-modal-title')); // closes the open list, not the dialog
      await click(driver, byTestId('pull-ok'));
      const p = await itemPosition(driver, CASE_TITLE);

      // 4. A decision, then an action for the property company that also lands on the case.
      await click(driver, byTestId(`outcome-add-${p}`));
      await typeInto(driver, 'outcome-text', DECISION);
      await click(driver, byTestId('outcome-ok'));
      await hasText(driver, byTestId(`item-outcomes-${p}`), DECISION);
      await click(driver, byTestId(`outcome-add-${p}`));
      await click(driver, radio('outcome-kind-action'));
      await typeInto(driver, 'outcome-text', ACTION);
      await choose(driver, byTestId('outcome-owner-party'), option('融昌物业服务中心'));
      await typeDate(driver, 'outcome-due', due, { tab: true });
      await screenshot(driver, '81-meeting-action-form');
      await click(driver, byTestId('outcome-ok'));
      await hasText(driver, byTestId(`item-outcomes-${p}`), ACTION);
      await poll(driver, async () => (await driver.findElements(byTestId('outcome-form'))).length === 0,
        10_000, 'the outcome form closes once the action is recorded');
      await driver.executeScript('arguments[0].scrollIntoView()', await driver.findElement(byTestId(`agenda-item-${p}`)));
      await driver.sleep(500);
      await screenshot(driver, '82-meeting-room');

      // 4b. A problem raised at the meeting becomes a new case through its action.
      await click(driver, byTestId('agenda-add'));
      await typeInto(driver, 'agenda-title', NEW_ITEM);
      await click(driver, byTestId('agenda-ok'));
      const q = await itemPosition(driver, NEW_ITEM);
      await click(driver, byTestId(`outcome-add-${q}`));
      await click(driver, radio('outcome-kind-action'));
      await typeInto(driver, 'outcome-text', NEW_CASE_ACTION);
      await choose(driver, byTestId('outcome-owner-party'), option('融昌物业服务中心'));
      await typeDate(driver, 'outcome-due', due, { tab: true });
      await click(driver, byTestId('outcome-new-case'));
      await choose(driver, byTestId('outcome-new-case-category'), option('积存垃圾渣土'), { type: '渣土' });
      await screenshot(driver, '81b-meeting-action-new-case');
      await click(driver, byTestId('outcome-ok'));
      await waitForText(driver, By.css('.ant-message'), '并新建案件', 15_000);
      await hasText(driver, byTestId(`item-outcomes-${q}`), NEW_CASE_ACTION);

      // 5. The projector screen follows the agenda; property managers read it across the room.
      await click(driver, byTestId('meeting-screen'));
      await waitFor(driver, byTestId('meeting-screen-view'));
      for (let i = 0; i < 10; i += 1) {
        const text = await driver.findElement(byTestId('screen-current-item')).getAttribute('textContent');
        if (text.includes(CASE_TITLE) && text.includes(ACTION)) break;
        await click(driver, byTestId('screen-next'));
        await driver.sleep(300);
      }
      await hasText(driver, byTestId('screen-current-item'), ACTION);
      await hasText(driver, byTestId('screen-current-item'), DECISION);
      await screenshot(driver, '83-meeting-screen');
      await click(driver, byTestId('screen-exit'));
      await waitFor(driver, byTestId('page-meeting'));

      // 6. Closing freezes the minutes: no more outcomes, an amendment instead.
      await click(driver, byTestId('meeting-close'));
      await click(driver, byTestId('meeting-close-confirm'));
      await waitFor(driver, byTestId('meeting-closed-note'));
      await waitFor(driver, byTestId('meeting-amend'));
      assert.equal((await driver.findElements(byTestId(`outcome-add-${p}`))).length, 0, 'a closed meeting takes no outcomes');

      // 7. The A4 minutes: attendees by party, signature lines per side, who does what by when.
      await click(driver, byTestId('meeting-print'));
      const minutes = await waitFor(driver, byTestId('meeting-minutes'));
      await hasText(driver, byTestId('minutes-side-property_company'), '融昌物业服务中心');
      await hasText(driver, byTestId('minutes-side-property_company'), '郑建平');
      await hasText(driver, byTestId('minutes-side-owners_committee'), '林国华');
      await hasText(driver, byTestId('minutes-actions'), ACTION);
      await hasText(driver, byTestId('minutes-actions'), '融昌物业服务中心');
      await hasText(driver, byTestId('meeting-minutes'), DECISION);
      const signs = await driver.findElements(By.css('[data-testid^="minutes-sign-"]'));
      assert.equal(signs.length, 4, 'a signature line for each side that attended');
      const [y, m, d] = due.split('-').map(Number);
      await hasText(driver, byTestId('minutes-actions'), `${y}年${m}月${d}日`);
      assert.ok((await minutes.getAttribute('textContent')).includes('电梯维保合同现场协调会'));
      await screenshot(driver, '84-meeting-minutes');
      await click(driver, byTestId('minutes-back'));

      // 8. The action reached the case's timeline.
      await click(driver, byTestId(`agenda-case-${p}`));
      await hasText(driver, byTestId('page-case'), '联席会议行动项', 20_000);

      // 8b. The new case is in the register: from the meeting, in Rongchang Garden, assigned.
      await click(driver, byTestId('nav-cases'));
      await typeInto(driver, 'case-search', '清运', { enter: true });
      await click(driver, By.xpath(`//a[contains(., '${NEW_CASE_ACTION}')]`), 20_000);
      await hasText(driver, byTestId('case-facts'), '联席会议');
      await hasText(driver, byTestId('case-facts'), '融昌花园');
      await hasText(driver, byTestId('case-facts'), '融昌物业服务中心');
      await screenshot(driver, '84b-case-from-meeting');

      // 9. The next meeting starts with the open action carried first.
      await newMeeting(driver, { onsite: false });
      await click(driver, byTestId('meeting-form-ok'));
      await waitFor(driver, byTestId('page-meeting'));
      const carried = await itemPosition(driver, ACTION, { carried: true });
      await hasText(driver, byTestId(`agenda-carried-action-${carried}`), '融昌物业服务中心');
      const first = await driver.findElement(By.css('[data-testid^="agenda-item-"]'));
      assert.ok(await first.findElements(byTestId('agenda-carried')).then((e) => e.length === 1), 'carried actions come first');
      await driver.executeScript('arguments[0].scrollIntoView()', await driver.findElement(byTestId(`agenda-item-${carried}`)));
      await screenshot(driver, '85-next-meeting-carried');

      // 10. Across meetings, the action is open, owned by the property company, due in ten days.
      await click(driver, byTestId('nav-meetings'));
      await click(driver, byTestId('meetings-tab-actions'));
      await hasText(driver, byTestId('actions-table'), ACTION);
      await hasText(driver, byTestId('actions-table'), '融昌物业服务中心');
      await driver.sleep(800); // the tab's slide and the table's fade finish before the picture
      await screenshot(driver, '86-actions');
    } catch (e) {
      await screenshot(driver, 'zz-meeting-failed').catch(() => {});
      if (process.env.E2E_DEBUG) console.log(await driver.executeScript('return document.body.textContent'));
      throw e;
    } finally {
      await closeApp(driver);
    }
    // The record book, read back from the file the CLI writes (UTF-8 CSV).
    const file = `${dir}/minutes.csv`;
    execFileSync(binary, ['--data-dir', dir, 'export', 'minutes', file], { encoding: 'utf8' });
    const csv = readFileSync(file, 'utf8');
    assert.ok(csv.includes('电梯维保合同现场协调会') && csv.includes(ACTION) && csv.includes('郑建平'), csv.slice(0, 400));
  });
});
