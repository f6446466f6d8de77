// End-to-end: the duty schedule in the real window — a Wed/Sun rule with three officers fills
// the month, a leave passes a turn on and the checks react, an arrival is marked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  poll, binary, byTestId, By, choose, click, Key, closeApp, newDataDir, openApp, screenshot, signIn, startDriver, stopDriver, typeDate,
  waitFor, waitForText,
} from './harness.mjs';

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The last Wednesday or Sunday before today, and the next one after it. */
function dutyDays() {
  const d = new Date();
  const past = new Date(d);
  do past.setDate(past.getDate() - 1); while (![0, 3].includes(past.getDay()));
  const next = new Date(d);
  do next.setDate(next.getDate() + 1); while (![0, 3].includes(next.getDay()));
  const after = new Date(next);
  do after.setDate(after.getDate() + 1); while (![0, 3].includes(after.getDay()));
  return {
    past: iso(past), next: iso(next), after: iso(after),
    start: iso(new Date(d.getFullYear(), d.getMonth(), 1)),
  };
}

const openDropdowns = "//div[contains(@class,'ant-select-dropdown') and not(contains(@class,'ant-select-dropdown-hidden'))]";

/** Opens a select and takes its first or last option, once no other dropdown is still closing. */
async function pickOption(driver, testId, which) {
  await poll(driver, async () => (await driver.findElements(By.xpath(openDropdowns))).length === 0, 5_000)
    .catch(() => {});
  const options = `${openDropdowns}//div[contains(@class,'ant-select-item-option')]`;
  const picked = async () =>
    (await driver.findElement(byTestId(testId)).findElements(By.css('.ant-select-selection-item'))).length > 0;
  await choose(driver, byTestId(testId), By.xpath(`(${options})[${which === 'first' ? '1' : 'last()'}]`),
    { done: picked });
}

/** Saves a change form, confirming "save anyway" when the check found something. A second
 * click only comes after the form stayed open for 5 s: clicking while the modal fades out would
 * land on the calendar underneath and open a day. */
async function saveChange(driver, formId) {
  const open = async () => {
    const forms = await driver.findElements(byTestId(formId));
    return forms.length > 0 && (await forms[0].isDisplayed().catch(() => false));
  };
  for (let attempt = 0; attempt < 3 && (await open()); attempt += 1) {
    await click(driver, byTestId('change-submit'), 5_000).catch(() => {});
    await poll(driver, async () => !(await open()), 5_000).catch(() => {});
  }
  assert.ok(!(await open()), `the ${formId} change is saved`);
}

async function pickPerson(driver, testId, name, done) {
  await choose(driver, byTestId(testId), By.xpath(
    `//div[contains(@class,'ant-select-item-option') and not(contains(@class,'disabled')) and contains(., '${name}')]`),
  { type: name, done });
}

describe('duty in the window', { timeout: 300_000 }, () => {
  before(async () => {
    await startDriver();
  });
  after(() => stopDriver());

  it('a rule fills the month, a leave is checked and passes the turn, an arrival is marked', async () => {
    const dir = newDataDir('duty');
    execFileSync(binary, ['--data-dir', dir, 'demo']);
    const { past, next, after, start } = dutyDays();
    const driver = await openApp(dir);
    try {
      await signIn(driver, 'admin');
      await waitFor(driver, byTestId('workstation-name'));
      await click(driver, byTestId('nav-duty'));
      await waitFor(driver, byTestId('duty-month'));
      await waitForText(driver, byTestId('duty-month'), '韩怡莉');
      await screenshot(driver, '20-duty-month-demo');

      // A new Wednesday/Sunday rule for 融昌社区 with three officers, from the first of the month.
      await click(driver, byTestId('duty-rule-add'));
      await waitFor(driver, byTestId('duty-rule-form'));
      await click(driver, byTestId('rule-community'));
      await click(driver, By.xpath("//div[contains(@class,'ant-select-item-option') and @title='融昌社区']"));
      for (const name of ['周海涛', '施永春', '郭晓东']) {
        const listed = async () => (await driver.findElement(byTestId('rule-members')).getText()).includes(name);
        await pickPerson(driver, 'rule-member-search', name, listed);
      }
      await typeDate(driver, 'rule-start-date', start);
      await screenshot(driver, '21-duty-rule-form');
      await click(driver, byTestId('rule-submit'));
      await waitForText(driver, byTestId('duty-month'), '施永春');
      await screenshot(driver, '22-duty-month-new-rule');

      // 魏振宇, alone in his rule's pool, goes on leave over the next duty day: nobody can take
      // his turn, and the check shows the gap before saving.
      await click(driver, byTestId('duty-leave'));
      await waitFor(driver, byTestId('leave-form'));
      await pickPerson(driver, 'leave-person', '魏振宇');
      await typeDate(driver, 'leave-from', next);
      await typeDate(driver, 'leave-to', next);
      await (await waitFor(driver, byTestId('change-reason'))).sendKeys('参加市局培训');
      await waitForText(driver, byTestId('duty-check-result'), '缺1人');
      await screenshot(driver, '23-duty-leave-check');
      await saveChange(driver, 'leave-form');
      // Near a month's end the next duty day is in the next month; the changes and problems
      // panels list the month on screen.
      const nextMonth = next.slice(0, 7) !== iso(new Date()).slice(0, 7);
      if (nextMonth) await click(driver, byTestId('duty-next'));
      await waitForText(driver, byTestId('duty-changes'), '魏振宇');
      await waitForText(driver, byTestId('duty-problems'), '缺1人');
      await screenshot(driver, '24-duty-after-leave');

      // Two officers on different days swap turns: saved as two replacements.
      await click(driver, byTestId('duty-swap'));
      await waitFor(driver, byTestId('swap-form'));
      await typeDate(driver, 'swap-date-a', next);
      await pickOption(driver, 'swap-pick-a', 'first');
      await typeDate(driver, 'swap-date-b', after);
      await pickOption(driver, 'swap-pick-b', 'last');
      await (await waitFor(driver, byTestId('change-reason'))).sendKeys('互换值班：家中有事');
      await screenshot(driver, '26-duty-swap-form');
      await saveChange(driver, 'swap-form');
      await waitForText(driver, byTestId('duty-changes'), '互换值班');

      // Mark an arrival on the past duty day.
      if (nextMonth) await click(driver, byTestId('duty-today'));
      await click(driver, byTestId(`duty-day-cell-${past}`));
      await waitFor(driver, byTestId('duty-day'));
      const arrive = await waitFor(driver, By.css(`[data-testid^="attend-arrive-${past}-"]:not([disabled])`));
      await arrive.click();
      const time = await driver.findElements(byTestId('attend-time'));
      if (time.length) {
        await click(driver, byTestId('attend-time-submit'));
      }
      await screenshot(driver, '25-duty-day-attendance');
    } finally {
      await closeApp(driver);
    }
    const ics = `${dir}/duty.ics`;
    const out = execFileSync(binary, ['--data-dir', dir, 'export', 'duty', ics, '--from', start, '--to', next,
      '--person', '周海涛'], { encoding: 'utf8' });
    assert.match(out, /exported [1-9]\d* duties/, `the new rule's officer has duties: ${out}`);
  });
});
