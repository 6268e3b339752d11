// Sanity checks on the built boundary files; prints them and appends them to the report.
//   node check.mjs <boundaries dir> <idn-area-data dir> [report file to append to]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [dir, refDir, reportFile] = process.argv.slice(2);
const csv = (f) => fs.readFileSync(path.join(refDir, f), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',').slice(0, 2));
const provinces = csv('provinces.csv').map(([c]) => c);
const regencies = new Set(csv('regencies.csv').map(([c]) => c));
const districts = new Set(csv('districts.csv').map(([c]) => c));
const villages = new Set(csv('villages.csv').map(([c]) => c));
const load = (f) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, f))));

const lines = [];
let failures = 0;
const check = (ok, what) => { lines.push(`- [${ok ? 'x' : ' '}] ${what}`); if (!ok) failures++; };

// segments of one ring intersecting each other (not at shared endpoints of neighbours)
function ringSelfIntersects(r) {
  const n = r.length - 1;
  if (n > 4000) return false; // skip the O(n²) test on huge rings
  const cross = (a, b, c) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  for (let i = 0; i < n; i++) {
    const a = r[i], b = r[i + 1];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const c = r[j], d = r[j + 1];
      const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
    }
  }
  return false;
}
function inspect(fcol, decimals) {
  const r = { features: fcol.features.length, badProps: 0, badType: 0, badCoord: 0, openRings: 0, shortRings: 0, tooPrecise: 0, selfIntersecting: 0, rings: 0, vertices: 0 };
  const lim = Math.pow(10, decimals);
  for (const f of fcol.features) {
    const keys = Object.keys(f.properties || {});
    if (keys.length !== 2 || keys[0] !== 'code' || keys[1] !== 'name' || typeof f.properties.name !== 'string' || !f.properties.name) r.badProps++;
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) { r.badType++; continue; }
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys) for (const ring of p) {
      r.rings++; r.vertices += ring.length;
      if (ring.length < 4) r.shortRings++;
      const a = ring[0], b = ring[ring.length - 1];
      if (a[0] !== b[0] || a[1] !== b[1]) r.openRings++;
      for (const [x, y] of ring) {
        if (!(x > 94 && x < 142 && y > -12 && y < 7)) r.badCoord++; // [lon, lat] inside Indonesia
        if (Math.abs(Math.round(x * lim) - x * lim) > 1e-6 || Math.abs(Math.round(y * lim) - y * lim) > 1e-6) r.tooPrecise++;
      }
      if (ringSelfIntersects(ring)) r.selfIntersecting++;
    }
  }
  return r;
}
const geomOk = (r) => !r.badProps && !r.badType && !r.badCoord && !r.openRings && !r.shortRings && !r.tooPrecise;
const fmt = (r) => `${r.features} features, ${r.rings} rings, ${r.vertices} vertices; bad properties ${r.badProps}, bad geometry type ${r.badType}, ` +
  `coordinates outside [lon 94..142, lat -12..7] ${r.badCoord}, open rings ${r.openRings}, rings < 4 points ${r.shortRings}, ` +
  `over-precise coordinates ${r.tooPrecise}, self-intersecting rings ${r.selfIntersecting}`;

// kab/kota
const kab = load('kabkota.geojson.gz');
const kr = inspect(kab, 4);
const kabCodes = kab.features.map((f) => f.properties.code);
lines.push('### kabkota.geojson.gz', '', fmt(kr), '');
check(geomOk(kr), 'properties exactly {code, name}; Polygon/MultiPolygon; [lon, lat] inside Indonesia; closed rings; 4 decimals');
check(kr.selfIntersecting === 0, `no self-intersecting ring (${kr.selfIntersecting})`);
check(new Set(kabCodes).size === kabCodes.length, 'no duplicate code');
check(kabCodes.length === regencies.size && kabCodes.every((c) => regencies.has(c)), `every one of the ${regencies.size} idn-area-data kab/kota codes, and no other (${kabCodes.length})`);
const inProv = (p) => kab.features.filter((f) => f.properties.code.startsWith(p + '.')).length;
check(inProv('32') === 27, `Jawa Barat (32) has 27 kab/kota features (${inProv('32')})`);
check(inProv('31') === 6, `DKI Jakarta (31) has 6 kab/kota features (${inProv('31')})`);
const perProv = provinces.map((p) => [p, Buffer.byteLength(JSON.stringify({ type: 'FeatureCollection', features: kab.features.filter((f) => f.properties.code.startsWith(p + '.')) }))]);
const maxProv = perProv.reduce((a, b) => (b[1] > a[1] ? b : a));
const kabGz = fs.statSync(path.join(dir, 'kabkota.geojson.gz')).size;
check(kabGz <= 2.5 * 1048576, `kabkota.geojson.gz ${(kabGz / 1048576).toFixed(2)} MB gzipped (target <= 2.5 MB)`);
check(maxProv[1] <= 400 * 1024, `largest province kab/kota set ${(maxProv[1] / 1024).toFixed(0)} KB uncompressed (${maxProv[0]}; target a few hundred KB)`);
lines.push('');

// kecamatan
let total = 0, totalGz = 0, maxGz = ['', 0], maxKab = ['', 0];
const kecCodes = [];
const agg = { features: 0, badProps: 0, badType: 0, badCoord: 0, openRings: 0, shortRings: 0, tooPrecise: 0, selfIntersecting: 0, rings: 0, vertices: 0 };
let wrongProvince = 0;
for (const p of provinces) {
  const file = path.join('kecamatan', `${p}.geojson.gz`);
  const gz = fs.statSync(path.join(dir, file)).size;
  const fcol = load(file);
  totalGz += gz; total += Buffer.byteLength(JSON.stringify(fcol));
  if (gz > maxGz[1]) maxGz = [p, gz];
  const r = inspect(fcol, 5);
  for (const k of Object.keys(agg)) agg[k] += r[k];
  for (const f of fcol.features) { kecCodes.push(f.properties.code); if (!f.properties.code.startsWith(p + '.')) wrongProvince++; }
  const byKab = new Map();
  for (const f of fcol.features) { const k = f.properties.code.slice(0, 5); if (!byKab.has(k)) byKab.set(k, []); byKab.get(k).push(f); }
  for (const [k, fs2] of byKab) { const b = Buffer.byteLength(JSON.stringify({ type: 'FeatureCollection', features: fs2 })); if (b > maxKab[1]) maxKab = [k, b]; }
}
lines.push('### kecamatan/<province>.geojson.gz', '', fmt(agg), '');
check(geomOk(agg), 'properties exactly {code, name}; Polygon/MultiPolygon; [lon, lat] inside Indonesia; closed rings; 5 decimals');
check(agg.selfIntersecting === 0, `no self-intersecting ring (${agg.selfIntersecting})`);
check(wrongProvince === 0, 'every kecamatan is in its province\'s file');
check(new Set(kecCodes).size === kecCodes.length, 'no duplicate code');
const missingKec = [...districts].filter((c) => !kecCodes.includes(c));
check(kecCodes.every((c) => districts.has(c)), 'every code is an idn-area-data kecamatan code');
check(missingKec.length === 0, `all ${districts.size} idn-area-data kecamatan have a polygon (${kecCodes.length}; missing: ${missingKec.join(' ') || 'none'})`);
const bdg = kecCodes.filter((c) => c.startsWith('32.73.')).length;
check(bdg === 30, `Kota Bandung (32.73) has 30 kecamatan features (${bdg})`);
check(totalGz <= 10 * 1048576, `kecamatan total ${(totalGz / 1048576).toFixed(2)} MB gzipped, ${(total / 1048576).toFixed(2)} MB uncompressed (target <= 10 MB gzipped)`);
check(maxKab[1] <= 400 * 1024, `largest kab/kota kecamatan set ${(maxKab[1] / 1024).toFixed(0)} KB uncompressed (${maxKab[0]}; target a few hundred KB)`);
lines.push(`- largest province file: kecamatan/${maxGz[0]}.geojson.gz, ${(maxGz[1] / 1024).toFixed(0)} KB gzipped`, '');

// interior points
const inRing = ([x, y], r) => { let inside = false; for (let i = 0, j = r.length - 1; i < r.length; j = i++) { const [xi, yi] = r[i], [xj, yj] = r[j]; if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside; } return inside; };
const inFeature = (pt, f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
  .some((poly) => inRing(pt, poly[0]) && !poly.slice(1).some((hole) => inRing(pt, hole)));
const pts = new Map();
let ptBad = 0, ptWrongProv = 0, ptGz = 0;
for (const p of provinces) {
  const file = path.join(dir, 'titik', `${p}.tsv.gz`);
  if (!fs.existsSync(file)) continue;
  ptGz += fs.statSync(file).size;
  const rows = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  if (rows.shift() !== 'code\tlon\tlat') ptBad++;
  for (const row of rows) {
    const [code, lon, lat] = row.split('\t');
    if (!/^-?\d+\.\d{5}$/.test(lon) || !/^-?\d+\.\d{5}$/.test(lat) || !(+lon > 94 && +lon < 142 && +lat > -12 && +lat < 7)) ptBad++;
    if (!code.startsWith(p + '.')) ptWrongProv++;
    pts.set(code, [+lon, +lat]);
  }
}
const ptCodes = [...pts.keys()];
const kecPolys = new Map();
for (const p of provinces) for (const f of load(path.join('kecamatan', `${p}.geojson.gz`)).features) kecPolys.set(f.properties.code, f);
const kecOutside = [...districts].filter((c) => pts.has(c) && kecPolys.has(c) && !inFeature(pts.get(c), kecPolys.get(c)));
const kabOutside = kab.features.filter((f) => pts.has(f.properties.code) && !inFeature(pts.get(f.properties.code), f)).map((f) => f.properties.code);
const desaPts = ptCodes.filter((c) => villages.has(c)).length;
lines.push('### titik/<province>.tsv.gz', '', `${pts.size} points (${desaPts} desa/kelurahan), ${(ptGz / 1048576).toFixed(2)} MB gzipped`, '');
check(ptBad === 0, `header "code, lon, lat"; 5 decimals; inside Indonesia (${ptBad} bad)`);
check(ptWrongProv === 0, 'every point is in its province\'s file');
check(ptCodes.every((c) => regencies.has(c) || districts.has(c) || villages.has(c)), 'every code is an idn-area-data kab/kota, kecamatan or desa code');
check([...regencies].every((c) => pts.has(c)) && [...districts].every((c) => pts.has(c)), 'every kab/kota and kecamatan has a point');
check(kabOutside.length === 0 && kecOutside.length === 0, `each kab/kota and kecamatan point lies inside the polygon the wall draws (outside: ${[...kabOutside, ...kecOutside].join(' ') || 'none'})`);
check(desaPts >= 0.99 * villages.size, `desa/kelurahan with a point: ${desaPts} of ${villages.size} (target >= 99%)`);
lines.push('');

const text = ['## Sanity checks (`check.mjs`)', '', ...lines, failures ? `**${failures} check(s) failed**` : 'All checks passed.', ''].join('\n');
console.log(text);
if (reportFile) fs.appendFileSync(reportFile, '\n' + text);
process.exit(failures ? 1 : 0);
