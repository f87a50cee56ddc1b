"""A group saying it carried out the assault already told names no new event, wherever its speaker
is; "carried out an ambush" with its own place and day still does."""

from datetime import date

import warta


def test_a_group_that_carried_out_the_told_ambush_tells_no_new_event():
    for code, text in (
            ("en", "BAMAKO, Oct 3 (Reuters) - Insurgents ambushed a military convoy near Menaka on Thursday, "
                   "killing four soldiers.\nA spokesman for the group, speaking from Gao, said its fighters "
                   "had carried out the ambush."),
            ("id", "BAMAKO - Gerilyawan menyergap konvoi militer di dekat Menaka pada Kamis (2/10), "
                   "menewaskan empat tentara.\nSeorang juru bicara kelompok itu di Gao mengaku pihaknya "
                   "melakukan penyergapan itu.")):
        evs = warta.extract(text, lang=code, published=date(2025, 10, 3)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 10, 2))], (text, evs)


def test_carrying_out_an_ambush_elsewhere_is_still_news():
    text = ("BAMAKO, Oct 3 (Reuters) - Insurgents ambushed a military convoy near Menaka on Thursday.\n"
            "On Friday, the group carried out an ambush near Gao, killing two soldiers.")
    evs = warta.extract(text, lang="en", published=date(2025, 10, 3)).events
    assert len(evs) == 2, evs
