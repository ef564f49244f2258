// Makes www/vendor/map.json, the page's map: country outlines from the npm
// package world-atlas (Natural Earth 1:110m), keyed by ISO alpha-2 codes taken
// from the npm package world-countries, as SVG paths in an equirectangular
// projection (x = longitude, y = -latitude), cropped to 60°S–84°N.
// Drawing the paths once here keeps d3 and topojson out of the page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));

const r = (v) => Math.round(v * 10) / 10;
function ring(points) {
  // Split a ring where it crosses the antimeridian so no stroke spans the map.
  let d = '';
  let prev = null;
  for (const [lon, lat] of points) {
    const cmd = prev === null || Math.abs(lon - prev) > 180 ? 'M' : 'L';
    d += `${cmd}${r(lon + 180)},${r(90 - lat)}`;
    prev = lon;
  }
  return `${d}Z`;
}

const out = { viewBox: '0 6 360 144', countries: {}, names: {} };
for (const f of feature(topo, topo.objects.countries).features) {
  const c = byNumeric.get(String(f.id).padStart(3, '0'));
  if (!c) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  out.countries[c.cca2] = polys.flatMap((p) => p.map(ring)).join('');
  out.names[c.cca2] = c.name.common;
}
mkdirSync(join(root, 'www/vendor'), { recursive: true });
writeFileSync(join(root, 'www/vendor/map.json'), JSON.stringify(out));
console.log(`www/vendor/map.json: ${Object.keys(out.countries).length} countries`);
