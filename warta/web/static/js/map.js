// The map page: a Natural Earth basemap (no tiles) of countries and, zoomed
// in, first-level admin regions, and the events of
// /events.json as circles coloured by type and sized by reported deaths,
// clustered when dense. Text from the store is only ever set as textContent.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var status = document.getElementById("map-status");
  if (!el || typeof L === "undefined") { return; }
  var palette = JSON.parse(document.getElementById("palette").textContent);
  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
  window.wartaMap = map;
  // the view (zoom/lat/lon) lives in the URL's #map= so that a link shows the same map
  var VIEW = /^#map=(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/;
  var fromUrl = VIEW.exec(location.hash);
  if (fromUrl) {
    map.setView([+fromUrl[2], +fromUrl[3]], +fromUrl[1]);
  } else {
    map.setView([48.5, 35], 5);
  }
  map.on("moveend", function () {
    var c = map.getCenter().wrap();
    var view = map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4);
    el.dataset.view = view;
    history.replaceState(null, "", location.pathname + location.search + "#map=" + view);
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth");

  // Panes, bottom to top: countries, admin-region lines, then the events.
  map.createPane("basemap").style.zIndex = 250;
  map.createPane("admin").style.zIndex = 300;
  map.getPane("admin").style.pointerEvents = "none";

  // Rings that cross the antimeridian (Russia's Chukotka, Fiji) come as
  // longitudes jumping from +180 to -180: drawn as they are, Leaflet paints a
  // line across the whole map. Each ring is unwrapped into one continuous run
  // of longitudes and moved to the world copy holding most of it; a ring that
  // still spans more than 180 degrees (one around a pole) is closed along
  // the pole and cut in two halves.
  function unwrap(ring) {
    var out = [], shift = 0;
    for (var i = 0; i < ring.length; i++) {
      var lon = ring[i][0];
      if (i) {
        var prev = ring[i - 1][0];
        if (lon - prev > 180) { shift -= 360; } else if (prev - lon > 180) { shift += 360; }
      }
      out.push([lon + shift, ring[i][1]]);
    }
    return out;
  }
  function spanOf(ring) {
    var lo = Infinity, hi = -Infinity;
    ring.forEach(function (p) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); });
    return [lo, hi];
  }
  function moved(ring, by) { return ring.map(function (p) { return [p[0] + by, p[1]]; }); }
  // Sutherland-Hodgman against the half-plane lon <= at (keepWest) or lon >= at
  function clip(ring, at, keepWest) {
    var out = [];
    function inside(p) { return keepWest ? p[0] <= at : p[0] >= at; }
    for (var i = 0; i < ring.length; i++) {
      var a = ring[i], b = ring[(i + 1) % ring.length];
      var ina = inside(a), inb = inside(b);
      if (ina) { out.push(a); }
      if (ina !== inb) {
        var t = (at - a[0]) / (b[0] - a[0]);
        out.push([at, a[1] + t * (b[1] - a[1])]);
      }
    }
    return out;
  }
  function crosses(ring) {
    for (var i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { return true; }
    }
    return false;
  }
  function fixRing(ring) {
    var u = unwrap(ring);
    var closedGap = u[u.length - 1][0] - u[0][0];
    if (Math.abs(closedGap) > 180) {  // around a pole: close it along the pole
      var pole = (u[0][1] < 0) ? -90 : 90;
      u.push([u[u.length - 1][0], pole], [u[0][0], pole]);
    }
    var s = spanOf(u), mid = (s[0] + s[1]) / 2;
    var by = mid > 180 ? -360 : mid < -180 ? 360 : 0;
    if (by) { u = moved(u, by); s = [s[0] + by, s[1] + by]; }
    if (s[1] - s[0] <= 180) { return [u]; }
    var cut = (s[0] + s[1]) / 2;
    return [clip(u, cut, true), clip(u, cut, false)].filter(function (r) { return r.length > 2; });
  }
  function fixAntimeridian(fc) {
    fc.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      var polys = g.type === "Polygon" ? [g.coordinates]
        : g.type === "MultiPolygon" ? g.coordinates : null;
      if (polys) {
        var out = [];
        polys.forEach(function (poly) {
          if (!crosses(poly[0])) { out.push(poly); return; }
          // a crossing ring is redrawn (its holes, none in Natural Earth's, dropped)
          fixRing(poly[0]).forEach(function (outer) { out.push([outer]); });
        });
        f.geometry = { type: "MultiPolygon", coordinates: out };
      } else if (g.type === "LineString") {
        g.coordinates = unwrap(g.coordinates);
      } else if (g.type === "MultiLineString") {
        g.coordinates = g.coordinates.map(unwrap);
      }
    });
    return fc;
  }

  fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (topo) {
    var land = fixAntimeridian(topojson.feature(topo, topo.objects.countries));
    window.wartaBasemap = L.geoJSON(land, {
      pane: "basemap", interactive: false,
      style: { color: "#8a96a3", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map);
  });

  // Oblasts, provinces, states: thin lines, fetched and drawn from zoom 4 on.
  var ADMIN_MIN_ZOOM = 4;
  var admin = null, adminLoading = false;
  function showAdmin() {
    var wanted = map.getZoom() >= ADMIN_MIN_ZOOM;
    if (admin) {
      if (wanted && !map.hasLayer(admin)) { admin.addTo(map); }
      if (!wanted && map.hasLayer(admin)) { map.removeLayer(admin); }
      return;
    }
    if (!wanted || adminLoading || !el.dataset.admin) { return; }
    adminLoading = true;
    fetch(el.dataset.admin).then(function (r) { return r.json(); }).then(function (topo) {
      var lines = fixAntimeridian(topojson.feature(topo, topo.objects.admin1));
      if (topo.objects.admin1_regions) {
        ringsOfArcs(topo.objects.admin1_regions);
        regions = topojson.feature(topo, topo.objects.admin1_regions).features.map(region);
      }
      admin = L.geoJSON(lines, {
        pane: "admin", interactive: false, renderer: L.canvas({ pane: "admin", padding: 0.2 }),
        style: { color: "#9aa4ae", weight: 0.7, opacity: 0.9, dashArray: "3 2" }
      });
      el.dataset.adminLines = String(lines.features.length);
      showAdmin();
    }).catch(function (err) { adminLoading = false; console.error("admin regions: " + err); });
  }
  map.on("zoomend", showAdmin);
  showAdmin();

  // The name of the admin region under the pointer, from zoom 4 on.
  var regions = null;
  var nameBox = L.control({ position: "bottomleft" });
  nameBox.onAdd = function () {
    var d = L.DomUtil.create("div", "region-name");
    d.id = "region-name";
    d.setAttribute("aria-live", "polite");
    return d;
  };
  nameBox.addTo(map);
  // TopoJSON rings are lists of arc indexes; the regions file writes a ring
  // of one arc as the bare index: make each such ring a list again.
  function ringsOfArcs(collection) {
    (collection.geometries || []).forEach(function (g) {
      if (g.type === "Polygon" && g.arcs.length && typeof g.arcs[0] === "number") {
        g.arcs = g.arcs.map(function (i) { return [i]; });
      } else if (g.type === "MultiPolygon" && g.arcs.length && typeof g.arcs[0][0] === "number") {
        g.arcs = g.arcs.map(function (p) { return p.map(function (i) { return [i]; }); });
      }
    });
  }
  function region(f) {
    var g = f.geometry || { type: "Polygon", coordinates: [] };
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    polys.forEach(function (p) {
      (p[0] || []).forEach(function (c) {
        box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
        box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
      });
    });
    return { name: f.properties.name, country: f.properties.country, polys: polys, box: box };
  }
  function inRing(ring, x, y) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var a = ring[i], b = ring[j];
      if ((a[1] > y) !== (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
    }
    return inside;
  }
  function regionAt(lon, lat) {
    for (var i = 0; i < regions.length; i++) {
      var r = regions[i], b = r.box;
      if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) { continue; }
      for (var k = 0; k < r.polys.length; k++) {
        var p = r.polys[k];
        if (p[0] && inRing(p[0], lon, lat) && !p.slice(1).some(function (h) { return inRing(h, lon, lat); })) {
          return r;
        }
      }
    }
    return null;
  }
  var pending = null;
  map.on("mousemove", function (ev) {
    pending = ev.latlng.wrap();
    window.requestAnimationFrame(function () {
      if (!pending) { return; }
      var at = pending, box = document.getElementById("region-name");
      pending = null;
      var r = regions && map.getZoom() >= ADMIN_MIN_ZOOM ? regionAt(at.lng, at.lat) : null;
      box.textContent = r ? r.name + (r.country ? ", " + r.country : "") : "";
      el.dataset.region = r ? r.name : "";
    });
  });
  map.on("mouseout", function () { document.getElementById("region-name").textContent = ""; });

  function node(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    if (cls) { n.className = cls; }
    return n;
  }

  function popup(e) {
    var box = node("div", null, "popup");
    box.appendChild(node("h3", e.type + (e.place ? " at " + e.place : "")));
    var when = e.date_start === e.date_end ? e.date_start : e.date_start + " – " + e.date_end;
    box.appendChild(node("p", (when || "undated") + " · " + (e.actor || "?") + " → " + (e.target || "?")));
    if (e.deaths) { box.appendChild(node("p", e.deaths + " killed reported")); }
    if (e.evidence) { box.appendChild(node("blockquote", e.evidence)); }
    var a = node("a", "Open the article (" + (e.source || "unknown source") + ")");
    a.href = e.evidence_url;
    box.appendChild(a);
    box.appendChild(node("br"));
    var page = node("a", "Event page: every report, figure and merge", "event-link");
    page.href = e.url;
    box.appendChild(page);
    return box;
  }

  function radius(deaths) {
    return deaths ? Math.min(28, 6 + 3 * Math.sqrt(deaths)) : 6;
  }

  // The date-range slider: two thumbs over the days of the loaded events;
  // moving one shows the events whose dates overlap the range, and puts the
  // range in the URL and the download links (from/to, as the filter form does).
  var DAY = 86400000;
  function dayNum(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function setParams(url, from, to) {
    var u = new URL(url, location.href);
    u.searchParams.set("from", from);
    u.searchParams.set("to", to);
    return u.pathname + u.search;
  }
  function slider(entries) {
    var box = document.getElementById("range");
    var a = document.getElementById("range-from"), b = document.getElementById("range-to");
    var label = document.getElementById("range-label");
    var dated = entries.filter(function (x) { return x.e.date_start && x.e.date_end; });
    if (!box || !dated.length) { return; }
    var lo = Math.min.apply(null, dated.map(function (x) { return dayNum(x.e.date_start); }));
    var hi = Math.max.apply(null, dated.map(function (x) { return dayNum(x.e.date_end); }));
    [a, b].forEach(function (inp) { inp.min = String(lo); inp.max = String(hi); });
    a.value = String(lo); b.value = String(hi);
    box.hidden = false;
    function apply(write) {
      var from = Math.min(+a.value, +b.value), to = Math.max(+a.value, +b.value);
      var shown = entries.filter(function (x) {
        return !x.e.date_start || (dayNum(x.e.date_end) >= from && dayNum(x.e.date_start) <= to);
      });
      cluster.clearLayers();
      cluster.addLayers(shown.map(function (x) { return x.m; }));
      el.dataset.shown = String(shown.length);
      label.textContent = isoDay(from) + " – " + isoDay(to) + ": " + shown.length + " of " +
        entries.length + " events";
      if (!write) { return; }
      history.replaceState(null, "", setParams(location.href, isoDay(from), isoDay(to)) +
        location.hash);
      ["dl-csv", "dl-geojson"].forEach(function (id) {
        var link = document.getElementById(id);
        if (link) { link.setAttribute("href", setParams(link.getAttribute("href"), isoDay(from), isoDay(to))); }
      });
    }
    a.addEventListener("input", function () { apply(true); });
    b.addEventListener("input", function () { apply(true); });
    apply(false);
  }

  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  fetch(el.dataset.src, { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      if (data.error) { status.textContent = data.error.message; return; }
      var bounds = [], entries = [];
      data.events.forEach(function (e) {
        var m = L.circleMarker([e.lat, e.lon], {
          radius: radius(e.deaths), color: "#222", weight: 1,
          fillColor: palette[e.type] || palette.other, fillOpacity: 0.85,
          className: "event-marker event-" + e.type
        });
        m.bindPopup(popup(e));
        m.bindTooltip(e.type + (e.place ? " · " + e.place : ""));
        entries.push({ e: e, m: m });
        bounds.push([e.lat, e.lon]);
      });
      map.addLayer(cluster);
      slider(entries);
      if (bounds.length && !fromUrl) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 }); }
      el.dataset.loaded = String(data.events.length);
    })
    .catch(function (err) { status.textContent = "Could not load events: " + err; });
})();
