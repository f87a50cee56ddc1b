"""The terms a deal includes ('the agreement included the release of 150 prisoners') are no event."""

from datetime import date

import warta


def test_a_release_a_deal_includes_is_no_release():
    for code, text in (
            ("en", "ISTANBUL, Aug 3 (Reuters) - The agreement signed on Friday included the release of 150 "
                   "prisoners of war by each side, Turkish officials said."),
            ("id", "ISTANBUL - Kesepakatan yang diteken pada Jumat (1/8/2025) itu meliputi pembebasan 150 "
                   "tawanan perang oleh masing-masing pihak, kata pejabat Turki.")):
        evs = warta.extract(text, lang=code, published=date(2025, 8, 3)).events
        assert all(e.type != "other" for e in evs), (text, evs)
