import { chromium } from 'playwright-core';
import { startHarness } from './_tmpHarness';
async function main() {
  const bot = await startHarness();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 480, height: 1000 } });
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
  await page.goto(bot.baseUrl + '/');
  await page.waitForTimeout(3000);
  const dump = async (label: string) => console.log(label, JSON.stringify(await page.locator('.webchat__bubble__content').allTextContents(), null, 1).slice(0, 3000), 'suggested:', await page.locator('.webchat__suggested-actions').getByRole('button').allTextContents());
  await dump('AFTER LOAD');
  const box = page.getByRole('textbox', { name: 'Message input box' });
  await box.fill('can i drive home after my infusion'); await box.press('Enter');
  await page.waitForTimeout(3000);
  await dump('AFTER Q');
  await page.screenshot({ path: '/tmp/wcdev/real1.png', fullPage: true });
  await browser.close(); await bot.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
