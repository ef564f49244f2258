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

// Known over budget (about 450 KB against 400 KB): issue 5 is open and says so. The
// test still runs and prints the size on every run; drop `todo` once it fits.
test('the gzipped wasm, with all vocabulary data, is within its budget', {
  todo: 'the wasm is ~50 KB over its 400 KB budget (issue 5, still open)',
}, () => {
  const wasm = join(root, cfg.build.out_dir, `${cfg.build.out_name}_bg.wasm`);
  const kb = gz(wasm) / 1024;
  console.log(`wasm: ${kb.toFixed(1)} KB gzipped, budget ${cfg.budget.wasm_gzip_kb} KB`);
  assert.ok(kb <= cfg.budget.wasm_gzip_kb, `${kb.toFixed(1)} KB > ${cfg.budget.wasm_gzip_kb} KB`);
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
