// The size budgets of wasm-pack.toml, enforced on the built page (run after `make build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readToml } from '../../scripts/toml.mjs';
import { root } from './harness.mjs';

const cfg = readToml(join(root, 'wasm-pack.toml'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function files(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

// Enforced (issue 5): the budget is read strictly, 1 KB = 1 000 bytes, so 400 KB
// is 400 000 bytes of gzip -9. The message gives the measured bytes and what to
// run; docs/benchmarks.md ("Wasm size") lists what was cut to fit.
test('the gzipped wasm, with all vocabulary data, is within its budget', () => {
  const wasm = join(root, cfg.build.out_dir, `${cfg.build.out_name}_bg.wasm`);
  assert.ok(existsSync(wasm), `${wasm} is missing: build it with \`node scripts/build-web.mjs\``);
  const bytes = gz(wasm);
  const budget = cfg.budget.wasm_gzip_kb * 1000;
  const line = `wasm: ${bytes} bytes gzipped (-9), budget ${budget} bytes (${cfg.budget.wasm_gzip_kb} KB)`;
  console.log(line);
  assert.ok(
    bytes <= budget,
    `${line}: over by ${bytes - budget} bytes. Measure with \`node scripts/build-web.mjs && ` +
      `node --test tests/browser/budget.test.mjs\`; twiggy top/monos on the wasm-bindgen output ` +
      'find the largest functions and generic copies (docs/benchmarks.md, "Wasm size").',
  );
});

test('the page scripts, wasm glue and vendored libraries are within their budget', () => {
  const www = join(root, 'www');
  const scripts = [
    ...readdirSync(www).filter((n) => n.endsWith('.js')).map((n) => join(www, n)),
    ...files(join(root, cfg.build.out_dir), /\.js$/),
    ...files(join(www, 'vendor'), /\.(js|mjs)$/),
  ];
  const kb = scripts.reduce((sum, f) => sum + gz(f), 0) / 1024;
  console.log(`scripts: ${kb.toFixed(1)} KB gzipped in ${scripts.length} files, budget ${cfg.budget.script_gzip_kb} KB`);
  assert.ok(kb <= cfg.budget.script_gzip_kb, `${kb.toFixed(1)} KB > ${cfg.budget.script_gzip_kb} KB`);
});
