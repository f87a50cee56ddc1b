"""Settlements the gazetteer lacks: names a settlement word announces ("desa
Kaligunting", "the villages of A and B", "A village"), with the names listed
after them ("desa A, B dan C"). Each is a new place the pipeline locates by
the places around it. Language-neutral: the trigger words, joiners and
connectors come from the :class:`PlaceLexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Set as AbstractSet
from dataclasses import dataclass, field
from typing import Final

from warta.geo.gazetteer import Candidate
from warta.geo.match import Match
from warta.pipeline.place_beside import SETTLED, after_bare_locative, list_ahead, paired_places
from warta.pipeline.place_lexicon import PlaceLexicon
from warta.pipeline.place_measured import measured_off, site_word
from warta.pipeline.place_named_again import named_again
from warta.pipeline.place_spans import Run, Tok, acronym


def _opened_by_article(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether the name at token ``g`` comes right after an article or a locative ("in the Mir Ali
    area", "in Kisima area")."""
    return g > 0 and toks[g - 1].sent == toks[g].sent and (
        toks[g - 1].key in lex.articles or toks[g - 1].key in lex.locative)


@dataclass(slots=True)
class _Finder:
    """The new places of one article found so far, and what each token already names."""

    text: str
    toks: list[Tok]
    matches: list[Match]
    lex: PlaceLexicon
    owner: dict[int, Match]
    run_of: dict[int, Run]
    out: list[Match] = field(default_factory=list)

    def __init__(self, text: str, toks: list[Tok], matches: list[Match], lex: PlaceLexicon,
                 owner: dict[int, Match], run_of: dict[int, Run], out: list[Match] | None = None) -> None:
        self.text, self.toks, self.matches, self.lex = text, toks, matches, lex  # (written out: see Tok)
        self.owner, self.run_of, self.out = owner, run_of, [] if out is None else out

    def drop(self, parts: list[Match]) -> None:
        _drop(parts, self.matches, self.owner)

    def grab(self, g: int, phrased: bool = False) -> Match | None:
        """The new place at token ``g``; ``phrased`` when a trigger of two words announces it
        ("the village of Ali Foldheere": a given name may open it, unlike "kepala desa Ahmad")."""
        toks, lex, owner = self.toks, self.lex, self.owner
        run = self.run_of.get(g)
        if run is None or g in owner:
            return None
        ids = _name_of(run.toks[g - run.toks[0]:], toks, lex)  # a run's tokens are consecutive
        person = toks[ids[0]].key in lex.first_names and not (phrased and len(ids) > 1)
        if toks[ids[0]].key in lex.stoplist or toks[ids[0]].key in lex.titles \
                or person or toks[ids[0]].key in lex.demonyms \
                or len(ids) == 1 and acronym(self.text, toks, ids[0], run) \
                or any(toks[x].key in lex.body_words for x in ids) \
                or " ".join(toks[x].key for x in ids) in lex.not_places \
                or all(toks[x].key in lex.heads_before for x in ids):
            return None  # "the northern Syrian town of Manbij": a people's adjective names no town;
            # "the city's SWAT team": an acronym; "the city Planning Commission": a body; "di Distrik"
            # closing a text: a head word alone names nothing
        self.drop([x for x in {id(owner[x]): owner[x] for x in ids if x in owner}.values()])
        # "kota Datu Saudi Ampatuan": the town's name holds no Saudi Arabia
        m = Match(toks[ids[0]].start, toks[ids[-1]].end,
                  " ".join(toks[x].key for x in ids), ids[0], ids[-1] + 1, run.toks[0], run.dateline, "new",
                  [], (), new=True)
        for x in ids:
            owner[x] = m
        return m

    def go_on(self, g: int, sent: int, kind: str, phrased: bool) -> None:
        """The names a list goes on with from token ``g``: "villages of A and B", "Kampung A dan B"."""
        text, toks, lex = self.text, self.toks, self.lex
        while g < len(toks) and toks[g].sent == sent and (
                toks[g].key in lex.list_joiners
                or text[toks[g - 1].end:toks[g].start].strip() == "," and _joined_ahead(text, toks, g, lex)):
            if toks[g].key in lex.list_joiners:
                g += 1
            if g < len(toks) and (known := self.owner.get(g)) is not None:
                if kind == "new" and known.curated and any(c.kind == "region" for c in known.cands):
                    # "desa El Plateado dan Sinai": a village, no peninsula the language data names
                    known.cands = [c for c in known.cands if c.kind != "region"]
                    known.curated, known.want, known.new = (), kind, not known.cands
                elif not any(c.kind == "country" for c in known.cands):
                    known.want = known.want or kind  # "villages of A and B": B is one too
                g = known.j
                while g < len(toks) and toks[g].cap and toks[g].key in lex.name_ends \
                        and text[toks[g - 1].end:toks[g].start] == " ":
                    g += 1  # "Kampung A, Sugapa Lama, dan B": the known name's last word, then the list
                continue
            nxt = self.grab(g, phrased) if g < len(toks) and toks[g].cap else None
            if not nxt:
                break
            self.out.append(nxt)
            g = nxt.j


def new_settlements(text: str, toks: list[Tok], runs: list[Run], matches: list[Match],
                    lex: PlaceLexicon, indexed: Collection[str], lower: AbstractSet[str],
                    run_of: dict[int, Run]) -> list[Match]:
    """Names a settlement trigger announces that the gazetteer lacks; the names
    no reading of the gazetteer (``indexed``) has are so at their other mentions too.
    ``lower``: the words the text writes in lower case; ``run_of``: the run of each token in one."""
    owner = {g: m for m in matches for g in range(m.i, m.j)}
    f = _Finder(text, toks, matches, lex, owner, run_of)
    grab = f.grab

    for headed in matches:  # "Kampung Olenki dan Tegelobak": a head in the name opens a list too
        head = lex.heads_before.get(toks[headed.i].key)
        if headed.new and headed.j - headed.i > 1 and head in SETTLED and toks[headed.i].cap:
            f.go_on(headed.j, toks[headed.i].sent, head, False)

    words = lex.new_place_cues
    for k, t in enumerate(toks):
        if t.key not in words:
            continue  # most words are no place word
        if t.cap:
            run = run_of.get(k)
            if t.key in lex.unit_prefixes and run is not None and run.toks[-1] == k + 1 \
                    and toks[k + 1].cap and (hit := grab(k + 1)) is not None:
                f.out.append(hit)  # "Polsek Sinak": the local unit the office serves, one the index lacks
            elif lex.heads_after.get(t.key) == "new" and run is not None and run.toks[0] < k == run.toks[-1] \
                    and not any(x in owner for x in run.toks) and (hit := grab(run.toks[0])) is not None:
                f.out.append(hit)  # "the Tishreen Dam": a capitalised site head closes a name the index lacks
            continue
        two = f"{toks[k - 1].key} {t.key}" if k and toks[k - 1].sent == t.sent else ""
        if two and toks[k - 1].cap and _group_word(toks, k - 1, lex):
            continue  # "Islamic State of ...": the group's name, no state's trigger
        if two in lex.triggers_before or t.key in lex.triggers_before:
            _after_trigger(f, k, two)
        if t.key in lex.triggers_after or t.key in lex.area_words:
            _before_trigger(f, k)
    out = f.out
    out += _apposed_heads(text, toks, runs, run_of, matches, owner, lex, grab)
    out += _put_in_units(text, toks, runs, owner, lex, grab)
    out += paired_places(text, toks, runs, owner, lex, grab)
    out += after_bare_locative(text, toks, runs, owner, lex, grab, lower)
    out += measured_off(text, toks, runs, owner, lex, grab,
                        lambda g: _listed_before(text, toks, g, run_of, lex), lambda m: f.drop([m]))
    out += [m for run in runs if run.dateline
            and (_credited(text, toks, run) or _cased_again(text, toks, run))
            and (m := grab(run.toks[0])) is not None]  # "DEKAI, KOMPAS —", "DEKAI (ANTARA) -"
    with_heads = [m for m in matches if m.new and m.j - m.i > 1 and toks[m.i].key in lex.heads_before]
    return out + named_again(toks, runs, [m for m in out if m.key not in indexed] + with_heads, owner, lex,
                              f.drop)


def _after_trigger(f: _Finder, k: int, two: str) -> None:
    """The names a settlement word at token ``k`` (or the two words ending there, ``two``)
    announces after it: "desa X", "the village of X", "desa A dan B"."""
    text, toks, lex, owner, run_of = f.text, f.toks, f.lex, f.owner, f.run_of
    t = toks[k]
    phrased = not t.possessive and two in lex.triggers_before
    kind = None if t.possessive else lex.triggers_before.get(two) or lex.triggers_before.get(t.key)
    if not kind or k + 1 < len(toks) and (text[t.end:toks[k + 1].start].strip(" -")
                                          or toks[k + 1].key in lex.list_joiners):
        return  # "the city,” Baine said", "the city and the Islamic community": no name next
    g = k + 1
    inside = False  # "dua desa di Zaporizhzhia": a known name after "di" holds the villages
    while g < len(toks) and toks[g].sent == t.sent and g - k <= 4:
        m = owner.get(g)
        modifier = g == k + 1 and toks[g].key in lex.trigger_modifiers and g + 1 < len(toks) \
            and toks[g + 1].cap and toks[g + 1].sent == t.sent
        if toks[g].key in lex.skip_after_trigger or modifier \
                or (m and m.best is None and any(c.kind == "country" for c in m.cands)):
            # "desa di X", "kota tambang Rubaya" (a modifier of the trigger), "desa Suriah X"
            inside = inside or toks[g].key in lex.locative
            g += 1
            continue
        if m and inside:
            return
        run = run_of.get(g)
        parts = _inside(run, owner, toks) if m and run and run.toks[0] == g \
            and _words(run, toks) <= NAME_WORDS and kind == "new" else []
        f.drop(parts)  # "desa Dar al Kabirah": no Cambodian Dar
        if parts:
            m = None
        if m:  # a known name first: a list may go on ("wilayah Lyubimovka dan Kamyshevka")
            m.want = m.want or "new"
            if not list_ahead(toks, m.j, lex):
                return  # "wilayah Ryazan, Pavel Malkov, ...": an apposition, no list
            g = m.j
        else:
            opens = toks[g].cap or g in run_of and run_of[g].toks[0] == g \
                and not any(x in owner for x in run_of[g].toks)  # "kawasan al-Mawasi"
            hit = f.grab(g, phrased) if opens else None
            if not hit:
                return
            f.out.append(hit)
            g = hit.j
        f.go_on(g, t.sent, kind, phrased)
        return


def _before_trigger(f: _Finder, k: int) -> None:
    """The name a place word at token ``k`` closes: "the X refugee camp", "the X area",
    "X district", "the southern X region", with the names listed before it ("the A and B camps")."""
    text, toks, lex, owner, run_of = f.text, f.toks, f.lex, f.owner, f.run_of
    t = toks[k]
    area = t.key in lex.area_words and not t.cap  # "the Mir Ali area": no kind asked of a known name
    after = lex.triggers_after.get(t.key) or ("new" if area else None)
    e = k - 1  # the name's last word, past a site's modifier: "the Zamzam refugee camp"
    if after == "new" and k > 1 and toks[e].key in lex.facility_modifiers and not toks[e].cap:
        e -= 1
    if not k or not (after == "new" and toks[e].cap and toks[e].sent == t.sent
                     and toks[e].key not in lex.facility_modifiers  # "Refugee camps are full": no name
                     or after in ("admin2", "admin") and _named_before(text, toks, k)
                     and not toks[k - 1].key.endswith(lex.adjective_endings)):
        return  # "the Kurdish region": a people's adjective, no unit
    run = _after_seat(run_of.get(e), toks, lex)  # "Residents of the X neighbourhood": X
    if run and t.key in lex.site_triggers and (not _opened_by_article(toks, run.toks[0], lex) or any(
            toks[x].text.isupper() for x in run.toks)):
        return  # "the Tawke field", not "Initial field testing" nor "the FBI field office"
    parts = _inside(run, owner, toks) if run and run.toks[-1] == e and after == "new" else []
    if area and run and (toks[run.toks[0]].key in lex.given_names
                         or len(run.toks) == 1 and toks[run.toks[0]].key in lex.surnames
                         or not _opened_by_article(toks, run.toks[0], lex)):
        run = None  # "the Smith area of expertise", "the John Hall area", "a mainly Shiite area"
    if run and (e not in owner and len(run.toks) <= 3
                or parts and _words(run, toks) <= NAME_WORDS):
        f.drop(parts)  # "Dar al Kabirah town": no Cambodian Dar
        hit = f.grab(run.toks[0])
        if hit:
            f.out.append(hit)
    if after in ("new", "admin2") and not area and run and run.toks[-1] == e and e in owner:
        listed = _listed_before(text, toks, run.toks[0], run_of, lex)
        if listed:  # "the A and B camps", "the A and B districts": A is one too, and B one
            owner[e].want = owner[e].want or after
        f.out += [m for g in listed if (m := f.grab(g)) is not None]


# ", KOMPAS —", " (ANTARA) -"
_CREDIT_RE: Final = re.compile(r"(?:, [A-Z][A-Za-z]+|\s?\([A-Z][A-Za-z.]*\)) ?[-–—]")


def _after_seat(run: Run | None, toks: list[Tok], lex: PlaceLexicon) -> Run | None:
    """The part of a run after its last seat connector and the article after it: the name a
    head word after the run closes ("Residents of the Lainde neighbourhood": Lainde), not
    the words of the sentence before it."""
    if run is None:
        return None
    cut = max((n for n, g in enumerate(run.toks) if toks[g].key in lex.seat_connectors), default=-1)
    if cut < 0:
        return run
    rest = run.toks[cut + 1:]
    while rest and not toks[rest[0]].cap:
        rest = rest[1:]
    return Run(rest, run.dateline, run.titlecase) if rest else None


def _credited(text: str, toks: list[Tok], run: Run) -> bool:
    """Whether a dateline's name is followed by its outlet's credit and a dash, as a
    town's is ("DEKAI, KOMPAS —"), not itself an outlet's name ("VIVA -", "Suara.com -")."""
    end = toks[run.toks[-1]].end
    return "." not in text[toks[run.toks[0]].start:end + 1] and _CREDIT_RE.match(text, end) is not None


def _cased_again(text: str, toks: list[Tok], run: Run) -> bool:
    """Whether a dateline's one-word name, in capitals opening its line before a dash, comma or
    bracket, is written again in running text ("DEKAI - ... dari Dekai ke Jayapura"): a town, not an
    outlet's name ("VIVA -", "Suara.com -")."""
    t = toks[run.toks[0]]
    line = text.rfind("\n", 0, t.start) + 1
    return len(run.toks) == 1 and t.text.isupper() and not text[line:t.start].strip() \
        and text[t.end:t.end + 3].lstrip()[:1] in ("-", "–", "—", ",", "(") \
        and _in_running_text(toks, t.key)  # not "... Stop AIDS: Keep"


def _in_running_text(toks: list[Tok], key: str) -> bool:
    """Whether a word of ``key`` is written capitalised but not in capitals ("Dekai")."""
    return any(t.key == key and t.cap and not t.text.isupper() for t in toks)


def _listed_before(text: str, toks: list[Tok], first: int, run_of: dict[int, Run],
                   lex: PlaceLexicon) -> list[int]:
    """The first tokens of the runs listed before the run at ``first`` ("A, B and C"),
    nearest first; none unless a list word joins them."""
    out: list[int] = []
    g, joined = first, False
    while g > 0:
        p = g - 1
        if toks[p].key in lex.list_joiners and not toks[p].cap and p > 0 \
                and text[toks[p - 1].end:toks[g].start].strip(" ,") == toks[p].text:
            p, joined = p - 1, True
        elif text[toks[p].end:toks[g].start] != ", ":
            break
        run = run_of.get(p)
        if run is None or run.toks[-1] != p or toks[p].sent != toks[g].sent:
            break
        out.append(run.toks[0])
        g = run.toks[0]
    return out if joined else []


UNIT_KINDS: Final = ("admin1", "admin2")
UNIT_WANTS: Final = ("admin", *UNIT_KINDS)  # named, not spread inside "in (...)": the compiled build cannot


def _put_in_units(text: str, toks: list[Tok], runs: list[Run], owner: dict[int, Match],
                  lex: PlaceLexicon, grab: Callable[[int], Match | None]) -> list[Match]:
    """Names the index lacks that the text puts something in and then puts in a unit:
    "killed in Mir Ali in North Waziristan", "tewas di Mir Ali di Waziristan Utara",
    "in Zarghun Khel, Bannu district", "di Ceel Baraf, wilayah Shabelle Tengah". The unit
    is a name of the index that may be a province or district, after a locative, or after
    a comma with its unit word."""
    out = []
    for run in runs:
        first, last = run.toks[0], run.toks[-1]
        if first == 0 or last + 2 >= len(toks) or len(run.toks) > 3 or any(g in owner for g in run.toks):
            continue
        before, after = toks[first - 1], toks[last + 1]
        if before.key not in lex.locative or before.key not in lex.unit_links \
                or before.sent != toks[first].sent or after.sent != before.sent \
                or toks[first].text.isupper() or any(site_word(toks[g].key, lex) for g in run.toks):
            continue  # "in", not "at Loyola University in Chicago" nor "near Briarcliff Road in DeKalb"
        gap = text[toks[last].end:after.start]
        if gap == " " and after.key in lex.unit_links:
            at = last + 2 + _definite(toks, last + 2, lex)  # "in Mir Ali in the North Waziristan district"
            unit = owner.get(at)
            ok = unit is not None and unit.i == at and (
                unit.want in UNIT_WANTS or any(c.kind in UNIT_KINDS for c in unit.cands))
        elif gap == ", ":
            at = last + 1  # "Zarghun Khel, Bannu district"; "di Ceel Baraf, wilayah Shabelle Tengah"
            if not after.cap and after.key in lex.unit_links and after.key in lex.locative:
                at += 1  # "in Kuriga, in Chikun district"
                at += _definite(toks, at, lex)  # "in X, in the Ouallam department"
            if not toks[at].cap and lex.triggers_before.get(toks[at].key) in UNIT_WANTS:
                at += 1
            unit = owner.get(at)
            ok = unit is not None and unit.i == at and unit.want in UNIT_WANTS
        else:
            ok = False
        if ok and (hit := grab(first)) is not None and hit.j == last + 1:
            out.append(hit)
    return out


def _definite(toks: list[Tok], g: int, lex: PlaceLexicon) -> int:
    """1 when token ``g`` is a definite article in lower case ("the"), else 0."""
    t = toks[g] if g < len(toks) else None
    return int(t is not None and not t.cap and t.key in lex.articles and t.key not in lex.indefinite_articles)


APPOSED_MODIFIERS: Final = 3  # words between the article and the head ("a small frontline village")


def _apposed_heads(text: str, toks: list[Tok], runs: list[Run], run_of: dict[int, Run], matches: list[Match],
                   owner: dict[int, Match], lex: PlaceLexicon,
                   grab: Callable[[int], Match | None]) -> list[Match]:
    """Names the index lacks that an apposition calls a settlement: "Qarvaniyah, a
    village 20 km west of Kharkiv", "Tawila, sebuah desa di barat El Fasher"."""
    out = []
    for run in runs:
        last = run.toks[-1]
        if last + 2 >= len(toks) or toks[last + 1].start - toks[last].end != 2 \
                or text[toks[last].end:toks[last + 1].start] != ", ":
            continue
        counted = toks[last + 1].key in lex.apposed_counts  # "A and B, two villages": both
        listed = _listed_before(text, toks, run.toks[0], run_of, lex) if counted else []
        at = toks[last + 1].start
        capital = text[at:at + 30].lower().startswith(lex.apposed_capitals)
        if not listed and not capital and toks[last + 1].key not in lex.indefinite_articles:
            continue
        # the name after the run's last connector: "Residents of Qarvaniyah, a town" (not
        # one joined to the name: "Wad al-Nourah")
        tail = [g for g in run.toks if not toks[g].cap and text[toks[g].end:toks[g].end + 1] != "-"]
        name = [g for g in run.toks if g > tail[-1]] if tail else run.toks
        parts = list({id(m): m for g in name if (m := owner.get(g)) is not None}.values())
        if not name or len(name) > NAME_WORDS or any(
                m.curated or m.new or m.i <= name[0] and m.j > name[-1] for m in parts):
            continue  # "Leaders of Kano, a city": Kano; "Wad al-Nourah, a village": no Russian Vad in it
        if capital:  # "Dekai, ibu kota Kabupaten Yahukimo": a town
            _drop(parts, matches, owner)
            out += [hit for hit in (grab(name[0]),) if hit is not None]
            continue
        s, g = toks[last].sent, last + 2
        while g < len(toks) and g - last <= APPOSED_MODIFIERS and not _settled(toks[g].key, lex) \
                and not toks[g].cap and toks[g].key not in lex.function_words:
            g += 1  # "a small farming community", "sebuah permukiman petani"
        head = toks[g] if g < len(toks) else None
        end = g  # where modifiers follow their noun, past them: "sebuah permukiman petani di"
        while lex.modifier_order == "after" and end + 1 < len(toks) and end - g < APPOSED_MODIFIERS \
                and toks[end + 1].sent == s and not toks[end + 1].cap \
                and toks[end + 1].key not in lex.function_words and toks[end + 1].key not in lex.locative:
            end += 1
        if head is not None and head.sent == s and not head.cap and _ends_noun(text, toks, end, lex) \
                and _settled(head.key, lex):
            _drop(parts, matches, owner)
            out += [hit for g in (name[0], *listed) if (hit := grab(g)) is not None]
    return out


def _group_word(toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether token ``g``, alone or with the word before it, is a word of armed groups' names."""
    two = f"{toks[g - 1].key} {toks[g].key}" if g and toks[g - 1].sent == toks[g].sent else ""
    return toks[g].key in lex.group_words_before or two in lex.group_words_before


def _joined_ahead(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether the names from token ``g`` on, apart by commas, end in a list's joiner ("A, B dan C"):
    "Kepala Desa A, Budi Santoso, mengatakan" puts the holder's name between commas, no village."""
    sent = toks[g].sent
    while g < len(toks) and toks[g].sent == sent:
        t = toks[g]
        if not t.cap:
            return t.key in lex.list_joiners
        g += 1
    return False


def _settled(key: str, lex: PlaceLexicon) -> bool:
    """Whether a noun calls a name in apposition a settlement ("a village", "a farming
    community")."""
    return lex.triggers_after.get(key) in SETTLED or lex.triggers_before.get(key) in SETTLED \
        or key in lex.apposed_settlements


def _ends_noun(text: str, toks: list[Tok], g: int, lex: PlaceLexicon) -> bool:
    """Whether the head word at ``g`` ends its noun phrase: punctuation, a grammar word,
    a number or a participle after it ("a village, ...", "a village in", "a village 20 km
    west", "a suburb located east"); not "a city official", "a village elder", "a village chief"."""
    if g + 1 >= len(toks) or toks[g + 1].sent != toks[g].sent or text[toks[g].end:toks[g + 1].start] != " ":
        return not toks[g].possessive
    k = toks[g + 1].key
    bearing = k in lex.bearings or k in lex.bearing_links  # "a village further south"
    return not toks[g].possessive and k not in lex.titles and (  # not "a village chief"
        k[:1].isdigit() or k in lex.function_words or k in lex.locative or k in lex.stoplist
        or k in lex.trigger_modifiers or bearing or k.endswith(lex.verb_suffixes))  # "sebuah desa kecil"


def _named_before(text: str, toks: list[Tok], k: int) -> bool:
    """Whether the lower-case district word at ``k`` is the head of the name before it,
    which the index lacks ("the Karrada district of Baghdad"): one space between, no
    possessive ("TxDOT's district"), hyphen ("Fourth-district") or acronym ("TIF
    districts"), and not a sentence's first word ("Instead county law ..."). Names
    of other units ("Islamic state", "Southern region") are left alone."""
    name, head = toks[k - 1], toks[k]
    return name.cap and name.sent == head.sent and not name.possessive and not name.text.isupper() \
        and text[name.end:head.start] == " " and text[head.end:head.end + 1] != "-" \
        and k >= 2 and toks[k - 2].sent == name.sent


NAME_WORDS: Final = 4  # words of a settlement's name before its head ("Tor Tangi Mohammad Rasol village")


def _drop(parts: list[Match], matches: list[Match], owner: dict[int, Match]) -> None:
    """Forget the index's hits on parts of a name now read whole."""
    for p in parts:
        matches.remove(p)
        for g in range(p.i, p.j):
            del owner[g]


NOTABLE_TOWN: Final = 10_000  # a town this big is a name of its own beside another in a run ("Kursk Rusia")


def _notable(c: Candidate) -> bool:
    return c.primary and (c.kind != "settlement" or c.population >= NOTABLE_TOWN)


def _name_of(ids: list[int], toks: list[Tok], lex: PlaceLexicon) -> list[int]:
    """The first three capitalised words of ``ids`` and the connectors between them ("Santa Cruz
    de la Colina"), up to "of" ("Achguara of the Ochamchire district": two names)."""
    out: list[int] = []
    caps = 0
    for g in ids:
        if out and toks[g].key in lex.seat_connectors and not toks[g].cap:
            break
        caps += toks[g].cap
        if caps > 3:
            break
        out.append(g)
    while out and not toks[out[-1]].cap:
        out.pop()
    return out


def _words(run: Run, toks: list[Tok]) -> int:
    """The capitalised words of a run: "Santa Cruz de la Colina" has three."""
    return sum(toks[g].cap for g in run.toks)


def _inside(run: Run, owner: dict[int, Match], toks: list[Tok]) -> list[Match]:
    """The gazetteer's hits on part of a run of names that a settlement word closes
    ("Dar" in "Dar al Kabirah town"): the whole run is the settlement's name, when no
    hit is curated or takes the whole run."""
    hits = list({id(m): m for g in run.toks if (m := owner.get(g)) is not None}.values())
    joined = any(not toks[g].cap for g in run.toks)  # "Hamar al Ali": a connector makes one name
    # "Lin Ta Lu": names that only hamlets or other names of places cover are one name too
    joined = joined or len(hits) > 1 and not any(_notable(c) for m in hits for c in m.cands)
    if not hits or all(g in owner for g in run.toks if toks[g].cap) and not joined \
            or any(m.curated or m.new or (m.i <= run.toks[0] and m.j > run.toks[-1]) for m in hits):
        return []  # "Kursk Rusia": two names, each known
    return hits
