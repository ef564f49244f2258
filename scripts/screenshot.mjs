// Takes the README's screenshots of the page with the sample articles:
//   node scripts/screenshot.mjs   (after `make build`) → docs/screenshot.png, docs/screenshot-corpus.png
import { join } from 'node:path';
import { serve, launch, openPage, root } from '../tests/browser/harness.mjs';

const { server, url } = await serve();
const browser = await launch();
try {
  const page = await openPage(browser, url, []);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#samples');
  await page.waitForFunction(() => document.querySelectorAll('#docs li').length >= 3
    && !document.getElementById('status').textContent.startsWith('Analyzing'));
  await page.click('#doc-view .chip.counts >> nth=0');
  await page.screenshot({ path: join(root, 'docs/screenshot.png') });
  await page.click('#tab-corpus');
  await page.waitForSelector('#corpus-view .summary');
  await page.screenshot({ path: join(root, 'docs/screenshot-corpus.png'), fullPage: true });
} finally {
  await browser.close();
  server.close();
}
