"""Border and backer words, and the article's side mentions, are remembered for the text being
read: the answers must be those of a fresh reading, whichever text or language was asked before."""

from warta.lang import load
from warta.model import Sentence
from warta.pipeline.segment import sentences as split
from warta.pipeline.side_mentions import _side_mentions, side_mentions
from warta.pipeline.sides import _backer, _beside, backer, beside

EN_BORDER = "Troops massed near the border with Mali on Sunday."
EN_TROOPS = EN_BORDER.replace("border with", "hills above")  # "Mali" at the same offset
ID_BORDER = "Pasukan berjaga di perbatasan dengan Kamboja pada Senin."
ID_TROOPS = ID_BORDER.replace("perbatasan dengan", "pegunungan tengah")


def test_a_border_answer_is_not_carried_to_another_text_at_the_same_offset():
    for code, near, far, name in (("en", EN_BORDER, EN_TROOPS, "Mali"),
                                  ("id", ID_BORDER, ID_TROOPS, "Kamboja")):
        lang = load(code)
        at = near.index(name)
        assert far.index(name) == at
        for _ in range(2):  # asked in turn: each text keeps its own answer
            assert beside(near, at, lang, at + len(name)) is True
            assert beside(far, at, lang, at + len(name)) is False
            assert beside(near, at, lang) is True


def test_a_backer_answer_is_not_carried_to_another_text_or_language():
    cases = (("en", "Fighters backed by Thailand crossed at dawn.",
              "Fighters fought by Thailand crossed at dawn."),
             ("id", "Milisi yang didukung Thailand menyerang pos itu.",
              "Milisi yang diserang Thailand di pos itu."))
    for code, backed, not_backed in cases:
        lang = load(code)
        at = backed.index("Thailand")
        assert not_backed.index("Thailand") == at
        for _ in range(2):
            assert backer(backed, at, at + 8, lang) is True
            assert backer(not_backed, at, at + 8, lang) is False
    text = "Milisi yang didukung Thailand menyerang pos itu."  # an Indonesian word read as English: no backer
    assert backer(text, text.index("Thailand"), text.index("Thailand") + 8, load("en")) is False
    assert backer(text, text.index("Thailand"), text.index("Thailand") + 8, load("id")) is True


def test_remembered_answers_are_a_fresh_readings_for_every_word():
    texts = {"en": "Refugees crossed the Mauritanian border, near the frontier with Mali and Senegal; "
                   "Thai-backed units held the Cambodian side of the border region.",
             "id": "Warga lari ke perbatasan Mauritania, dekat perbatasan dengan Mali dan Senegal; "
                   "milisi yang dipersenjatai oleh Thailand menjaga wilayah perbatasan Kamboja."}
    for code, text in texts.items():
        lang = load(code)
        for end in range(1, len(text)):
            start = text.rfind(" ", 0, end) + 1
            for _ in range(2):
                assert beside(text, start, lang, end) == _beside(text, start, lang, end)
                assert beside(text, start, lang) == _beside(text, start, lang, None)
                assert backer(text, start, end, lang) == _backer(text, start, end, lang)


def test_side_mentions_follow_the_text_and_its_sentences():
    for code, text in (("en", "Thailand shelled a post. Cambodia denied it, and Laos kept out."),
                       ("id", "Thailand menembaki sebuah pos. Kamboja membantahnya, dan Laos diam.")):
        lang = load(code)
        sents = split(text, lang)
        first = [Sentence(0, sents[0].start, sents[0].end)]
        whole = side_mentions(text, lang, sents)
        assert [c for c, _ in whole] == ["TH", "KH", "LA"]
        assert side_mentions(text, lang, first) == [("TH", 0)]  # other sentences, other answer
        assert side_mentions(text, lang, sents) == whole
        other = text.replace("Laos", "Iran")
        assert [c for c, _ in side_mentions(other, lang, split(other, lang))] == ["TH", "KH", "IR"]
        got = side_mentions(text, lang, sents)
        got.clear()  # the caller's copy
        assert side_mentions(text, lang, sents) == whole == _side_mentions(
            text, lang, tuple((s.start, s.end) for s in sents))[0]



BORDERS = [("en", "Shells fell near the borders with Mali and Guinea overnight.", "Guinea", True),
           ("en", "Shells fell along the frontiers with Mali overnight.", "Mali", True),
           ("en", "Shells fell on the Malian side of the border overnight.", "Malian", True),
           ("en", "Shells fell in the Mali border region overnight.", "Mali", False),
           ("id", "Peluru jatuh dekat perbatasannya dengan Kamboja semalam.", "Kamboja", True),
           ("id", "Peluru jatuh di desa yang berbatasan langsung dengan Kamboja semalam.", "Kamboja", True),
           ("id", "Peluru jatuh di sisi Kamboja semalam.", "Kamboja", True),
           ("id", "Warga desa-desa perbatasan Kamboja mengungsi.", "Kamboja", False)]
BACKERS = [("en", "Militias BACKED BY Thailand held the pass.", True),
           ("en", "Militias backed by drones supplied by Thailand held the pass.", True),
           ("en", "Militias, backed, Thailand said, held the pass.", False),
           ("id", "Milisi yang DIDUKUNG Thailand menguasai celah itu.", True),
           ("id", "Milisi yang didukung instruktur Thailand menguasai celah itu.", True),
           ("id", "Milisi yang Bermarkas di Thailand menguasai celah itu.", True)]


def test_border_and_backer_words_in_any_form_get_through_the_quick_test():
    """A quick test that the text before a name holds a border or backer word (one of each
    phrase's words, in the lower-cased text) must let through every form the word-by-word reading
    takes: plurals, possessives, longer phrases, words in capitals, a reduplicated plural."""
    for code, text, name, near in BORDERS:
        at = text.index(name)
        assert beside(text, at, load(code), at + len(name)) is near, text
        assert beside(text, at, load(code)) is near, text
    for code, text, backed in BACKERS:
        at = text.index("Thailand")
        assert backer(text, at, at + 8, load(code)) is backed, text
