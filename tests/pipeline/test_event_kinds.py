"""Event kinds of insurgencies and gang wars: abductions, sieges, planted bombs that go off."""

from tests.pipeline.test_events import PUB, events, place, time

SUNDAY = [time("on Sunday", PUB, PUB)]
MINGGU = [time("pada hari Minggu", PUB, PUB)]


def _town(name):
    return [place(name, name, country="NG", admin1="NG.57")]


def test_armed_men_taking_people_with_no_raid_beside_is_an_attack():
    # armed men taking people is an assault on them (the contract's attack): alone or in a raid
    (ev,) = events("Bandits kidnapped 31 farmers in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert (ev.type, ev.place.name, ev.date.start) == ("attack", "Bakura", PUB)
    (ev,) = events("Militants abducted two engineers in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Kelompok bersenjata menculik 31 petani di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert (ev.type, ev.place.name, ev.date.start) == ("attack", "Bakura", PUB)
    (ev,) = events("Dua insinyur diculik orang bersenjata di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "attack"


def test_people_taken_and_then_freed_are_a_release_not_a_new_abduction():
    (ev,) = events("Soldiers freed 14 kidnapped farmers in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "other"
    (ev,) = events("Tentara membebaskan 14 petani yang diculik di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "other"
    evs = events("Tentara menyelamatkan 14 petani korban penculikan di Bakura pada hari Minggu.", "id",
                 _town("Bakura"), MINGGU)
    assert all(e.type != "attack" for e in evs)


def test_besieging_a_place_is_an_attack_and_a_besieged_place_is_none():
    (ev,) = events("Gunmen besieged the village of Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert (ev.type, ev.place.name) == ("attack", "Bakura")
    (ev,) = events("Orang bersenjata mengepung desa Bakura pada hari Minggu.", "id", _town("Bakura"), MINGGU)
    assert (ev.type, ev.place.name) == ("attack", "Bakura")
    evs = events("Aid trucks reached the besieged town of Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert [e.type for e in evs] == ["other"]
    assert events("Warga kota Bakura yang telah dikepung mengungsi pada hari Minggu.", "id",
                  _town("Bakura"), MINGGU) == []


def test_a_bomb_that_goes_off_where_it_lay_is_an_attack():
    (ev,) = events("A bomb exploded near a bus station in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("A roadside bomb hit an army truck in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Sebuah bom meledak di dekat terminal bus di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "attack"
    (ev,) = events("Bom rakitan menghantam truk tentara di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "attack"
    (ev,) = events("Sebuah bom pinggir jalan menghantam truk polisi di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "attack"


def test_what_flies_in_and_explodes_stays_a_strike():
    (ev,) = events("A drone hit a market in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Warplanes dropped bombs that hit a market in Bakura on Sunday.", "en",
                   _town("Bakura"), SUNDAY)
    assert ev.type == "strike"
    (ev,) = events("Sebuah drone meledak di atas pasar di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "strike"
    (ev,) = events("Seorang warga tewas akibat serangan pesawat nirawak di Bakura pada hari Minggu.", "id",
                   _town("Bakura"), MINGGU)
    assert ev.type == "strike"
    (ev,) = events("A man was killed in a drone attack in Bakura on Sunday.", "en", _town("Bakura"), SUNDAY)
    assert ev.type == "strike"


def test_air_support_a_backer_gives_is_no_strike_of_its_own():
    kabul = [place("Kabul", "Kabul", country="AF", admin1="AF.13")]
    text = "Afghan troops backed by US air strikes killed 30 militants in Kabul on Sunday."
    (ev,) = events(text, "en", kabul, SUNDAY)
    assert (ev.type, ev.actor) == ("attack", "AF")  # armed men killed: a fight, no strike
    text = "Government forces backed by Russian warplanes attacked rebels in Kabul on Sunday."
    (ev,) = events(text, "en", kabul, SUNDAY)
    assert ev.type == "attack"
    text = ("Pasukan Afghanistan yang didukung serangan udara AS menewaskan 30 militan di Kabul "
            "pada hari Minggu.")
    (ev,) = events(text, "id", kabul, MINGGU)
    assert ev.type == "attack" and "US" not in (ev.actor, ev.target)
    text = ("Pasukan pemerintah yang didukung pesawat tempur Rusia menyerang pemberontak di Kabul "
            "pada hari Minggu.")
    (ev,) = events(text, "id", kabul, MINGGU)
    assert ev.type == "attack"
    # without a backer the air strikes are the event
    (ev,) = events("US air strikes killed 30 militants in Kabul on Sunday.", "en", kabul, SUNDAY)
    assert (ev.type, ev.actor) == ("strike", "US")
    (ev,) = events("Serangan udara AS menewaskan 30 militan di Kabul pada hari Minggu.", "id", kabul, MINGGU)
    assert (ev.type, ev.actor) == ("strike", "US")


def test_unnamed_armed_men_are_of_the_country_they_act_in():
    bakura = _town("Bakura")
    (ev,) = events("Gunmen stormed a church in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert (ev.actor, ev.target) == ("NG", "NG")
    (ev,) = events("Two soldiers were ambushed by militants in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.actor == "NG"
    text = "Orang bersenjata menyerbu sebuah gereja di Bakura pada hari Minggu."
    (ev,) = events(text, "id", bakura, MINGGU)
    assert (ev.actor, ev.target) == ("NG", "NG")
    (ev,) = events("Dua petani diculik orang bersenjata di Bakura pada hari Minggu.", "id", bakura, MINGGU)
    assert ev.actor == "NG"
    # no doer named: no actor guessed
    (ev,) = events("A bomb exploded near a church in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.actor is None
    (ev,) = events("Sebuah bom meledak di dekat gereja di Bakura pada hari Minggu.", "id", bakura, MINGGU)
    assert ev.actor is None


def test_a_conveyance_seized_is_a_hijacking_and_goods_seized_no_event():
    bakura = _town("Bakura")
    (ev,) = events("Militants seized a passenger train in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Gunmen hijacked a bus in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.type == "attack"
    assert events("Police seized weapons in Bakura on Sunday.", "en", bakura, SUNDAY) == []
    text = "Militan merebut sebuah kereta penumpang di Bakura pada hari Minggu."
    (ev,) = events(text, "id", bakura, MINGGU)
    assert ev.type == "attack"
    (ev,) = events("Orang bersenjata membajak sebuah bus di Bakura pada hari Minggu.", "id", bakura, MINGGU)
    assert ev.type == "attack"
    assert events("Tentara menguasai senjata api di Bakura pada hari Minggu.", "id", bakura, MINGGU) == []
    # a tanker seized on land is a hijacking, not a strike on a ship
    (ev,) = events("Gunmen seized a fuel tanker near Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.type == "attack"
    (ev,) = events("Orang bersenjata merebut sebuah kapal tanker di dekat Bakura pada hari Minggu.", "id",
                   bakura, MINGGU)
    assert ev.type == "attack"
    # a place taken stays a capture
    (ev,) = events("Militants seized the town of Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.type == "capture"
    (ev,) = events("Militan merebut kota Bakura pada hari Minggu.", "id", bakura, MINGGU)
    assert ev.type == "capture"


def test_bodies_found_are_a_killing_where_and_when_they_were_found():
    bakura = _town("Bakura")
    (ev,) = events("The bodies of six men were found dumped in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert (ev.type, ev.place.name, ev.date.start) == ("killing", "Bakura", PUB)
    (ev,) = events("Police found 12 bodies in a mass grave in Bakura on Sunday.", "en", bakura, SUNDAY)
    assert ev.type == "killing"
    (ev,) = events("Jasad enam pria ditemukan di Bakura pada hari Minggu.", "id", bakura, MINGGU)
    assert (ev.type, ev.place.name, ev.date.start) == ("killing", "Bakura", PUB)
    text = "Polisi menemukan 12 mayat di kuburan massal di Bakura pada hari Minggu."
    (ev,) = events(text, "id", bakura, MINGGU)
    assert ev.type == "killing"
    # other things found are no event
    assert events("Police found weapons in Bakura on Sunday.", "en", bakura, SUNDAY) == []
    assert events("Polisi menemukan senjata di Bakura pada hari Minggu.", "id", bakura, MINGGU) == []
