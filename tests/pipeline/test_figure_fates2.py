"""More of what befell counted people and things as the words around tell it: equipment after
"with"/"dengan" that an attack began with was used; drones that hit their targets are other; people
evacuated for treatment were wounded; "Three others"/"Tiga lainnya" opening a sentence are more of the
people just counted; people who live somewhere are no toll; "another 500"/"now has 4,000" count more
troops; a person named with the name of their unit and a relative clause before the fate counts."""

import pytest

from warta.pipeline.extract import extract


def figures(text, code):
    doc = extract(text, lang=code, published="2025-06-02")
    return [(f.text, f.unit, f.outcome) for c in doc.claims for f in c.figures]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Eight police officers were wounded in the raid, which started at night with about 30 pickups "
           "and two trucks, the governor said.",
     [("Eight police officers", "personnel", "wounded"), ("about 30 pickups", "vehicles", "used"),
      ("two trucks", "vehicles", "used")]),
    ("id", "Lima polisi terluka dalam serangan yang dimulai dini hari dengan belasan truk dan dua bus, "
           "kata bupati.",
     [("Lima polisi", "personnel", "wounded"), ("belasan truk", "vehicles", "used"),
      ("dua bus", "vehicles", "used")]),
    ("en", "The army said it shot down nine drones over Kassala while four other drones hit their targets.",
     [("nine drones", "drones", "intercepted"), ("four other drones", "drones", "other")]),
    ("id", "Militer menembak jatuh sembilan drone di atas Kassala, sementara empat drone lainnya "
           "mengenai sasaran.",
     [("sembilan drone", "drones", "intercepted"), ("empat drone lainnya", "drones", "other")]),
    ("en", "\"Three guards died at the gate. Five others were evacuated to Kindu for treatment,\" he said.",
     [("Three guards", "personnel", "killed"), ("Five others", "personnel", "wounded")]),
    ("id", "\"Tiga penjaga gugur di gerbang. Lima lainnya dievakuasi ke Wamena untuk mendapat perawatan,\" "
           "ujarnya.",
     [("Tiga penjaga", "personnel", "killed"), ("Lima lainnya", "personnel", "wounded")]),
    ("id", "\"Enam korban luka masih kritis. Delapan lainnya sudah boleh pulang,\" kata dokter.",
     [("Enam korban", "civilians", "wounded"), ("Delapan lainnya", "civilians", "wounded")]),
    ("id", "Sekitar 2.300 WNI, sebagian besar perawat, tinggal di dua provinsi itu, kata kedutaan.", []),
    ("en", "Kenya, which has about 1,200 police officers in Haiti, sent another 400 on Friday, an official "
           "said.",
     [("about 1,200 police officers", "personnel", "used"), ("400", "personnel", "used")]),
    ("id", "Seorang prajurit Satgas Pamtas yang bertugas di pos perbatasan Skouw mengalami luka ringan "
           "akibat ledakan itu.",
     [("Seorang prajurit", "personnel", "wounded")]),
])
def test_fates_told(code, text, expected):
    assert figures(text, code) == expected
