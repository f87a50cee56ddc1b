"""The one spoken to between a speaker and the cue ("kepada wartawan", "speaking to the news
agency") is no source: the speaker stands before it."""

import warta


def claimants(text, code, published="2025-08-14"):
    article = warta.extract(text, lang=code, published=published)
    return [(c.claimant.text, c.claimant.kind) for c in article.claims if c.figures]


def test_kepada_and_its_listener_stand_between_the_speaker_and_the_cue():
    got = claimants("Komandan Kodim Mimika kepada wartawan di Timika, Rabu, mengatakan empat prajurit "
                    "terluka dalam kontak tembak itu.", "id")
    assert got == [("Komandan Kodim Mimika", "military")], got
    got = claimants("Juru bicara milisi Mai-Mai, Bahati Kisoki, kepada kantor berita itu mengklaim "
                    "pasukannya menewaskan 18 tentara.", "id")
    assert len(got) == 1 and "Bahati Kisoki" in got[0][0] and got[0][1] != "media", got


def test_speaking_to_an_outlet_names_no_outlet_as_the_source():
    got = claimants("A Mai-Mai militia spokesman, Bahati Kisoki, speaking to the news agency, claimed his "
                    "men had killed 18 soldiers.", "en")
    assert len(got) == 1 and "Bahati Kisoki" in got[0][0] and got[0][1] != "media", got
