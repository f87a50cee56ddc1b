"""A date that closes the sentence after a reporting verb and its speaker dates the report, however long
the speaker ("kata seorang pemimpin tim penyelamat setempat pada hari Selasa."): the event told before it
may be the day before; a trigger between the two keeps the date its own."""

from datetime import date

import warta


def test_a_closing_date_past_a_long_speaker_dates_the_report():
    for code, text in (
            ("id", "HPAKANT - Serangan udara militer menewaskan 12 penambang di sebuah desa dekat Hpakant, "
                   "kata seorang pemimpin tim penyelamat setempat pada hari Selasa."),
            ("en", "HPAKANT - An air strike killed 12 miners in a village near Hpakant, said the leader of a "
                   "local rescue team in the town on Tuesday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 6, 17)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("strike", date(2026, 6, 15), date(2026, 6, 16))], (text, evs)
    # ... not when the event's trigger comes between
    for code, text in (
            ("id", "HPAKANT - Seorang pemimpin tim penyelamat setempat mengatakan pesawat militer mengebom "
                   "sebuah desa dekat Hpakant pada hari Selasa."),
            ("en", "HPAKANT - The leader of a local rescue team said military aircraft bombed a village near "
                   "Hpakant on Tuesday.")):
        evs = warta.extract(text, lang=code, published=date(2026, 6, 17)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("strike", date(2026, 6, 16), date(2026, 6, 16))], (text, evs)
