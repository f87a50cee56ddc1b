"""Types from verb classes: a kidnapping is an attack, alone or in a raid (one its told doers make is that
raid's: "The attackers also abducted ..."); a murder is a killing; a stabbing that
wounds is an attack, not a killing."""

from datetime import date

import warta


def kinds(code: str, text: str) -> list[tuple[str, str]]:
    evs = warta.extract(text, lang=code, published=date(2026, 6, 10)).events
    return [(e.type, e.date.start.isoformat()) for e in evs]


def test_a_kidnapping_is_an_attack_alone_or_in_a_raid():
    for code, text in (
            ("en", "KADUNA, June 10 (Wire) - Gunmen kidnapped 14 farmers near the village of Kajuru on "
                   "Monday, police said.\nOn Sunday, armed men raided the village of Birnin Gwari and "
                   "abducted 20 people. The attackers also kidnapped a pastor."),
            ("id", "KADUNA - Orang bersenjata menculik 14 petani di dekat desa Kajuru pada Senin (8/6), kata "
                   "polisi.\nPada Minggu (7/6), kelompok bersenjata menyerbu desa Birnin Gwari dan menculik "
                   "20 orang. Para penyerang juga menculik seorang pendeta.")):
        assert kinds(code, text) == [("attack", "2026-06-08"), ("attack", "2026-06-07")], text


def test_a_murder_is_a_killing_and_a_stabbing_that_wounds_an_attack():
    for code, text in (
            ("en", "ALEPPO, June 10 (Wire) - A local official was murdered outside his home in Manbij "
                   "on Monday, residents said.\nOn Tuesday, a man stabbed and wounded two guards at a "
                   "checkpoint in Jarabulus before he was shot dead."),
            ("id", "ALEPPO - Seorang pejabat lokal dibunuh di depan rumahnya di Manbij pada Senin (8/6), "
                   "kata warga.\nPada Selasa (9/6), seorang pria menikam dan melukai dua penjaga di pos "
                   "pemeriksaan di Jarabulus sebelum ditembak mati.")):
        assert kinds(code, text) == [("killing", "2026-06-08"), ("attack", "2026-06-09")], text


def test_a_pursuit_of_them_is_an_attack():
    for code, text in (
            ("en", "HARGEISA, June 10 (Wire) - Gunmen attacked a police post in Burao on Saturday, "
                   "police said.\nOn Monday, troops killed eight of the attackers while pursuing them near "
                   "Oodweyne, the army said."),
            ("id", "HARGEISA - Orang bersenjata menyerang pos polisi di Burao pada Sabtu (6/6), kata "
                   "polisi.\nPada Senin (8/6), tentara menewaskan delapan penyerang saat mengejar mereka "
                   "di dekat Oodweyne, kata militer.")):
        assert kinds(code, text) == [("attack", "2026-06-06"), ("attack", "2026-06-08")], text
