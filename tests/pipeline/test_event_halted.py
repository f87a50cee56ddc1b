"""A clause that says the fighting stopped ("the fighting died down", "pertempuran mereda") tells no new
act: only the clash told before is an event."""

from datetime import date

import warta

PUBLISHED = date(2026, 8, 12)


def events(code: str, text: str) -> list[tuple[str, date]]:
    return [(e.type, e.date.start) for e in warta.extract(text, lang=code, published=PUBLISHED).events]


def test_fighting_that_died_down_the_next_day_is_no_second_clash():
    for code, text in (
            ("en", "BUNIA, Aug 12 - Militiamen and soldiers clashed for hours in the market town of Djugu on "
                   "Monday, leaving nine people dead, a local official said.\nThe fighting died down on "
                   "Tuesday, residents said."),
            ("id", "BUNIA - Milisi dan tentara bertempur selama berjam-jam di kota pasar Djugu pada Senin "
                   "(10/8), menewaskan sembilan orang, kata seorang pejabat setempat.\nPertempuran mereda "
                   "pada Selasa (11/8), kata warga.")):
        assert events(code, text) == [("attack", date(2026, 8, 10))], text
