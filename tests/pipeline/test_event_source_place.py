"""A place in a report's source after a capture verb ('seizing two, according to U.S. officials') is not
what was taken: no capture."""

from datetime import date

import warta


def test_a_place_in_the_source_of_a_report_is_not_taken():
    for code, text in (
            ("en", "DUBAI, June 5 (Reuters) - Since March, the group has attacked 40 tankers, sinking "
                   "three and seizing two, according to U.S. officials."),
            ("id", "DUBAI - Sejak Maret, kelompok itu telah menyerang 40 kapal tanker, menenggelamkan "
                   "tiga dan merebut dua, menurut pejabat AS.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 5)).events
        assert all(e.type != "capture" for e in evs), (text, evs)
