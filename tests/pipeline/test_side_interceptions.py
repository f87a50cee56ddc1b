"""None shoots down its own: a belligerent's tally of what its air defence downed is its enemy's, even in a
story that names the claimant's own country so much more than the other that a loss would read as a
civil war's. Guided and glide bombs are bombs (munitions), not missiles."""

import pytest

from warta.pipeline.extract import extract


def _figures(code, text):
    doc = extract(text, lang=code, published="2026-05-03")
    return [(f.quantity.value, f.unit, f.outcome, f.side) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text", [
    ("en", "MOSCOW, May 3 - Russia's defence ministry said on Sunday that Russian air defence units "
           "had shot down 96 drones and five missiles over the Russian regions of Belgorod and Bryansk "
           "in the past week. Russian officials said Russian forces had also taken a village in the "
           "Ukrainian east, and Russia's army said the Russian advance went on."),
    ("id", "MOSKOW - Kementerian Pertahanan Rusia mengatakan pada Minggu bahwa unit pertahanan udara "
           "Rusia menembak jatuh 96 drone dan lima rudal di atas wilayah Belgorod dan Bryansk, Rusia, "
           "selama tujuh hari terakhir. Pejabat Rusia mengatakan pasukan Rusia juga merebut sebuah desa "
           "di timur Ukraina, dan militer Rusia mengatakan gerak maju Rusia berlanjut."),
])
def test_what_a_belligerent_shot_down_is_its_enemys(code, text):
    got = [(v, o, s) for v, _, o, s in _figures(code, text)]
    assert got == [(96, "intercepted", "UA"), (5, "intercepted", "UA")]


def test_bombs_dropped_are_used_and_bombs_shot_down_intercepted():
    text = ("Warga mengatakan dua jet tempur menjatuhkan empat bom di pasar itu. Militer mengatakan "
            "pertahanan udara menembak jatuh tiga bom udara berpemandu di atas kota itu.")
    got = [(v, u, o) for v, u, o, _ in _figures("id", text)]
    assert got == [(2, "aircraft", "used"), (4, "munitions", "used"), (3, "munitions", "intercepted")]


@pytest.mark.parametrize("code, text", [
    ("en", "Ukraine's air force said its air defences shot down 40 drones and five guided bombs over Kharkiv "
           "overnight."),
    ("id", "Angkatan Udara Ukraina mengatakan pertahanan udaranya menembak jatuh 40 drone dan lima bom udara "
           "berpemandu di atas Kharkiv."),
])
def test_guided_bombs_are_munitions(code, text):
    assert [(v, u) for v, u, _, _ in _figures(code, text)] == [(40, "drones"), (5, "munitions")]
