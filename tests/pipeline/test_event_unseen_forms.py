"""Event forms that unseen wire reports showed (events18): a judgement of a kind of act ("could amount to war
crimes") tells no act; a grenade thrown is an attack; an operation that killed and a pursuit that killed are
clashes, not bare killings; the toll after a gapped clause is its assault's; a date before a joiner ends the
clause before, so the trigger after the joiner takes its own date."""

from datetime import date

import warta

PUB = date(2026, 3, 17)


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    evs = warta.extract(text, lang=lang, published=PUB).events
    return [(e.type, e.place.name if e.place else "", e.date.start.isoformat() if e.date else "")
            for e in evs]


def test_a_judgement_of_a_kind_of_attack_is_no_event():
    en = _events("NAIROBI, March 17 (Wire) - Gunmen attacked an aid convoy near Beni on Sunday, police said. "
                 "The U.N. said in a statement that attacks on aid workers could amount to war crimes and "
                 "urged Kinshasa to act.", "en")
    assert [e[0] for e in en] == ["attack"]
    ids = _events("NAIROBI - Orang bersenjata menyerang konvoi bantuan di dekat Beni pada Minggu (15/3), "
                  "kata polisi. PBB menyatakan serangan terhadap pekerja bantuan dapat dikategorikan sebagai "
                  "kejahatan perang dan mendesak Kinshasa bertindak.", "id")
    assert [e[0] for e in ids] == ["attack"]


def test_a_thrown_grenade_is_an_attack():
    assert _events("MANILA, March 17 (Wire) - On Sunday night, unidentified men threw a grenade at a police "
                   "post in Jolo, wounding two officers.", "en") == [("attack", "Jolo", "2026-03-15")]
    assert _events("MANILA - Pada Minggu (15/3) malam, orang tak dikenal melemparkan granat ke sebuah pos "
                   "polisi di Jolo, melukai dua polisi.", "id") == [("attack", "Jolo", "2026-03-15")]


def test_an_operation_or_a_pursuit_that_killed_is_a_clash():
    en = _events("BOGOTA, March 17 (Wire) - Rebels attacked a police station in Jamundi on Sunday, police "
                 "said. The minister said the attack was revenge for an army operation that killed a rebel "
                 "commander near Suarez on March 9.", "en")
    assert [e[0] for e in en] == ["attack", "attack"]
    en = _events("BOGOTA, March 17 (Wire) - Rebels attacked a police station in Jamundi on Sunday, police "
                 "said. Soldiers pursued the rebels and killed five of them near Suarez on Monday.", "en")
    assert [e[0] for e in en] == ["attack", "attack"]
    ids = _events("BOGOTA - Pemberontak menyerang kantor polisi di Jamundi pada Minggu (15/3), kata polisi. "
                  "Aparat melumpuhkan dua anggota kelompok itu dalam pengejaran di sekitar Suarez pada Senin "
                  "(16/3).", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-15"), ("attack", "2026-03-16")]


def test_the_toll_after_a_gapped_clause_is_its_assault_s():
    en = _events("PESHAWAR, March 17 (Wire) - Militants attacked Tank on Friday and Wana on Saturday, "
                 "killing four people, police said.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-13"), ("attack", "2026-03-14")]
    ids = _events("PESHAWAR - Pesawat nirawak militer menyerang tempat persembunyian militan di Tank pada "
                  "Jumat (13/3) dan di Wana pada Sabtu (14/3), menewaskan 11 militan.", "id")
    assert [(t, d) for t, _, d in ids] == [("strike", "2026-03-13"), ("strike", "2026-03-14")]


def test_a_date_before_a_joiner_ends_the_clause_before():
    en = _events("NAIROBI, March 17 (Wire) - Rebels attacked a village near Goma on Saturday and shelled an "
                 "army base in Sake on Sunday, the army said.", "en")
    assert [(t, d) for t, _, d in en] == [("attack", "2026-03-14"), ("strike", "2026-03-15")]
    ids = _events("NAIROBI - Pemberontak menyerang sebuah desa di dekat Goma pada Sabtu (14/3) dan menembaki "
                  "pangkalan militer di Sake dengan mortir pada Minggu (15/3), kata tentara.", "id")
    assert [(t, d) for t, _, d in ids] == [("attack", "2026-03-14"), ("strike", "2026-03-15")]
