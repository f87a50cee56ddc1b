// Copy the browser assets warta's web UI needs from node_modules into
// static/build/ (served at /static/build/). Run by `npm ci --prefix warta/web`.
// The admin-region layer (admin1-*.json) comes from `python -m warta.web.basemap`
// and is left in place.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "static", "build");

const files = {
  "leaflet.js": "leaflet/dist/leaflet.js",
  "leaflet.css": "leaflet/dist/leaflet.css",
  "leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
  "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
  "MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
  "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
  "countries-50m.json": "world-atlas/countries-50m.json",
};

mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) {
  if (!name.startsWith("admin1-")) rmSync(join(out, name), { recursive: true, force: true });
}
for (const [name, src] of Object.entries(files)) {
  copyFileSync(join(nm, src), join(out, name));
}
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify(Object.keys(files), null, 1) + "\n");
console.log(`warta web assets: ${Object.keys(files).length} files in ${out}`);
