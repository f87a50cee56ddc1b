"""A clause that says the fighting stopped ("the shelling had stopped by noon", "tembak-menembak berhenti
pada siang hari") tells no new act: only the clash told before is an event."""

from datetime import date

import warta

PUBLISHED = date(2026, 8, 12)


def events(code: str, text: str) -> list[tuple[str, date]]:
    return [(e.type, e.date.start) for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_fighting_that_stopped_the_next_day_is_no_second_clash():
    for code, text in (
            ("en", "DUSHANBE, Aug 12 - Tajik and Kyrgyz border guards exchanged fire near the village of "
                   "Vorukh on Monday, wounding three guards, officials said.\nThe shooting had stopped by "
                   "Tuesday morning, a Tajik official said."),
            ("id", "DUSHANBE - Penjaga perbatasan Tajikistan dan Kirgistan terlibat baku tembak di dekat "
                   "desa Vorukh pada Senin (10/8), melukai tiga penjaga, kata pejabat setempat.\nPertempuran "
                   "berhenti pada Selasa (11/8) pagi, kata seorang pejabat Tajikistan.")):
        assert events(code, text) == [("attack", date(2026, 8, 10))], text
