// Turns the land outline of the npm package world-atlas (TopoJSON, Natural Earth 1:110m) into
// one SVG path in the equirectangular projection (x = longitude, y = -latitude, in degrees), for
// the map of the story page. Run by scripts/setup.sh; served by `storytrace serve` at
// /api/v1/map/land.
//
//   node scripts/world_map.mjs LAND_TOPOJSON OUT_JSON
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/world_map.mjs node_modules/world-atlas/land-110m.json OUT.json');
  process.exit(2);
}
const topo = JSON.parse(fs.readFileSync(input, 'utf8'));
const { scale, translate } = topo.transform;

// Arcs are quantised and delta-encoded: positions are running sums, then scaled.
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : [...arcs[~i]].reverse());
const ringPoints = (indexes) => indexes.flatMap((i, k) => (k ? arcPoints(i).slice(1) : arcPoints(i)));

// A tenth of a degree (11 km) is finer than the 1:110m outline itself.
const r = (v) => Math.round(v * 10) / 10;
const parts = [];
let points = 0;
function addRing(ring) {
  let d = '';
  let prev = null;
  for (const [lng, lat] of ring) {
    const p = [r(lng), r(-lat)];
    if (prev && p[0] === prev[0] && p[1] === prev[1]) continue;
    // A jump across the 180th meridian starts a new stroke instead of crossing the map.
    if (!prev || Math.abs(p[0] - prev[0]) > 180) d += `M${p[0]} ${p[1]}`;
    else d += `l${r(p[0] - prev[0])} ${r(p[1] - prev[1])}`;
    prev = p;
    points += 1;
  }
  if (d) parts.push(`${d}z`);
}
function addGeometry(g) {
  if (g.type === 'GeometryCollection') g.geometries.forEach(addGeometry);
  else if (g.type === 'Polygon') g.arcs.forEach(addRing);
  else if (g.type === 'MultiPolygon') g.arcs.forEach((polygon) => polygon.forEach(addRing));
}
const land = topo.objects.land;
if (!land) {
  console.error(`${input}: no "land" object`);
  process.exit(1);
}
// Rings as arc indexes → point lists.
function resolve(g) {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(resolve) };
  if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map(ringPoints) };
  if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map(ringPoints)) };
  return g;
}
addGeometry(resolve(land));

const pkg = JSON.parse(fs.readFileSync(new URL('package.json', `file://${fs.realpathSync(input)}`), 'utf8'));
const out = {
  source: `${pkg.name} ${pkg.version} (${pkg.license}), ${input.split('/').pop()}: Natural Earth 1:110m land, public domain`,
  projection: 'equirectangular',
  viewBox: [-180, -90, 360, 180],
  path: parts.join(''),
};
fs.writeFileSync(output, `${JSON.stringify(out)}\n`);
console.error(`world map: ${parts.length} rings, ${points} points, ${fs.statSync(output).size} bytes -> ${output}`);
