import { chromium } from 'playwright-core';
const base = process.argv[2];
const out = '/tmp/facts-shots/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
for (const lang of ['en', 'zh', 'ja']) {
  for (const id of ['stage-3-investment', 'stage-3-projects', 'stage-3-results', 'history']) {
    await page.goto(`${base}?lang=${lang}#/${id}`);
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    await page.evaluate(() => document.fonts.ready);
    // show all fragments
    await page.evaluate(() => { const r = window.deck.reveal; while (r.nextFragment()) {} });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}${lang}-${id}.png` });
  }
}
for (const speaker of ['en', 'zh', 'ja']) {
  await page.goto(`${base}?lang=en&speaker=${speaker}#/location`);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.setViewportSize({ width: 1280, height: 800 });
  await popup.waitForSelector('.speaker-notes p');
  await popup.evaluate(() => document.fonts.ready);
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: `${out}speaker-${speaker}-location.png` });
  await page.evaluate(() => { window.location.hash = '#/stage-3-projects'; });
  await popup.waitForTimeout(1200);
  await popup.screenshot({ path: `${out}speaker-${speaker}-projects.png` });
  await page.evaluate(() => { window.location.hash = '#/stage-3-investment'; });
  await popup.waitForTimeout(1200);
  await popup.screenshot({ path: `${out}speaker-${speaker}-investment.png` });
  await popup.close();
}
await browser.close();
