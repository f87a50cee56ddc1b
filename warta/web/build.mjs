// Write the browser assets warta's web UI serves from /static/build/: Leaflet,
// marker clustering and topojson-client from node_modules (the versions
// pinned in package-lock.json), the Natural Earth country borders, and the
// admin-1 layer that ships in data/ (made by `python -m warta.web.basemap`).
//
//   node build.mjs [OUT]     (OUT defaults to static/build beside this file)
//
// Run by `npm ci --prefix warta/web` and by the Python build (setup.py), which
// runs it in a scratch copy so every wheel and sdist gets the same files.
// MANIFEST.json lists each file with its sha256.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = resolve(process.argv[2] || join(here, "static", "build"));

const files = {
  "leaflet.js": join(nm, "leaflet/dist/leaflet.js"),
  "leaflet.css": join(nm, "leaflet/dist/leaflet.css"),
  "leaflet.markercluster.js": join(nm, "leaflet.markercluster/dist/leaflet.markercluster.js"),
  "MarkerCluster.css": join(nm, "leaflet.markercluster/dist/MarkerCluster.css"),
  "MarkerCluster.Default.css": join(nm, "leaflet.markercluster/dist/MarkerCluster.Default.css"),
  "topojson-client.min.js": join(nm, "topojson-client/dist/topojson-client.min.js"),
  "countries-50m.json": join(nm, "world-atlas/countries-50m.json"),
  "admin1-10m.json": join(here, "data", "admin1-10m.json"),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = {};
for (const [name, src] of Object.entries(files)) {
  copyFileSync(src, join(out, name));
  manifest[name] = createHash("sha256").update(readFileSync(src)).digest("hex");
}
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify(manifest, null, 1) + "\n");
console.log(`warta web assets: ${Object.keys(files).length} files in ${out}`);
