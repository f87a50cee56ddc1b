"""A speaker's own side as the subject of a loss ("sementara pihaknya hanya kehilangan empat pejuang",
"'We lost only four fighters,' said ..."); Congo's militias (Twirwaneho, Wazalendo, CODECO) are its
side; an "authority" is a source ("..., the provincial disaster management authority said"); AK-47s
are arms; a title's capitalised passive ("27 Tentara Burundi Dilaporkan Tewas") names no agent."""

import warta


def figures(text, code, published="2025-03-05"):
    article = warta.extract(text, lang=code, published=published)
    return {f.text: (f.side, c.claimant.text) for c in article.claims for f in c.figures}


def test_the_speaker_s_side_lost_them():
    got = figures("Juru bicara Wazalendo, Amani Bisimwa, mengklaim kelompoknya menewaskan lebih dari 30 "
                  "tentara Rwanda, sementara pihaknya hanya kehilangan tiga pejuang.", "id")
    assert got.get("tiga pejuang", ("",))[0] == "CD", got
    got = figures("Rwandan troops clashed with a militia in North Kivu. \"We lost only three fighters,\" "
                  "said Amani Bisimwa, a Wazalendo commander.", "en")
    assert got.get("three fighters", ("",))[0] == "CD", got


def test_an_authority_speaks_and_ak_47s_are_counted():
    got = figures("More than 3,000 families have fled since Monday, the provincial disaster management "
                  "authority said. Troops recovered five rifles and three AK-47s, the army said.", "en")
    assert "authority" in got.get("More than 3,000 families", ("", ""))[1], got
    assert "three AK-47s" in got, got


def test_a_capitalised_passive_in_a_title_names_no_agent():
    got = figures("Bentrokan di Kivu Selatan, 19 Tentara Burundi Dilaporkan Tewas\nUVIRA - Sedikitnya 19 "
                  "tentara Burundi tewas dalam bentrokan itu, kata sumber keamanan.", "id")
    assert got.get("19 Tentara Burundi", ("", "x"))[1] == "", got
