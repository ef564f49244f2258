// The corpus on the page: the tab shows stories, figures and the network; an
// exported analysis can be dropped back (or onto a colleague's page) without
// the articles, and merges with what is there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, root } from './harness.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await serve());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const samples = JSON.parse(readFileSync(join(root, 'www/samples/index.json'), 'utf8'));

async function settle(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('#docs li').length >= n
    && !document.getElementById('status').textContent.startsWith('Analyzing'), n);
}

test('the corpus tab counts articles, shows totals, the network and the map', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await page.click('#samples');
  await settle(page, samples.length);
  await page.click('#tab-corpus');
  await page.waitForSelector('#corpus-view .summary');
  const summary = await page.textContent('#corpus-view .summary');
  assert.match(summary, new RegExp(`^${samples.length} articles in ${samples.length} stories`));
  assert.ok(await page.$('#corpus-view svg.map path.hit'), 'countries are shaded on the map');
  const totals = await page.$$eval('#corpus-view table >> nth=0', (t) => t.length);
  assert.ok(totals >= 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an exported analysis dropped on a fresh page brings the facts back without the articles', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await page.click('#samples');
  await settle(page, samples.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = readFileSync(await download.path(), 'utf8');
  assert.ok(!exported.includes('Kongsi artikel ini'), 'the export carries facts, not article texts');

  const fresh = await openPage(browser, url, problems);
  await fresh.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'colleague.json', { type: 'application/json' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, exported);
  await settle(fresh, samples.length);
  const items = await fresh.$$eval('#docs li .meta', (els) => els.map((e) => e.textContent));
  assert.equal(items.length, samples.length);
  assert.ok(items.every((t) => t.startsWith('imported')), items.join('\n'));
  assert.ok((await fresh.$$eval('#doc-view .chip.countries', (els) => els.length)) > 0);

  // A broken export is refused with a message naming it; nothing else changes.
  await fresh.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{"not": "lintas"'], 'broken.json', { type: 'application/json' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await fresh.waitForSelector('#docs li.failed');
  assert.match(await fresh.textContent('#docs li.failed'), /broken\.json.*cannot be imported/);
  assert.deepEqual(problems, []);
  await page.close();
  await fresh.close();
});
