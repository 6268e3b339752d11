// Builds the wall-map boundary files from a checkout of cahyadsn/wilayah_boundaries.
// Run it through build.sh, which fetches the source and mapshaper first.
//
//   node build.mjs <source checkout> <idn-area-data dir> <output dir> <report file>
//   env MAPSHAPER_DIR: folder whose node_modules holds mapshaper
//
// Output (see NOTICE.md there): <output>/kabkota.geojson.gz and <output>/kecamatan/<prov>.geojson.gz,
// every Feature's properties exactly {"code", "name"} from idn-area-data; <output>/titik/<prov>.tsv.gz,
// one interior point per kab/kota, kecamatan and desa/kelurahan (where issues are drawn on the map);
// the report lists the code matching and the sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [srcDir, refDir, outDir, reportFile] = process.argv.slice(2);
if (!reportFile) {
  console.error('usage: node build.mjs <source checkout> <idn-area-data dir> <output dir> <report file>');
  process.exit(2);
}
const require = createRequire(path.resolve(process.env.MAPSHAPER_DIR || '.') + '/');
const mapshaper = require('mapshaper');

// ---------------------------------------------------------------- parameters
// Simplification is scaled to what one screen shows: a province's kab/kota set or a kab/kota's
// kecamatan set is fitted into MAP_PX pixels (its longer side, after the 16:10 aspect), and lines
// are simplified to about TOL_PX pixels at that scale (Visvalingam, weighted, keep-shapes).
const MAP_PX = 1600;          // usable map width on a 1920 px wall screen
const TOL_PX_KAB = 0.5;       // tolerance for kab/kota polygons, in screen pixels
const TOL_PX_KEC = 1.0;       // tolerance for kecamatan polygons, in screen pixels
const MIN_INTERVAL_M = 10;    // never simplify finer than this (metres)
const PRECISION_KAB = 0.0001; // 4 decimals (~11 m) for the national kab/kota file
const PRECISION_KEC = 0.00001;// 5 decimals (~1 m) for kecamatan
const POINT_DECIMALS = 5;     // interior points: 5 decimals (~1 m)
const GAP_WIDTH = '30m';      // cracks between neighbouring desa polygons narrower than this are closed
// Kab/kota left out when sizing a province's screen scale: DKI Jakarta's Kepulauan Seribu reaches
// ~110 km north of the mainland, so the wall shows it as an inset; DKI is scaled by its mainland.
const SCALE_EXCLUDE = new Set(['31.01']);

// ---------------------------------------------------------------- idn-area-data
function readCsv(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const header = lines.shift().split(',');
  return lines.map((line) => {
    const cells = []; let cur = '', q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c;
      } else if (c === '"') q = true; else if (c === ',') { cells.push(cur); cur = ''; } else cur += c;
    }
    cells.push(cur);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}
const provinces = readCsv(path.join(refDir, 'provinces.csv'));
const regencies = readCsv(path.join(refDir, 'regencies.csv'));
const districts = readCsv(path.join(refDir, 'districts.csv'));
const villages = readCsv(path.join(refDir, 'villages.csv'));
const regByCode = new Map(regencies.map((r) => [r.code, r]));
const disByCode = new Map(districts.map((d) => [d.code, d]));
const vilByCode = new Map(villages.map((v) => [v.code, v]));
const refVillagesOfKec = new Map();
for (const v of villages) {
  if (!refVillagesOfKec.has(v.district_code)) refVillagesOfKec.set(v.district_code, []);
  refVillagesOfKec.get(v.district_code).push(v.code);
}

function norm(name, level) {
  let s = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (level === 'kab') {
    const kota = /^\s*(kota|kodya|kotamadya)\b/.test(s);
    s = s.replace(/^\s*(kabupaten|kab\.?|kota|kodya|kotamadya)\s+/, '');
    s = (kota ? 'kota:' : 'kab:') + s;
  }
  return s.replace(/kepulauan/g, 'kep').replace(/[^a-z0-9:]/g, '');
}

// ---------------------------------------------------------------- source SQL
// rows look like: ('32.73.01','Sukasari',-6.87,107.58,'[[[[-6.87,107.59],...]]]'),  ([lat, lng] order)
const ROW = /\(\s*'([0-9.]+)'\s*,\s*'((?:[^']|'')*)'\s*,\s*([-0-9.eE+]+|NULL)\s*,\s*([-0-9.eE+]+|NULL)\s*,\s*'(\[[^']*\])'\s*\)/g;
function* sqlRows(file) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(ROW)) yield { code: m[1], name: m[2].replace(/''/g, "'"), path: m[5], file: path.basename(file) };
}
function sqlFiles(sub) {
  const dir = path.join(srcDir, 'db', sub);
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) for (const f of fs.readdirSync(p).sort()) { if (f.endsWith('.sql')) out.push(path.join(p, f)); }
    else if (e.name.endsWith('.sql')) out.push(p);
  }
  return out;
}
function depth(a) { let d = 0; while (Array.isArray(a)) { d++; a = a[0]; } return d; }
function toGeometry(text, code) {
  const p = JSON.parse(text);
  const d = depth(p);
  const polys = d === 4 ? p : d === 3 ? [p] : d === 2 ? [[p]] : null;
  if (!polys) throw new Error(`${code}: unexpected path depth ${d}`);
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (const ring of poly) {
      const r = ring.map(([lat, lng]) => {
        if (!(lat > -12 && lat < 7 && lng > 94 && lng < 142)) throw new Error(`${code}: point outside Indonesia ${lat},${lng}`);
        return [lng, lat]; // GeoJSON order
      });
      const f = r[0], l = r[r.length - 1];
      if (f[0] !== l[0] || f[1] !== l[1]) r.push([f[0], f[1]]);
      if (r.length >= 4) rings.push(r);
    }
    if (rings.length) out.push(rings);
  }
  if (!out.length) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

// match source rows of one level to idn-area-data codes; returns features with {code, name}
function matchLevel(rows, level) {
  const ref = level === 'kab' ? regByCode : disByCode;
  const refList = level === 'kab' ? regencies : districts;
  const parentKey = level === 'kab' ? 'province_code' : 'regency_code';
  const parentOf = (code) => code.split('.').slice(0, -1).join('.');
  const res = { features: [], unmatched: [], renamed: [], byName: [], noGeom: [], dup: [], missing: [], read: rows.length };
  const used = new Set();
  for (const r of rows) {
    let hit = ref.get(r.code);
    if (hit && norm(hit.name, level) !== norm(r.name, level)) res.renamed.push({ code: r.code, source: r.name, ref: hit.name });
    if (!hit) {
      const c = refList.filter((x) => x[parentKey] === parentOf(r.code) && norm(x.name, level) === norm(r.name, level));
      if (c.length === 1) { hit = c[0]; res.byName.push({ source: r.code, name: r.name, code: hit.code }); }
    }
    if (!hit) { res.unmatched.push(r); continue; }
    if (used.has(hit.code)) { res.dup.push({ code: hit.code, source: r.code, name: r.name }); continue; }
    const geometry = toGeometry(r.path, r.code);
    if (!geometry) { res.noGeom.push(r); continue; }
    used.add(hit.code);
    res.features.push({ type: 'Feature', properties: { code: hit.code, name: hit.name }, geometry });
  }
  res.missing = refList.filter((x) => !used.has(x.code));
  return res;
}

// ---------------------------------------------------------------- geometry helpers
function bboxOf(features) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]) { if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y; }
  }
  return [x0, y0, x1, y1];
}
// metres per screen pixel when the features fill a MAP_PX x (MAP_PX/1.6) map
function metresPerPixel(features) {
  const [x0, y0, x1, y1] = bboxOf(features);
  const k = Math.cos(((y0 + y1) / 2) * Math.PI / 180) * 111320;
  const w = (x1 - x0) * k, h = (y1 - y0) * 110574;
  return Math.max(w, h * 1.6) / MAP_PX;
}
// runs mapshaper in memory; returns the features of out.json (an empty layer comes back as
// an empty GeometryCollection, hence the fallback)
async function ms(cmd, inputs) {
  const out = await mapshaper.applyCommands('-quiet ' + cmd, inputs);
  const json = JSON.parse(out['out.json']);
  return (json.features || []).filter((f) => f.geometry);
}
const fc = (features) => ({ type: 'FeatureCollection', features });
function propsOnly(featureCollection, level) {
  // keep exactly {code, name}; name from idn-area-data
  const ref = level === 'kab' ? regByCode : disByCode;
  return fc(featureCollection.features
    .filter((f) => f.geometry)
    .map((f) => ({ type: 'Feature', properties: { code: f.properties.code, name: ref.get(f.properties.code).name }, geometry: f.geometry }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)));
}
function countVertices(features) {
  let n = 0;
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const r of p) n += r.length;
  }
  return n;
}

// Rounding to the output precision can fold a few tiny ring segments over each other. Re-clean the
// rounded polygons (mapshaper splits such rings) and round again until no ring crosses itself.
const cross = (a, b, c) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
function selfIntersections(features) {
  let bad = 0;
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const r of p) {
      const n = r.length - 1;
      if (n > 4000) continue;
      outer: for (let i = 0; i < n; i++) for (let j = i + 2; j < n; j++) {
        if (i === 0 && j === n - 1) continue;
        const a = r[i], b = r[i + 1], c = r[j], d = r[j + 1];
        const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) { bad++; break outer; }
      }
    }
  }
  return bad;
}
async function finalize(features, precision) {
  let cur = features;
  for (let pass = 0; pass < 4 && selfIntersections(cur); pass++) {
    cur = await ms(`-i in.json snap -clean -o out.json precision=${precision} format=geojson rfc7946`, { 'in.json': fc(cur) });
  }
  return cur;
}

// interior points per province: code -> [lon, lat], rounded to POINT_DECIMALS. mapshaper is given
// the features as text for them: given objects, it rewinds their rings in place.
const points = new Map();
function addPoint(code, [lon, lat]) {
  const p = code.slice(0, 2);
  if (!points.has(p)) points.set(p, new Map());
  points.get(p).set(code, [lon.toFixed(POINT_DECIMALS), lat.toFixed(POINT_DECIMALS)]);
}

// ---------------------------------------------------------------- read + match
console.log('reading source ...');
const kabRows = [], kecRows = [];
for (const f of sqlFiles('kab')) for (const r of sqlRows(f)) kabRows.push(r);
for (const f of sqlFiles('kec')) for (const r of sqlRows(f)) kecRows.push(r);
const kab = matchLevel(kabRows, 'kab');
const kec = matchLevel(kecRows, 'kec');
const kecFallback = new Map(kec.features.map((f) => [f.properties.code, f]));

// desa polygons, grouped by kab/kota; only used to build kecamatan outlines
const desaByKab = new Map();
const desaUnmatched = [];
let desaRead = 0;
for (const f of sqlFiles('kel')) {
  for (const r of sqlRows(f)) {
    desaRead++;
    if (!vilByCode.has(r.code) || !disByCode.has(r.code.slice(0, 8))) { desaUnmatched.push(r); continue; }
    const g = toGeometry(r.path, r.code);
    if (!g) continue;
    const k = r.code.slice(0, 5);
    if (!desaByKab.has(k)) desaByKab.set(k, []);
    desaByKab.get(k).push({ type: 'Feature', properties: { code: r.code.slice(0, 8), desa: r.code }, geometry: g });
  }
}

// ---------------------------------------------------------------- kecamatan
// Per kab/kota: dissolve its desa polygons by kecamatan code (full resolution), fill what missing
// desa leave uncovered from the source's kecamatan polygon, simplify at the kab/kota's own screen
// scale. The full-resolution kecamatan are also dissolved into the kab/kota outline used below.
console.log('building kecamatan ...');
fs.mkdirSync(path.join(outDir, 'kecamatan'), { recursive: true });
const kecStats = [];        // per kab/kota
const kecHow = new Map();   // kecamatan code -> how its outline was made (see report)
const kecMissingDesa = new Map(); // kecamatan code -> [missing desa, listed desa]
const provKec = new Map();  // province code -> simplified kecamatan features
const kabFull = new Map();  // province code -> full-resolution kab/kota outlines
for (const r of regencies) {
  const kecCodes = districts.filter((d) => d.regency_code === r.code).map((d) => d.code);
  const desa = desaByKab.get(r.code) || [];
  const have = new Set(desa.map((d) => d.properties.desa));
  const incomplete = [];
  for (const k of kecCodes) {
    const listed = refVillagesOfKec.get(k) || [];
    const missing = listed.filter((v) => !have.has(v)).length;
    if (missing || !listed.length) { incomplete.push(k); kecMissingDesa.set(k, [missing, listed.length]); }
  }
  // desa interior points from the full-resolution desa polygons (a point inside, not the centroid,
  // so a crescent-shaped desa still gets its dot inside itself)
  if (desa.length) {
    const pts = await ms('-i in.json -points inner -o out.json format=geojson', { 'in.json': JSON.stringify(fc(desa)) });
    for (const f of pts) addPoint(f.properties.desa, f.geometry.coordinates);
  }
  let layer = [];
  if (desa.length) {
    layer = await ms(`-i in.json snap -clean gap-width=${GAP_WIDTH} close-outer-gaps -dissolve code -o out.json format=geojson rfc7946`,
      { 'in.json': fc(desa) });
  }
  const fromDesa = new Set(layer.map((f) => f.properties.code));
  for (const k of kecCodes) kecHow.set(k, !fromDesa.has(k) ? 'none' : incomplete.includes(k) ? 'desa, incomplete, nothing to fill' : 'desa');
  const fill = incomplete.map((k) => kecFallback.get(k)).filter(Boolean);
  if (fill.length) {
    let rest = fill;
    if (layer.length) {
      rest = await ms(
        `-i fill.json name=fill -i desa.json name=desa -erase desa target=fill -explode target=fill ` +
        `-filter 'this.area > 20000' target=fill -o target=fill out.json format=geojson rfc7946`,
        { 'fill.json': fc(fill), 'desa.json': fc(layer) });
    }
    if (rest.length) {
      layer = await ms(`-i in.json -dissolve code -o out.json format=geojson rfc7946`, { 'in.json': fc([...layer, ...rest]) });
      for (const k of new Set(rest.map((f) => f.properties.code))) kecHow.set(k, fromDesa.has(k) ? 'desa + filled from source kecamatan polygon' : 'source kecamatan polygon only');
    }
  }
  if (!layer.length) continue;
  const p = r.province_code;
  const outline = await ms(`-i in.json -dissolve -each 'code="${r.code}"' -o out.json format=geojson rfc7946`, { 'in.json': fc(layer) });
  if (!kabFull.has(p)) kabFull.set(p, []);
  kabFull.get(p).push(...outline);

  const interval = Math.max(MIN_INTERVAL_M, metresPerPixel(layer) * TOL_PX_KEC);
  const out = await ms(
    `-i in.json snap -simplify visvalingam weighted keep-shapes interval=${interval.toFixed(1)} -clean ` +
    `-o out.json precision=${PRECISION_KEC} format=geojson rfc7946`, { 'in.json': fc(layer) });
  const res = propsOnly(fc(await finalize(out, PRECISION_KEC)), 'kec');
  const bytes = Buffer.byteLength(JSON.stringify(res));
  kecStats.push({ kab: r.code, name: r.name, features: res.features.length, expected: kecCodes.length, interval, bytes, vertices: countVertices(res.features) });
  if (!provKec.has(p)) provKec.set(p, []);
  provKec.get(p).push(...res.features);
  // kecamatan points from the simplified outlines the wall draws, so each dot is inside its area
  for (const f of await ms('-i in.json -points inner -o out.json format=geojson', { 'in.json': JSON.stringify(fc(res.features)) })) {
    addPoint(f.properties.code, f.geometry.coordinates);
  }
}
const provKecStats = [];
for (const p of provinces) {
  const feats = provKec.get(p.code) || [];
  const json = JSON.stringify(propsOnly(fc(feats), 'kec'));
  const gz = zlib.gzipSync(json, { level: 9 });
  fs.writeFileSync(path.join(outDir, 'kecamatan', `${p.code}.geojson.gz`), gz);
  provKecStats.push({ prov: p.code, name: p.name, features: feats.length, bytes: json.length, gz: gz.length });
}

// ---------------------------------------------------------------- kab/kota
// Outlines dissolved from the kecamatan above (so both maps agree), simplified per province at the
// province's screen scale. The source's own kab/kota polygons (coarser) are used only for a kab/kota
// that got no outline, and to cross-check areas.
console.log('building kab/kota ...');
const kabOut = [];
const kabStats = [];
const kabFromSource = [];
for (const p of provinces) {
  const feats = [...(kabFull.get(p.code) || [])];
  const have = new Set(feats.map((f) => f.properties.code));
  for (const f of kab.features) {
    if (f.properties.code.startsWith(p.code + '.') && !have.has(f.properties.code)) { feats.push(f); kabFromSource.push(f.properties.code); }
  }
  if (!feats.length) continue;
  const scaleBy = feats.filter((f) => !SCALE_EXCLUDE.has(f.properties.code));
  const interval = Math.max(MIN_INTERVAL_M, metresPerPixel(scaleBy.length ? scaleBy : feats) * TOL_PX_KAB);
  const out = await ms(
    `-i in.json snap -clean gap-width=${GAP_WIDTH} -simplify visvalingam weighted keep-shapes interval=${interval.toFixed(1)} ` +
    `-clean -o out.json precision=${PRECISION_KAB} format=geojson rfc7946`, { 'in.json': fc(feats) });
  const res = propsOnly(fc(await finalize(out, PRECISION_KAB)), 'kab');
  const bytes = Buffer.byteLength(JSON.stringify(res));
  kabStats.push({ prov: p.code, name: p.name, features: res.features.length, interval, bytes, vertices: countVertices(res.features) });
  kabOut.push(...res.features);
}
for (const f of await ms('-i in.json -points inner -o out.json format=geojson', { 'in.json': JSON.stringify(fc(kabOut)) })) {
  addPoint(f.properties.code, f.geometry.coordinates);
}
const kabJson = JSON.stringify(propsOnly(fc(kabOut), 'kab'));
const kabGz = zlib.gzipSync(kabJson, { level: 9 });
fs.writeFileSync(path.join(outDir, 'kabkota.geojson.gz'), kabGz);

// ---------------------------------------------------------------- points
console.log('writing points ...');
fs.mkdirSync(path.join(outDir, 'titik'), { recursive: true });
const pointStats = [];
for (const p of provinces) {
  const rows = [...(points.get(p.code) || new Map())].sort(([a], [b]) => a.localeCompare(b));
  if (!rows.length) continue;
  const text = 'code\tlon\tlat\n' + rows.map(([c, [x, y]]) => `${c}\t${x}\t${y}\n`).join('');
  const gz = zlib.gzipSync(text, { level: 9 });
  fs.writeFileSync(path.join(outDir, 'titik', `${p.code}.tsv.gz`), gz);
  pointStats.push({ prov: p.code, rows: rows.length, gz: gz.length });
}

// area cross-check: output kab/kota vs the source's own kab/kota polygon
const areaOf = async (features) => {
  const out = await ms(`-i in.json -each 'area=this.area' -o out.json format=geojson rfc7946`, { 'in.json': fc(features) });
  return new Map(out.map((f) => [f.properties.code, f.properties.area]));
};
const areaOut = await areaOf(kabOut), areaSrc = await areaOf(kab.features);
const areaDiff = [];
for (const [code, a] of areaOut) {
  const b = areaSrc.get(code);
  if (b && Math.abs(a - b) / b > 0.05) areaDiff.push({ code, out: a / 1e6, src: b / 1e6 });
}

// ---------------------------------------------------------------- report
const kib = (n) => (n / 1024).toFixed(0) + ' KB';
const mib = (n) => (n / 1048576).toFixed(2) + ' MB';
const L = [];
L.push('# Boundary build report', '',
  'Generated by `tools/boundaries/build.sh` (`build.mjs`); do not edit by hand.', '',
  'Source: cahyadsn/wilayah_boundaries (see `src/main/resources/boundaries/NOTICE.md` for the commit).',
  'Reference: idn-area-data 4.0.1 (`src/main/resources/reference/idn-area-data/`). A source row is matched',
  'by its Kemendagri code and its name is then compared with the idn-area-data name (lower-cased, accents,',
  'spaces and punctuation removed, "Kabupaten"/"Kota" stripped but the kabupaten-vs-kota distinction',
  'kept, "Kep." = "Kepulauan"). A row whose code is unknown would be matched by that normalised name',
  'inside the same parent; a row matching neither is listed and dropped. Output names are always the',
  'idn-area-data names.', '');
const sec = (title, res, total, refName) => {
  const byCode = res.features.length - res.byName.length;
  L.push(`## ${title}`, '', '| what | count |', '| --- | --- |',
    `| idn-area-data ${refName} | ${total} |`,
    `| source features read | ${res.read} |`,
    `| matched by code (name checked) | ${byCode} |`,
    `| matched by name within parent (source code unknown) | ${res.byName.length} |`,
    `| idn-area-data codes with no polygon | ${res.missing.length} |`,
    `| source features with no idn-area-data code (dropped) | ${res.unmatched.length} |`,
    `| source features with empty geometry (dropped) | ${res.noGeom.length} |`,
    `| duplicate source features for one code (dropped) | ${res.dup.length} |`, '');
  const list = (head, arr, fmt) => {
    L.push(`### ${head} (${arr.length})`, '');
    if (!arr.length) L.push('none', ''); else { for (const x of arr) L.push('- ' + fmt(x)); L.push(''); }
  };
  list('idn-area-data codes with no polygon', res.missing, (x) => `${x.code} ${x.name}`);
  list('Source features with no code (dropped)', res.unmatched, (x) => `${x.code} ${x.name} (${x.file})`);
  list('Source features with empty geometry (dropped)', res.noGeom, (x) => `${x.code} ${x.name}`);
  list('Duplicates (dropped)', res.dup, (x) => `${x.source} ${x.name} -> ${x.code}`);
  list('Matched by name within parent', res.byName, (x) => `${x.source} ${x.name} -> ${x.code}`);
  list('Same code, name spelt differently (kept; idn-area-data name used)', res.renamed, (x) => `${x.code}: source "${x.source}", idn-area-data "${x.ref}"`);
};
sec('Kabupaten/kota (ADM2)', kab, regencies.length, 'regencies');
sec('Kecamatan (ADM3), source kecamatan polygons', kec, districts.length, 'districts');

const howCount = (h) => [...kecHow.values()].filter((x) => x === h).length;
const kecOutCount = provKecStats.reduce((a, s) => a + s.features, 0);
const HOWS = ['desa', 'desa + filled from source kecamatan polygon', 'desa, incomplete, nothing to fill', 'source kecamatan polygon only', 'none'];
L.push('## Kecamatan outlines in the output', '',
  'The source\'s kecamatan polygons are coarse (Kota Bandung\'s 30 kecamatan have 199 points in all), so',
  'kecamatan outlines are built by dissolving the source\'s desa/kelurahan polygons by the first three',
  'code segments (the desa codes are idn-area-data codes). Where idn-area-data lists a desa that the',
  'source has no polygon for, the part of the source\'s own kecamatan polygon that no desa polygon covers',
  '(pieces under 2 ha dropped) is added to that kecamatan. Kab/kota outlines are these kecamatan dissolved.', '',
  '| what | count |', '| --- | --- |',
  `| source desa polygons read | ${desaRead} |`,
  `| source desa polygons without an idn-area-data code (dropped) | ${desaUnmatched.length} |`,
  `| idn-area-data desa without a source polygon | ${[...kecMissingDesa.values()].reduce((a, [m]) => a + m, 0)} |`,
  ...HOWS.map((h) => `| kecamatan: ${h} | ${howCount(h)} |`),
  `| kecamatan features written | ${kecOutCount} of ${districts.length} |`,
  `| kab/kota outlines taken from the source kab/kota polygon (no kecamatan) | ${kabFromSource.length} |`, '');
for (const h of HOWS.slice(1)) {
  const arr = [...kecHow.entries()].filter(([, x]) => x === h).map(([k]) => k);
  L.push(`### ${h} (${arr.length})`, '', arr.length ? arr.map((k) => {
    const m = kecMissingDesa.get(k);
    return `${k} ${disByCode.get(k).name}` + (m ? ` (${m[0]} of ${m[1]} desa missing)` : '');
  }).join(', ') : 'none', '');
}
if (desaUnmatched.length) L.push('### desa without code', '', desaUnmatched.map((r) => `${r.code} ${r.name}`).join(', '), '');
L.push(`### Kab/kota whose output area differs from the source kab/kota polygon by more than 5% (${areaDiff.length})`, '',
  areaDiff.length ? areaDiff.map((d) => `${d.code} ${regByCode.get(d.code).name}: ${d.out.toFixed(0)} km² vs source ${d.src.toFixed(0)} km²`).join('; ') : 'none', '');

L.push('## Sizes', '', `kabkota.geojson.gz: ${kabOut.length} features, ${mib(kabJson.length)} uncompressed, ${mib(kabGz.length)} gzipped`, '');
L.push('### Kab/kota per province (uncompressed, the set one province election draws)', '',
  '| prov | name | features | tolerance (m) | vertices | size |', '| --- | --- | --- | --- | --- | --- |');
for (const s of kabStats) L.push(`| ${s.prov} | ${s.name} | ${s.features} | ${s.interval.toFixed(0)} | ${s.vertices} | ${kib(s.bytes)} |`);
L.push('');
const totGz = provKecStats.reduce((a, s) => a + s.gz, 0), totRaw = provKecStats.reduce((a, s) => a + s.bytes, 0);
L.push(`### kecamatan/<prov>.geojson.gz: total ${mib(totRaw)} uncompressed, ${mib(totGz)} gzipped`, '',
  '| prov | name | kecamatan | uncompressed | gzipped |', '| --- | --- | --- | --- | --- |');
for (const s of provKecStats) L.push(`| ${s.prov} | ${s.name} | ${s.features} | ${kib(s.bytes)} | ${kib(s.gz)} |`);
L.push('');
const big = [...kecStats].sort((a, b) => b.bytes - a.bytes);
const ptGz = pointStats.reduce((a, s) => a + s.gz, 0), ptRows = pointStats.reduce((a, s) => a + s.rows, 0);
L.push(`### titik/<prov>.tsv.gz: ${ptRows} interior points (kab/kota, kecamatan, desa), ${mib(ptGz)} gzipped`, '');
L.push('### Kecamatan per kab/kota (uncompressed, the set one kab/kota election draws): 15 largest', '',
  '| kab/kota | name | kecamatan | tolerance (m) | vertices | size |', '| --- | --- | --- | --- | --- | --- |');
for (const s of big.slice(0, 15)) L.push(`| ${s.kab} | ${s.name} | ${s.features}/${s.expected} | ${s.interval.toFixed(0)} | ${s.vertices} | ${kib(s.bytes)} |`);
L.push('', `Median kab/kota kecamatan set: ${kib(big[Math.floor(big.length / 2)].bytes)}.`, '');
fs.writeFileSync(reportFile, L.join('\n'));

console.log(`kab/kota: ${kab.features.length}/${regencies.length} matched, ${kab.missing.length} without polygon, ${kab.unmatched.length} source features without code`);
console.log(`kecamatan: ${kecOutCount}/${districts.length} written (${HOWS.map((h) => `${h}: ${howCount(h)}`).join('; ')}); source kecamatan rows ${kec.features.length} matched, ${kec.unmatched.length} without code`);
console.log(`kab/kota area differing >5% from source: ${areaDiff.length}`);
console.log(`kabkota.geojson.gz ${mib(kabGz.length)} (${mib(kabJson.length)} raw); max province set ${kib(Math.max(...kabStats.map((s) => s.bytes)))}`);
console.log(`points: ${ptRows} in ${pointStats.length} province files, ${mib(ptGz)} gz`);
console.log(`kecamatan total ${mib(totGz)} gz (${mib(totRaw)} raw); max province file ${kib(Math.max(...provKecStats.map((s) => s.gz)))} gz; max kab/kota set ${kib(big[0].bytes)} (${big[0].kab})`);
