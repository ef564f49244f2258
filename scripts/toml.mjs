// A reader for the small TOML subset wasm-pack.toml uses: [sections], and
// key = "string" | number | true/false | ["array", "of", "strings"].
// Enough for one config file; a TOML library would be a dependency for 30 lines.
import { readFileSync } from 'node:fs';

export function readToml(path) {
  const out = {};
  let section = out;
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const head = line.match(/^\[([\w.-]+)\]$/);
    if (head) {
      section = out[head[1]] = {};
      return;
    }
    const kv = line.match(/^([\w-]+)\s*=\s*(.+)$/);
    if (!kv) throw new Error(`${path}:${i + 1}: cannot read \`${raw}\``);
    section[kv[1]] = JSON.parse(kv[2]);
  });
  return out;
}
