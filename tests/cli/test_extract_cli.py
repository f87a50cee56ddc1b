"""``warta extract`` end to end, including every kind of bad input."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from warta.cli import main

ID_TEXT = ("Kementerian Pertahanan Rusia pada hari Minggu menyatakan bahwa pasukannya "
           "membunuh 250 tentara Ukraina di wilayah Kursk dalam satu hari terakhir.\n")


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def assert_clean_error(result):
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error ["), result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_cli_extract_json_has_the_contract_fields(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    result = run("extract", str(path), "--published", "2025-01-05")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["lang"] == "id" and doc["published"] == "2025-01-05"
    for key in ("claims", "events", "places", "times"):
        assert key in doc
    (claim,) = doc["claims"]
    assert claim["claimant"]["text"] == "Kementerian Pertahanan Rusia"
    (fig,) = claim["figures"]
    assert (fig["value"], fig["unit"], fig["outcome"], fig["side"]) == (250, "personnel", "killed", "UA")
    assert fig["period"] == {"start": "2025-01-04", "end": "2025-01-05"}


def test_cli_extract_reads_stdin():
    result = run("extract", "-", "--lang", "id", "--published", "2025-01-05", input=ID_TEXT)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"][0]["figures"][0]["value"] == 250


def test_cli_extract_table_shows_figures_with_evidence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    result = run("extract", str(path), "--published", "2025-01-05", "--format", "table")
    assert result.exit_code == 0
    assert "FIGURES (1)" in result.stdout and "personnel" in result.stdout
    assert "evidence: Kementerian Pertahanan Rusia pada hari Minggu menyatakan" in result.stdout


def test_cli_extract_many_files_to_a_folder(tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(ID_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["one.json", "two.json"]
    assert "2 of 2 articles written" in result.stderr


def test_cli_extract_many_files_need_out(tmp_path):
    (tmp_path / "a.txt").write_text(ID_TEXT, encoding="utf-8")
    assert_clean_error(run("extract", str(tmp_path / "a.txt"), str(tmp_path / "a.txt")))


def test_cli_extract_batch_goes_on_after_a_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text(ID_TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = run("extract", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--out", str(out))
    assert result.exit_code == 2
    assert (out / "good.json").exists() and not (out / "bad.json").exists()
    assert "1 of 2 articles written" in result.stderr and "binary" in result.stderr



def test_cli_extract_a_fault_of_warta_on_one_article_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    import warta.cli.extract as cli_extract

    real = cli_extract.extract

    def faulty(text, **kwargs):
        if "faulty" in text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(cli_extract, "extract", faulty)
    (tmp_path / "a.txt").write_text("This faulty page trips the engine.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ID_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out),
                 "--lang", "id")
    assert result.exit_code == 2 and (out / "b.json").exists() and not (out / "a.json").exists()
    assert "Error [W900]" in result.stderr and "IndexError" in result.stderr and "report it" in result.stderr
    assert "1 of 2 articles written" in result.stderr and "Traceback" not in result.stderr
    assert_clean_error(run("extract", str(tmp_path / "a.txt"), "--lang", "id"))  # one article: one line

@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n  ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("Pasukan Rusia menyerang desa Jos\xe9.".encode("latin-1"), "not valid UTF-8"),
    ("Die Armee meldete am Sonntag schwere Angriffe auf mehrere Dörfer im Grenzgebiet.".encode(), "no data"),
])
def test_cli_extract_bad_input_gives_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("extract", str(path))
    assert_clean_error(result)
    assert message in result.stderr


def test_cli_extract_refuses_a_20_mb_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(ID_TEXT.encode() * (20 * 1024 * 1024 // len(ID_TEXT.encode()) + 1))
    result = run("extract", str(path))
    assert_clean_error(result)
    assert "larger than 10 MB" in result.stderr


def test_cli_extract_processes_a_line_of_100000_characters(tmp_path):
    line = ("pasukan menyerang desa itu dan 12 tentara tewas di dekat Kursk ") * 1600
    path = tmp_path / "long.txt"
    path.write_text(line[:100_000], encoding="utf-8")
    result = run("extract", str(path), "--lang", "id", "--published", "2025-01-05")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["claims"][0]["figures"]) > 1000


@pytest.mark.parametrize("args, message", [
    (["extract", "no-such-file.txt"], "no such file"),
    (["extract", "-", "--published", "5 Jan"], "not a date"),
    (["extract", "-", "--lang", "xx"], "no data for language"),
])
def test_cli_extract_bad_arguments(args, message):
    result = run(*args, input=ID_TEXT)
    assert_clean_error(result)
    assert message in result.stderr


def test_cli_python_dash_m_runs():
    proc = subprocess.run([sys.executable, "-m", "warta", "extract", "-", "--lang", "en"],
                          input=b"", capture_output=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("Error [W100]") and b"Traceback" not in proc.stderr


def test_cli_extract_html_page_uses_its_main_text_and_date(tmp_path):
    body = " ".join(["Pasukan Rusia menyerang desa itu pada hari Minggu dan 14 tentara Ukraina tewas, "
                     "kata Kementerian Pertahanan Rusia."] * 3)
    page = (f"<!DOCTYPE html><html><head><title>Serangan</title>"
            f'<meta property="article:published_time" content="2025-01-05T10:00:00Z"></head>'
            f"<body><nav>Beranda | Dunia</nav><article><h1>Serangan di perbatasan</h1><p>{body}</p>"
            f"<p>{body}</p></article><script>alert(1)</script></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["published"] == "2025-01-05" and "<" not in doc["text"] and "alert" not in doc["text"]
    fig = doc["claims"][0]["figures"][0]
    assert doc["text"][fig["start"]:fig["end"]] == fig["text"] and fig["value"] == 14


def test_cli_extract_html_without_an_article_is_a_clean_error(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = run("extract", str(path))
    assert_clean_error(result)
    assert "no main text" in result.stderr
