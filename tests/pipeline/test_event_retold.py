from datetime import date

import warta
from warta.lang import load
from warta.pipeline.event_retold import retold_victims, retold_words
from warta.pipeline.lexicon import Match
from warta.pipeline.token import Token

PUB = date(2024, 3, 9)
THURSDAY = date(2024, 3, 7)


def _victims(code, text, trigger, passive):
    words = text.split()
    toks, at = [], 0
    for w in words:
        at = text.index(w, at)
        toks.append(Token(at, at + len(w), w))
        at += len(w)
    i = words.index(trigger)
    return retold_victims(retold_words(load(code)), toks, text,
                          Match(toks[i].start, toks[i].end, trigger, "attack", i, i), passive)


def test_a_definite_phrase_for_people_is_the_victims_of_a_retelling():
    assert _victims("en", "the two soldiers were attacked on patrol", "attacked", True)
    assert _victims("en", "gunmen then shot the three guards", "shot", False)
    assert _victims("id", "kedua prajurit itu diserang saat berpatroli", "diserang", True)
    assert _victims("id", "kedua anggota TNI itu diserang saat berpatroli", "diserang", True)
    assert _victims("id", "korban ditembak di bagian kepala", "ditembak", True)


def test_an_indefinite_phrase_or_one_on_the_other_side_is_not():
    assert not _victims("en", "two soldiers were attacked on patrol", "attacked", True)
    assert not _victims("en", "the soldiers attacked two villages", "attacked", False)
    assert not _victims("id", "dua prajurit diserang saat berpatroli", "diserang", True)
    assert not _victims("id", "pasukan itu menembak 10 korban", "menembak", False)


def test_an_event_whose_victims_are_already_told_is_that_event_in_both_languages():
    for code, text in (
            ("en", "Militiamen shot dead three police officers in Omdurman, Sudan, on Thursday morning.\n\n"
                   "A police spokesman said the three officers were attacked while guarding a checkpoint."),
            ("id", "Milisi menembak mati tiga polisi di Omdurman, Sudan, Kamis pagi.\n\n"
                   "Juru bicara polisi mengatakan ketiga polisi itu diserang saat menjaga pos pemeriksaan.")):
        (ev,) = warta.extract(text, lang=code, published=PUB).events
        assert ev.date.start == THURSDAY and len(ev.evidence) == 2, text


def test_a_retelling_with_a_date_of_its_own_stays_an_event():
    for code, text in (
            ("en", "Militiamen shot dead three police officers in Omdurman, Sudan, on Thursday.\n\n"
                   "On Saturday, the officers' relatives were attacked at the funeral."),
            ("id", "Milisi menembak mati tiga polisi di Omdurman, Sudan, Kamis.\n\n"
                   "Pada Sabtu, para korban diserang lagi di pemakaman.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert len(evs) == 2, text


def test_a_clock_time_dates_the_event_of_its_sentence():
    # the second paragraph names no date: "at about 07:30" is the day the first one named
    for code, text in (
            ("en", "Militiamen raided a market in Omdurman, Sudan, on Thursday.\n\n"
                   "Gunmen attacked a police post in Kassala at about 07:30 local time."),
            ("id", "Milisi menyerbu sebuah pasar di Omdurman, Sudan, Kamis.\n\n"
                   "Orang bersenjata menyerang pos polisi di Kassala sekitar pukul 07.30 waktu setempat.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        kassala = [e for e in evs if e.place is not None and e.place.name == "Kassala"]
        assert [(e.date.start, e.date.end) for e in kassala] == [(THURSDAY, THURSDAY)], text


def test_an_undated_deed_of_people_already_told_of_takes_their_events_day():
    # a later paragraph with no date: the assailants' arson is the day of their attack, not the
    # breaking window; troops striking the assailants is an event of its own
    for code, text in (
            ("en", "Jihadists killed 15 soldiers in an attack on a military post near Djibo, Burkina Faso, "
                   "on Thursday, sources said on Friday.\n\n"
                   "The assailants arrived on motorcycles at dawn and set fire to several vehicles.\n\n"
                   "Troops later launched air strikes on the assailants."),
            ("id", "Jihadis menewaskan 15 tentara dalam serangan terhadap pos militer di dekat Djibo, "
                   "Burkina Faso, pada Kamis, kata sumber pada Jumat.\n\n"
                   "Para penyerang datang dengan sepeda motor saat fajar dan membakar beberapa kendaraan.\n\n"
                   "Tentara kemudian melancarkan serangan udara terhadap para penyerang.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        assert sorted((e.type, e.date.start, e.date.end) for e in evs) == [
            ("attack", THURSDAY, THURSDAY), ("destruction", THURSDAY, THURSDAY),
            ("strike", THURSDAY, THURSDAY)], text


def test_countries_people_of_no_side_come_from_are_no_place_and_no_actor():
    for code, text in (
            ("en", "Rebels attacked the town of Sake in eastern Congo on Thursday, killing nine peacekeepers "
                   "from Malawi, Uruguay and South Africa."),
            ("id", "Pemberontak menyerang kota Sake di Kongo timur pada Kamis, menewaskan sembilan penjaga "
                   "perdamaian dari Malawi, Uruguay dan Afrika Selatan.")):
        evs = warta.extract(text, lang=code, published=PUB).events
        # the rebels, of no named side, are of the country they fight in; no origin country acts
        assert [(e.place.name, e.actor) for e in evs] == [("Sake", "CD")], text
