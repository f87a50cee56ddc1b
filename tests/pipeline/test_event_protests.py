"""A protest over an attack already told names that attack again: the summons is the news."""

from datetime import date

import warta


def test_a_summons_to_protest_over_the_told_ambush_is_a_statement_only():
    for code, text in (
            ("en", "ISLAMABAD, Jan 14 (Reuters) - Militants ambushed a convoy near Wana on Saturday, killing "
                   "six soldiers, the army said.\nOn Monday, the foreign ministry summoned the Afghan envoy "
                   "in Islamabad to lodge a strong protest over the ambush near Wana, according to a "
                   "ministry statement."),
            ("id", "ISLAMABAD - Militan menyergap konvoi militer di dekat Wana pada Sabtu (10/1/2026), "
                   "menewaskan enam tentara, kata militer.\nPada Senin (12/1/2026), Kementerian Luar Negeri "
                   "memanggil kuasa usaha Afghanistan di Islamabad untuk menyampaikan protes keras atas "
                   "penyergapan di Wana, menurut pernyataan kementerian.")):
        evs = warta.extract(text, lang=code, published=date(2026, 1, 14)).events
        assert sorted(e.type for e in evs) == ["attack", "statement"], (text, evs)
