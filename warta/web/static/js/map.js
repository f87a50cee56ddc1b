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
  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true })
    .setView([48.5, 35], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth");

  // Panes, bottom to top: countries, admin-region lines, then the events.
  map.createPane("basemap").style.zIndex = 250;
  map.createPane("admin").style.zIndex = 300;
  map.getPane("admin").style.pointerEvents = "none";

  fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, {
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
      var lines = topojson.feature(topo, topo.objects.admin1);
      admin = L.geoJSON(lines, {
        pane: "admin", interactive: false, renderer: L.canvas({ pane: "admin", padding: 0.2 }),
        style: { color: "#9aa4ae", weight: 0.7, opacity: 0.9, dashArray: "3 2" }
      });
      el.dataset.adminLines = String(lines.features.length);
      showAdmin();
    }).catch(function () { adminLoading = false; });
  }
  map.on("zoomend", showAdmin);
  showAdmin();

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

  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  fetch(el.dataset.src, { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      if (data.error) { status.textContent = data.error.message; return; }
      var bounds = [];
      data.events.forEach(function (e) {
        var m = L.circleMarker([e.lat, e.lon], {
          radius: radius(e.deaths), color: "#222", weight: 1,
          fillColor: palette[e.type] || palette.other, fillOpacity: 0.85,
          className: "event-marker event-" + e.type
        });
        m.bindPopup(popup(e));
        m.bindTooltip(e.type + (e.place ? " · " + e.place : ""));
        cluster.addLayer(m);
        bounds.push([e.lat, e.lon]);
      });
      map.addLayer(cluster);
      if (bounds.length) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 }); }
      el.dataset.loaded = String(data.events.length);
    })
    .catch(function (err) { status.textContent = "Could not load events: " + err; });
})();
