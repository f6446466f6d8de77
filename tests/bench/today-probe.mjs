// Where Today's time goes in the real window: the first frame each panel holds its data, the
// frames drawn meanwhile and the longest of them, after coming from another page (FROM, default
// cases; its own time is printed too). A companion to today.mjs for profiling, by hand.
//
//   xvfb-run -a dbus-run-session -- node tests/bench/today-probe.mjs APP_BINARY DATA_DIR

const [appBin, dataDir] = process.argv.slice(2);
// Set before the harness loads: it reads APP_BINARY once, when imported (a static import would
// run first and start target/debug's binary instead).
process.env.APP_BINARY = appBin;
const { byTestId, click, closeApp, openApp, signIn, startDriver, stopDriver, waitFor } = await import('../e2e/harness.mjs');
const RUNS = Number(process.env.RUNS ?? 3);

const PROBE = `
  const done = arguments[arguments.length - 1];
  const marks = {};
  const q = (s) => document.querySelector(s);
  const probes = {
    page: () => q('[data-testid="page-today"]'),
    red: () => q('[data-testid^="today-panel-red-row-"]'),
    visits: () => q('[data-testid="today-panel-visits"] .today-list, [data-testid="today-panel-visits"] .ant-empty'),
    duty: () => q('[data-testid="today-duty-today"]'),
    roster: () => q('[data-testid="today-roster"] .ant-statistic-content-value'),
    noSkeleton: () => q('[data-testid="page-today"]') && !q('[data-testid="page-today"] .ant-skeleton, [data-testid="page-today"] .ant-spin-spinning'),
  };
  const t0 = performance.now();
  let frames = 0, longest = 0, last = t0;
  q('[data-testid="nav-today"]').click();
  const clickDone = performance.now() - t0;
  const tick = () => {
    const now = performance.now();
    frames += 1; longest = Math.max(longest, now - last); last = now;
    for (const [k, f] of Object.entries(probes)) if (!(k in marks) && f()) marks[k] = Math.round(now - t0);
    if (Object.keys(marks).length === Object.keys(probes).length || now - t0 > 20000)
      return done({ clickDone: Math.round(clickDone), marks, frames, longestFrame: Math.round(longest) });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);`;

await startDriver({ drawing: 'as-shipped' }); // timed as users get it (no screenshots here)
const driver = await openApp(dataDir);
try {
  await driver.manage().setTimeouts({ script: 30_000 });
  await signIn(driver, process.env.TODAY_LOGIN ?? 'qiantai');
  for (let i = 0; i <= RUNS; i += 1) {
    const other = process.env.FROM ?? 'cases';
    const away = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const t0 = performance.now();
      document.querySelector('[data-testid="nav-${other}"]').click();
      const tick = () => document.querySelector('[data-testid="page-${other}"]') ? done(Math.round(performance.now() - t0)) : requestAnimationFrame(tick);
      requestAnimationFrame(tick);`);
    console.log(`to ${other}: ${away} ms`);
    await driver.sleep(Number(process.env.WAIT_MS ?? 500));
    console.log(JSON.stringify(await driver.executeAsyncScript(PROBE)));
  }
} finally {
  await closeApp(driver);
  stopDriver();
}
