// The page as a person meets it: drop files, pick files, paste text, try the
// samples, read what the page shows. Any console or page error fails the test.
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

// An Indonesian article written for this test, dirty like a scraped page.
const ARTICLE_ID = `Polisi Pulangkan WNI dari Kamboja

Phnom Penh (ANTARA) - Kepolisian Negara Republik Indonesia memulangkan lebih dari 1.200 warga negara Indonesia dari Kamboja dan Myanmar pada Senin (2/9/2024), setelah operasi gabungan dengan polisi Thailand.Baca Juga: Kemlu imbau WNI waspada tawaran kerja di luar negeri

Sedikitnya 3.482 orang diperiksa dalam penggerebekan di Sihanoukville, sementara sekitar 1,2 juta orang menjadi korban penipuan daring di kawasan itu.

Bagikan: Facebook Twitter WhatsApp
Copyright © 2024 ANTARA`;

async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type ?? '' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

async function facts(page, category) {
  return page.$$eval(`#doc-view .chip.${category}`, (els) => els.map((e) => e.textContent));
}

async function waitIdle(page, docs) {
  await page.waitForFunction((n) => document.querySelectorAll('#docs li').length >= n
    && !document.getElementById('status').textContent.startsWith('Analyzing'), docs);
}

test('a dropped Indonesian article shows its countries, figures and highlighted text', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await dropFiles(page, [{ name: 'wni-kamboja.txt', text: ARTICLE_ID }]);
  await waitIdle(page, 1);
  const countries = await facts(page, 'countries');
  for (const want of ['(ID)', '(KH)', '(MM)', '(TH)']) {
    assert.ok(countries.some((c) => c.includes(want)), `${want} in ${countries}`);
  }
  const figures = (await facts(page, 'counts')).join(' | ');
  for (const want of ['1,200', '3,482', '1,200,000']) assert.ok(figures.includes(want), `${want} in ${figures}`);
  // The text view shows the clean body: the related link glued to the paragraph is gone.
  const body = await page.textContent('#doc-text');
  assert.ok(body.includes('Sihanoukville'));
  assert.ok(!body.includes('Baca Juga'), 'the glued related link is cut');
  // Clicking a country highlights exactly its name in the text.
  await page.click('#doc-view .chip.countries >> text=(KH)');
  const active = await page.$$eval('#doc-text mark.active', (els) => els.map((e) => e.textContent));
  assert.ok(active.length >= 1 && active.every((t) => t === 'Kamboja'), `highlighted: ${active}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the file picker takes several files and a bad one gets a clear message', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await page.setInputFiles('#file-picker', [
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE_ID) },
    { name: 'two.md', mimeType: 'text/markdown', buffer: Buffer.from('# Raid in Laos\n\nPolice from Laos and China detained 771 people in Bokeo, officials said.') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
  ]);
  await waitIdle(page, 3);
  const items = await page.$$eval('#docs li', (els) => els.map((e) => e.textContent));
  assert.equal(items.length, 3, items.join('\n'));
  const failed = await page.textContent('#docs li.failed');
  assert.match(failed, /photo\.png.*not/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('pasted text is analyzed, and article text is never rendered as HTML', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  const hostile = 'Polisi Filipina menangkap 45 tersangka di Manila. <img src=x onerror="window.__pwned=1"><b>bold</b>';
  await page.fill('#paste-text', hostile);
  await page.click('#analyze-paste');
  await waitIdle(page, 1);
  assert.ok((await facts(page, 'countries')).some((c) => c.includes('(PH)')));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#doc-view img, #doc-view b', (els) => els.length), 0);
  assert.ok((await page.textContent('#doc-text')).includes('<b>bold</b>'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the sample articles load from a sub-path and show results at once', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await page.click('#samples');
  const samples = JSON.parse(readFileSync(join(root, 'www/samples/index.json'), 'utf8'));
  await waitIdle(page, samples.length);
  const items = await page.$$eval('#docs li:not(.failed)', (els) => els.length);
  assert.equal(items, samples.length);
  assert.ok((await facts(page, 'countries')).length > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the tabs show one panel at a time and no stray text appears', async () => {
  const problems = [];
  const page = await openPage(browser, url, problems);
  await page.click('#samples');
  await waitIdle(page, 3);
  assert.ok(!(await page.textContent('#doc-view')).includes('null'), 'no "null" rendered');
  await page.click('#tab-corpus');
  await page.waitForSelector('#corpus-view .summary');
  assert.equal(await page.isVisible('#articles-panel'), false);
  assert.equal(await page.isVisible('#corpus-panel'), true);
  await page.click('#tab-articles');
  assert.equal(await page.isVisible('#articles-panel'), true);
  assert.equal(await page.isVisible('#corpus-panel'), false);
  assert.deepEqual(problems, []);
  await page.close();
});
