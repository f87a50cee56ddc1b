"""Shapes of wire copy: a verb conjoined to the clause's after an aside speaks for its subject
("Presiden ..., yang ..., memerintahkan ... dan menyatakan", "X, who ..., ordered ... and said"), as
does ", telling state radio that"; a part of the victims after a toll of the dead is of the dead ("38
dari korban adalah pelajar"); fighters who "remain active" are a force's strength; "Humvees" are
vehicles; "the official one" is a pronoun, no count."""

import warta


def figures(text, code, published="2025-02-26"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.unit, f.outcome, c.claimant.text) for c in article.claims for f in c.figures}


def test_a_conjoined_verb_after_an_aside_speaks_for_the_subject():
    got = figures("Presiden Niger Abdourahamane Tiani, yang meninjau lokasi pada Selasa, memerintahkan "
                  "pengejaran dan menyatakan bahwa tentara telah menghancurkan sembilan perahu.", "id")
    assert "Tiani" in got.get("sembilan perahu", ("", "", ""))[2], got
    got = figures("Niger's president, who toured the site on Tuesday, ordered a pursuit and said troops "
                  "had destroyed nine boats.", "en")
    assert "president" in got.get("nine boats", ("", "", ""))[2], got


def test_telling_after_a_comma_speaks_for_the_subject():
    got = figures("The interior minister, Hassan Mahamat, put the toll higher, telling state radio that "
                  "16 villagers had been killed.", "en")
    assert "Hassan Mahamat" in got.get("16 villagers", ("", "", ""))[2] \
        or "minister" in got.get("16 villagers", ("", "", ""))[2], got


def test_victims_after_a_toll_of_the_dead_are_dead():
    got = figures("Sedikitnya 27 orang tewas dalam serangan terhadap sebuah pasar, kata polisi. Juru bicara "
                  "kepolisian mengatakan bahwa 20 dari korban adalah pedagang, sementara tujuh lainnya "
                  "adalah pembeli.", "id")
    assert got.get("20 dari korban", ("", ""))[1] == "killed", got
    assert got.get("tujuh lainnya", ("", ""))[1] == "killed", got
    got = figures("At least 27 people were killed in the attack on a market, police said. A police "
                  "spokesman said 20 of the victims were traders.", "en")
    assert got.get("20 of the victims", ("", ""))[1] == "killed", got


def test_strength_humvees_and_a_pronoun_one():
    got = figures("The ministry estimates that between 300 and 500 militants remain active in the "
                  "province. The group said it had burned three Humvees.", "en")
    assert got.get("between 300 and 500 militants", ("", ""))[1] == "other", got
    assert got.get("three Humvees", ("", ""))[0] == "vehicles", got
    got = figures("A hospital source said the bodies of nine soldiers had been brought in, a higher toll "
                  "than the official one.", "en")
    assert list(got) == ["nine soldiers"], got
    got = figures("Kementerian itu memperkirakan antara 300 dan 500 militan masih aktif di provinsi itu.",
                  "id")
    assert got.get("antara 300 dan 500 militan", ("", ""))[1] == "other", got
