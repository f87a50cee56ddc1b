"""A truce named after "despite" or "amid" beside the clash it failed to stop is background, no talks."""

from datetime import date

import warta


def test_a_truce_after_despite_gives_no_negotiation_beside_the_clash():
    for code, text in (
            ("en", "BUKAVU, July 8 (Reuters) - Government troops and rebels clashed near Kalehe on Sunday "
                   "despite a ceasefire, local officials said."),
            ("id", "BUKAVU - Pasukan pemerintah dan pemberontak bentrok di dekat Kalehe "
                   "pada Minggu (6/7/2025) meskipun gencatan senjata masih berlaku, kata pejabat setempat.")):
        evs = warta.extract(text, lang=code, published=date(2025, 7, 8)).events
        assert [(e.type, e.date.start) for e in evs] == [("attack", date(2025, 7, 6))], (text, evs)
