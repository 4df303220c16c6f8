import { chromium } from 'playwright-core';
const base = 'http://localhost:3999';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await page.goto(`${base}/app/sign-in`);
await page.fill('input[name=email]', 'coordinator@demo.test');
await page.fill('input[name=password]', 'terroir-demo');
await page.click('button[type=submit]');
await page.waitForLoadState('networkidle');
const overview = page.url();
console.log('overview', overview);
const t = process.env.T;
const shots = [['overview', overview], ['membership', `${base}/app/coordinator/${t}/membership`], ['season', `${base}/app/coordinator/${t}/season`], ['print-check', `${base}/app/coordinator/${t}/print-check`], ['messages', `${base}/app/messages`]];
for (const [name, url] of shots) {
  await page.goto(url);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  console.log(name, (await page.evaluate(() => document.body.scrollHeight)));
}
// open the season and take the campaign page
await page.goto(`${base}/app/coordinator/${t}/season`);
if (await page.$('input[name=name]')) {
  await page.fill('input[name=name]', 'Saison 2027');
  await page.fill('input[name=startsOn]', '2027-04-01').catch(() => {});
  await page.fill('input[name=endsOn]', '2027-10-31').catch(() => {});
  await page.fill('input[name=printDeadline]', '2027-03-15').catch(() => {});
  await page.click('main form button[type=submit]');
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/shots/campaign.png`, fullPage: false });
  await page.goto(`${base}/app/coordinator/${t}/print-check`);
  await page.screenshot({ path: `/tmp/shots/print-check-season.png`, fullPage: false });
  console.log('campaign', page.url());
}
await browser.close();
