// Builds the page's wasm as wasm-pack.toml describes: cargo build for
// wasm32-unknown-unknown, wasm-bindgen (the CLI pinned to Cargo.lock's
// version), then wasm-opt from the npm binaryen package.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readToml } from './toml.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cfg = readToml(join(root, 'wasm-pack.toml'));
const { profile, target, out_dir: outDir, out_name: outName } = cfg.build;

const run = (cmd, args, env = process.env) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env });
};

// The build's own rustc flags (wasm-pack.toml [build] rustflags), passed the
// way cargo reads them without splitting on spaces (0x1f between flags).
const rustflags = (cfg.build.rustflags ?? []).join('\x1f');
run('cargo', ['build', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', profile],
  { ...process.env, CARGO_ENCODED_RUSTFLAGS: rustflags });
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
const wasmIn = join(targetDir, 'wasm32-unknown-unknown', profile, 'lintas.wasm');
// Also writes lintas.d.ts (from the typescript_custom_section) for editors.
run('wasm-bindgen', ['--target', target, '--out-dir', outDir, '--out-name', outName, wasmIn]);

const wasm = join(root, outDir, `${outName}_bg.wasm`);
if (cfg['wasm-opt'].enabled) {
  const bin = join(root, 'node_modules', '.bin', 'wasm-opt');
  run(bin, [...cfg['wasm-opt'].passes, wasm, '-o', `${wasm}.opt`]);
  renameSync(`${wasm}.opt`, wasm);
}
run('node', [join(root, 'scripts', 'build-map.mjs')]);
const raw = statSync(wasm).size;
const gz = gzipSync(readFileSync(wasm), { level: 9 }).length;
// The budget is read strictly (1 KB = 1 000 bytes), as tests/browser/budget.test.mjs does.
console.log(`${outDir}/${outName}_bg.wasm: ${raw} bytes, ${gz} bytes gzipped -9 (budget ${cfg.budget.wasm_gzip_kb * 1000})`);
