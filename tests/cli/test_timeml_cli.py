"""``warta extract --format timeml``: the text with TIMEX3 tags, readable as TimeML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from warta.cli import main
from warta.pipeline.extract import extract
from warta.timeml import to_timeml

ID_TEXT = "Pos diserang pada hari Sabtu pukul 05.00 WIB & warga mengungsi selama tiga hari.\n"
EN_TEXT = "Talks will resume next week; the town is now quiet after a 48-hour truce.\n"


def _read(tml: str) -> tuple[str, str | None, list[tuple[str, str, str]]]:
    """Text, DCT and (text, type, value) of each TIMEX3 inside <TEXT>."""
    root = ET.fromstring(tml.encode("utf-8"))
    body = root.find("TEXT")
    assert body is not None
    dct = root.find("DCT/TIMEX3")
    timexes = [(t.text or "", t.get("type") or "", t.get("value") or "") for t in body.iter("TIMEX3")]
    return "".join(body.itertext()), dct.get("value") if dct is not None else None, timexes


def test_timeml_keeps_the_text_and_tags_every_time():
    for text, lang, expected in [
        (ID_TEXT, "id", [("hari Sabtu pukul 05.00 WIB", "TIME", "2025-01-04T05:00"),
                         ("tiga hari", "DURATION", "P3D")]),
        (EN_TEXT, "en", [("next week", "DATE", "2025-W02"), ("now", "DATE", "PRESENT_REF"),
                         ("48-hour", "DURATION", "PT48H")]),
    ]:
        got_text, dct, timexes = _read(to_timeml(extract(text, lang, "2025-01-05"), "doc"))
        assert got_text == text
        assert dct == "2025-01-05"
        assert timexes == expected


def test_cli_extract_format_timeml(tmp_path):
    path = tmp_path / "pos.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    args = ["extract", str(path), "--published", "2025-01-05", "--format", "timeml"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert _read(result.output)[0] == ID_TEXT
    assert "<DOCID>pos</DOCID>" in result.output
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _read((out / "pos.tml").read_text(encoding="utf-8"))[2][1] == ("tiga hari", "DURATION", "P3D")
