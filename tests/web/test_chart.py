"""The chart of figures over time: one series per claimant and side, the
disagreement visible (two points on one day), never an average."""

from __future__ import annotations

import re


def test_chart_json_keeps_claimants_apart(client) -> None:  # noqa: ANN001
    body = client.get("/chart.json", params={"side": "UA", "unit": "personnel"}).json()
    assert body["filters"]["outcome"] == "killed"
    by = {s["claimant"]: [(p["date"], p["value"]) for p in s["points"]] for s in body["series"]}
    assert by["RU:government:kementerian pertahanan rusia"] == [("2025-01-05", 340)]
    assert by["UA:military:staf umum ukraina"] == [("2025-01-05", 35)]
    values = sorted(p["value"] for s in body["series"] for p in s["points"])
    assert 187.5 not in values  # no mean of 340 and 35 anywhere


def test_chart_svg_draws_both_points_on_one_day(client) -> None:  # noqa: ANN001
    html = client.get("/chart", params={"side": "UA", "unit": "personnel", "place": "Kursk"}).text
    points = re.findall(r'<circle class="point" cx="([\d.]+)" cy="([\d.]+)"', html)
    assert len(points) == 2
    (x1, y1), (x2, y2) = points
    assert x1 == x2 and y1 != y2
    assert html.count('<g class="series"') == 2


def test_chart_filters_and_other_outcomes(client) -> None:  # noqa: ANN001
    tanks = client.get("/chart.json", params={"outcome": "destroyed"}).json()
    assert [p["value"] for s in tanks["series"] for p in s["points"]] == [3]
    assert client.get("/chart.json", params={"outcome": "eaten"}).status_code == 400
    empty = client.get("/chart", params={"from": "2030-01-01"})
    assert empty.status_code == 200 and "No dated figures" in empty.text
