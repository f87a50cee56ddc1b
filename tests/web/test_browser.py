"""End to end in headless Chromium against a real `warta serve`: the map
shows markers, the timeline filters, the claims board lists claimants side
by side, an article shows its evidence highlighted, and hostile article text
stays inert. Each page is saved to test-artifacts/web/."""

from __future__ import annotations

import time
from urllib.parse import urlencode

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait


def _wait(browser, cond, timeout: float = 15):  # noqa: ANN001, ANN202
    return WebDriverWait(browser, timeout).until(cond)


def _no_csp_errors(browser) -> None:  # noqa: ANN001
    logs = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not [m for m in logs if "Content Security Policy" in m], logs


def test_map_shows_event_markers(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-loaded"))
    assert browser.find_element(By.ID, "map").get_attribute("data-loaded") == "5"
    # markers (clustered or single) are drawn over a basemap of countries
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR,
                                             ".marker-cluster, path.event-marker"))
    _wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR,
                                                 ".leaflet-basemap-pane path")) > 50)
    time.sleep(0.5)  # let the fit-to-bounds animation settle before the picture
    shot("map")
    _no_csp_errors(browser)


# counts the painted pixels of the admin-region lines' canvas
_ADMIN_PIXELS = """
const c = document.querySelector('.leaflet-admin-pane canvas');
if (!c || !c.width) { return -1; }
const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
let n = 0;
for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) { n++; } }
return n;
"""


def test_map_draws_admin_regions_when_zoomed_in(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-loaded"))
    # the events sit in Ukraine and Russia: fitted, the map is zoomed in far
    # enough for oblast lines, which are fetched and painted under the events
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-admin-lines"))
    assert int(browser.find_element(By.ID, "map").get_attribute("data-admin-lines")) > 100
    _wait(browser, lambda b: b.execute_script(_ADMIN_PIXELS) > 2000)
    panes = browser.execute_script(
        "return ['basemap', 'admin', 'overlay'].map(p => "
        "+getComputedStyle(document.querySelector('.leaflet-' + p + '-pane')).zIndex)")
    assert panes[0] < panes[1] < panes[2], panes
    time.sleep(0.5)
    shot("map-admin")
    # zoomed out to the world they are not drawn
    for _ in range(5):
        browser.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-out").click()
        time.sleep(0.4)
    _wait(browser, lambda b: b.execute_script(_ADMIN_PIXELS) <= 0)
    _no_csp_errors(browser)


def test_map_popup_links_to_evidence(served, browser) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(base + "/?type=strike")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-loaded") == "1")
    marker = _wait(browser, EC.presence_of_element_located(
        (By.CSS_SELECTOR, "path.event-marker")))
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
    link = _wait(browser, EC.visibility_of_element_located(
        (By.CSS_SELECTOR, ".leaflet-popup a")))
    assert f"/articles/{ids['kharkiv']}?at=" in link.get_attribute("href")
    page = browser.find_element(By.CSS_SELECTOR, ".leaflet-popup a.event-link")
    assert "/events/" in page.get_attribute("href")


def test_timeline_filters(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/timeline")
    before = len(browser.find_elements(By.CSS_SELECTOR, "#timeline li.item"))
    assert before == 10  # five events and five figures
    Select(browser.find_element(By.NAME, "type")).select_by_value("strike")
    Select(browser.find_element(By.NAME, "kind")).select_by_value("events")
    browser.find_element(By.ID, "apply").click()
    _wait(browser, EC.url_contains("type=strike"))
    items = browser.find_elements(By.CSS_SELECTOR, "#timeline li.item")
    assert len(items) == 1 and "strike" in items[0].text and "Kharkiv" in items[0].text
    # a date range and a claimant
    browser.get(base + "/timeline?from=2025-01-01&to=2025-01-31&claimant=UA%3Amilitary%3Astaf+umum+ukraina")
    texts = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#timeline li.item")]
    assert texts and all("Kharkiv" not in t and "Pokrovsk" not in t for t in texts)
    assert any("Staf Umum Ukraina" in t for t in texts)
    browser.get(base + "/timeline")
    shot("timeline")
    _no_csp_errors(browser)


def test_claims_board_side_by_side(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(base + "/claims?side=UA&unit=personnel&place=Kursk")
    measure = browser.find_element(By.CSS_SELECTOR, "section.measure")
    assert "personnel killed" in measure.find_element(By.TAG_NAME, "h2").text
    rows = measure.find_elements(By.CSS_SELECTOR, "tr.entry")
    names = {r.find_element(By.CSS_SELECTOR, "td.claimant").text.split(" ")[0] for r in rows}
    assert {"Kementerian", "Staf"} <= names
    values = {r.find_element(By.CSS_SELECTOR, "td.num").text for r in rows}
    assert {"340", "35"} <= values
    assert measure.find_elements(By.CSS_SELECTOR, "svg.rangebar circle")
    href = measure.find_element(By.CSS_SELECTOR, "td.evidence a").get_attribute("href")
    assert "/articles/" in href and "?at=" in href
    browser.get(base + "/claims")
    shot("claims")
    browser.get(href)
    target = _wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "mark.hl-target")))
    assert target.text
    _no_csp_errors(browser)


def test_article_highlights_evidence(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(f"{base}/articles/{ids['ru_mod']}")
    figure = browser.find_element(By.CSS_SELECTOR, "#text mark.hl-figure")
    assert figure.text == "340 tentara"
    places = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#text mark.hl-place")]
    assert "Kursk" in places
    times = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#text mark.hl-time")]
    assert "pada hari Minggu" in times
    figure.click()
    body = _wait(browser, EC.visibility_of_element_located((By.ID, "details-body")))
    _wait(browser, lambda b: "personnel" in body.text)
    assert "killed" in body.text and "63" not in body.text.split("offsets")[0]
    assert "Kementerian Pertahanan Rusia" in body.text  # the claimant of the figure
    browser.find_elements(By.CSS_SELECTOR, "#text mark.hl-place")[0].click()
    _wait(browser, lambda b: "settlement" in body.text)
    shot("article")
    _no_csp_errors(browser)


def test_hostile_article_renders_inert(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    for path in (f"/articles/{ids['hostile']}", "/claims", "/timeline", "/search?q=klik", "/"):
        browser.get(base + path)
        time.sleep(0.3)
        for mark in browser.find_elements(By.CSS_SELECTOR, "mark.hl")[:20]:
            mark.click()  # the details panel shows item text too
        try:
            alert = browser.switch_to.alert
        except NoAlertPresentException:
            alert = None
        assert alert is None, f"an alert opened on {path}"
        assert browser.execute_script("return window.__pwned") is None, path
        assert browser.title != "pwned"
        assert not browser.find_elements(By.CSS_SELECTOR, "main img, main svg[onload]")
    browser.get(f"{base}/articles/{ids['hostile']}")
    text = browser.find_element(By.ID, "text").text
    assert "<script>window.__pwned=2" in text and 'onerror="window.__pwned=1"' in text
    assert not browser.find_elements(By.CSS_SELECTOR, "#text a, #text script")
    assert "javascript:" not in (browser.find_element(By.CSS_SELECTOR, "p.meta")
                                 .get_attribute("innerHTML"))
    shot("article-hostile")


def test_search_page(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(base + "/")
    box = browser.find_element(By.CSS_SELECTOR, "header .search input")
    box.send_keys("Kharkiv\n")
    _wait(browser, EC.url_contains("/search?q=Kharkiv"))
    links = browser.find_elements(By.CSS_SELECTOR, "ol.articles li a")
    assert [a.get_attribute("href").rsplit("/", 1)[1] for a in links] == [str(ids["kharkiv"])]
    assert browser.find_element(By.CSS_SELECTOR, ".snippet mark").text == "Kharkiv"
    shot("search")


def test_search_pages_and_syntax(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(base + "/search?q=tentara&limit=2")
    assert "1–2 of 5 articles match" in browser.find_element(By.CSS_SELECTOR, "p.summary").text
    first = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR,
                                                                     "ol.articles li > a")]
    browser.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
    _wait(browser, EC.url_contains("page=2"))
    assert "3–4 of 5" in browser.find_element(By.CSS_SELECTOR, "p.summary").text
    second = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR,
                                                                      "ol.articles li > a")]
    assert len(first) == len(second) == 2 and not set(first) & set(second)

    def found(q: str) -> set[str]:
        browser.get(base + "/search?" + urlencode({"q": q}))
        assert browser.find_element(By.CSS_SELECTOR, "form.filters input[name=q]") \
            .get_attribute("value") == q
        return {a.get_attribute("href").rsplit("/", 1)[1]
                for a in browser.find_elements(By.CSS_SELECTOR, "ol.articles li > a")}

    browser.get(base + "/search")
    assert found("Kharkiv OR Pokrovsk") == {str(ids["kharkiv"]), str(ids["pokrovsk"])}
    assert found("tentara -Kharkiv") == {str(i) for n, i in ids.items() if n != "kharkiv"}
    assert found("Khark*") == {str(ids["kharkiv"])}
    assert len(found('"tentara tewas"')) == 5 and found('"tewas tentara"') == set()
    shot("search-syntax")
    browser.get(base + "/search?q=%22Kharkiv")
    assert "quote is not closed" in browser.find_element(By.TAG_NAME, "main").text


def test_country_and_claimant_filters(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    browser.get(base + "/timeline?kind=events")
    Select(browser.find_element(By.NAME, "country")).select_by_value("RU")
    browser.find_element(By.ID, "apply").click()
    _wait(browser, EC.url_contains("country=RU"))
    items = browser.find_elements(By.CSS_SELECTOR, "#timeline li.item")
    assert len(items) == 2 and all("Kursk" in i.text for i in items)
    # the map: only events placed in Ukraine
    browser.get(base + "/?country=UA")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-loaded") == "3")
    # the claimant menu offers canonical claimants, labelled by country
    browser.get(base + "/claims")
    menu = Select(browser.find_element(By.NAME, "claimant"))
    labels = {o.get_attribute("value"): o.text for o in menu.options}
    assert labels["UA:military:staf umum ukraina"] == "Staf Umum Ukraina (UA)"
    menu.select_by_value("UA:military:staf umum ukraina")
    browser.find_element(By.ID, "apply").click()
    _wait(browser, EC.url_contains("claimant=UA%3Amilitary"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "section.measure")) == 1
    assert "1 measure." in browser.find_element(By.CSS_SELECTOR, "p.summary").text
    # an unknown country is refused, naming the ones there are
    browser.get(base + "/timeline?country=FR")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "country" in main and "RU, UA" in main
    shot("filters-unknown-country")
    _no_csp_errors(browser)


def test_event_page(served, browser, shot) -> None:  # noqa: ANN001
    base, ids = served
    # from the timeline to the event's page
    browser.get(base + "/timeline?kind=events&place=Kursk")
    links = browser.find_elements(By.CSS_SELECTOR, "#timeline a.event-link")
    assert len(links) == 2
    browser.get(links[0].get_attribute("href"))
    _wait(browser, EC.presence_of_element_located((By.ID, "event")))
    assert "attack at Kursk" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.ID, "ev-sides").text == "Ukraine → Russia"
    assert "precision: settlement" in browser.find_element(By.ID, "ev-place").text
    reports = browser.find_elements(By.CSS_SELECTOR, "#reports > li")
    assert len(reports) == 2  # the two articles' reports, merged
    heads = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".claimant-figures h3")]
    assert heads == ["Kementerian Pertahanan Rusia (RU)", "Staf Umum Ukraina (UA)"]
    assert browser.find_elements(By.CSS_SELECTOR, "section.cluster code")  # how to unmerge
    shot("event")
    href = reports[0].find_element(By.CSS_SELECTOR, "blockquote a").get_attribute("href")
    browser.get(href)
    assert _wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "mark.hl-target")))
    _no_csp_errors(browser)


# fetches a link's target as the page would, and returns its text
_FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));
"""


def test_downloads_equal_warta_export(served, served_db, browser) -> None:  # noqa: ANN001
    from click.testing import CliRunner

    from warta.cli import main

    base, _ = served
    db, _ = served_db
    browser.get(base + "/timeline?country=UA&from=2025-01-01&type=strike")
    checks = [("dl-csv", "acled-csv"), ("dl-geojson", "geojson"), ("dl-figures", "figures-csv")]
    for link_id, fmt in checks:
        href = browser.find_element(By.ID, link_id).get_attribute("href")
        assert "country=UA" in href and "type=strike" in href and "from=2025-01-01" in href
        got = browser.execute_async_script(_FETCH, href)
        r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt,
                                      "--country", "UA", "--from", "2025-01-01",
                                      "--type", "strike"])
        assert r.exit_code == 0
        assert got == r.stdout and got.count("\n") >= 1, fmt
    # the map's download is of the events it can place
    browser.get(base + "/?side=RU")
    href = browser.find_element(By.ID, "dl-csv").get_attribute("href")
    assert "located=1" in href and "side=RU" in href
    got = browser.execute_async_script(_FETCH, href)
    assert len(got.strip().splitlines()) == 1 + 4  # header, and the 4 located clusters/events


def test_chart_shows_two_claimants_disagreeing(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/chart?side=UA&unit=personnel&place=Kursk")
    series = browser.find_elements(By.CSS_SELECTOR, "#chart g.series")
    assert len(series) == 2
    pts = browser.execute_script(
        "return [...document.querySelectorAll('#chart circle.point')].map(c => "
        "{const r = c.getBoundingClientRect(); return [r.x, r.y, c.dataset.value, "
        "c.closest('g.series').dataset.claimant];})")
    assert len(pts) == 2 and pts[0][3] != pts[1][3]
    assert abs(pts[0][0] - pts[1][0]) < 1  # the same day
    assert abs(pts[0][1] - pts[1][1]) > 50  # far apart: 340 against 35
    assert sorted(float(p[2]) for p in pts) == [35, 340]
    legend = browser.find_element(By.CSS_SELECTOR, ".series-legend").text
    assert "Kementerian Pertahanan Rusia (RU)" in legend and "Staf Umum Ukraina (UA)" in legend
    shot("chart")
    _no_csp_errors(browser)


def test_slider_filters_the_map_and_the_view_is_in_the_url(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-shown") == "5")
    to = browser.find_element(By.ID, "range-to")
    assert browser.find_element(By.ID, "range").is_displayed()
    # the last day shown: 31 January 2025 (days since 1970)
    browser.execute_script(
        "arguments[0].value = String(Date.UTC(2025, 0, 31) / 86400000);"
        "arguments[0].dispatchEvent(new Event('input'))", to)
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-shown") == "3")
    assert "2025-01-31: 3 of 5 events" in browser.find_element(By.ID, "range-label").text
    assert "to=2025-01-31" in browser.current_url
    assert "to=2025-01-31" in browser.find_element(By.ID, "dl-csv").get_attribute("href")
    time.sleep(0.5)
    shot("map-slider")
    # the view: moving the map writes #map=zoom/lat/lon, and a link with one opens there
    browser.execute_script("window.wartaMap.setView([50.45, 30.52], 8, {animate: false})")
    _wait(browser, lambda b: "#map=8/50.45" in b.current_url)
    browser.get(base + "/?type=strike#map=9/49.99/36.23")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-loaded") == "1")
    time.sleep(0.3)
    z, lat, lon = browser.execute_script(
        "const c = window.wartaMap.getCenter(); return [window.wartaMap.getZoom(), c.lat, c.lng]")
    assert z == 9 and abs(lat - 49.99) < 0.01 and abs(lon - 36.23) < 0.01
    _no_csp_errors(browser)


# the widest span of longitude of any drawn basemap ring, and the east-most point of Russia
_SPANS = """
const out = {widest: 0, widestName: null, russiaEast: -999, rings: 0};
function rings(a, name) {
  if (a.length && a[0].lng !== undefined) {
    const lngs = a.map(p => p.lng);
    const span = Math.max(...lngs) - Math.min(...lngs);
    out.rings++;
    if (span > out.widest) { out.widest = span; out.widestName = name; }
    if (name === 'Russia') { out.russiaEast = Math.max(out.russiaEast, ...lngs); }
    return;
  }
  a.forEach(x => rings(x, name));
}
window.wartaBasemap.eachLayer(l => rings(l.getLatLngs(), l.feature.properties.name));
return out;
"""


def test_basemap_has_no_polygon_across_the_antimeridian(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/#map=3/62/170")
    _wait(browser, lambda b: b.execute_script("return !!window.wartaBasemap"))
    got = browser.execute_script(_SPANS)
    assert got["rings"] > 1000
    assert got["widest"] <= 180, got
    assert got["russiaEast"] > 185  # Chukotka is drawn east of 180°, joined to the rest
    time.sleep(0.5)
    shot("map-antimeridian")


_OVERFLOW = """
const w = window.innerWidth, bad = [];
const page = document.documentElement.scrollWidth;
if (page > w) { bad.push('page ' + page); }
const sel = 'section.measure, section.measure td, section.measure h2, '
  + 'form.filters label, header.top *';
for (const el of document.querySelectorAll(sel)) {
  const r = el.getBoundingClientRect();
  if (r.width && (r.right > w + 0.5 || r.left < -0.5)) {
    bad.push(el.tagName + '.' + el.className + ' ' + r.left + '-' + r.right);
  }
}
return bad;
"""


def test_claims_board_fits_a_400px_screen(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.set_window_size(400, 900)
    try:
        browser.get(base + "/claims")
        width = browser.execute_script("return window.innerWidth")
        assert width <= 400
        assert browser.execute_script(_OVERFLOW) == []
        # every entry shows its claimant, figure and evidence link in view
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.entry")[:6]:
            link = row.find_element(By.CSS_SELECTOR, "td.evidence a")
            assert link.is_displayed() and link.rect["x"] + link.rect["width"] <= width + 1
            assert row.find_element(By.CSS_SELECTOR, "td.claimant").is_displayed()
        shot("claims-400px")
    finally:
        browser.set_window_size(1366, 900)


_TRANSFERRED = """
return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
  .map(e => [e.name, e.transferSize, e.decodedBodySize]);
"""


def test_map_page_weight_with_borders(served, browser) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/")
    # fitted to the events the map is zoomed in far enough for the admin borders
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-admin-lines"))
    time.sleep(0.5)
    got = browser.execute_script(_TRANSFERRED)
    names = " ".join(n for n, _, _ in got)
    assert "countries-50m.json" in names and "admin1-10m.json" in names
    total = sum(t for _, t, _ in got)
    decoded = sum(d for _, _, d in got)
    assert total < 1.5 * 1024 * 1024, (total, got)
    assert decoded > total  # sent compressed


def test_admin_region_named_under_the_pointer(served, browser, shot) -> None:  # noqa: ANN001
    base, _ = served
    browser.get(base + "/#map=7/49.99/36.23")
    _wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-admin-lines"))
    for lat, lon, name in [(49.99, 36.23, "Kharkiv"), (51.73, 36.19, "Kursk")]:
        browser.execute_script(
            "window.wartaMap.fire('mousemove', {latlng: L.latLng(arguments[0], arguments[1])})",
            lat, lon)
        _wait(browser, lambda b, n=name: n in b.find_element(By.ID, "region-name").text)
    assert browser.find_element(By.ID, "region-name").text.endswith(", RU")
    shot("map-region-name")
    browser.execute_script("window.wartaMap.setZoom(3, {animate: false})")
    time.sleep(0.3)
    browser.execute_script(
        "window.wartaMap.fire('mousemove', {latlng: L.latLng(49.99, 36.23)})")
    _wait(browser, lambda b: b.find_element(By.ID, "region-name").text == "")
