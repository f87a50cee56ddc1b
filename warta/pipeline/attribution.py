"""Whose figures: the side counted, when the figure's own words do not say.

Belligerents report the other side's losses and their own side's civilian
tolls; equipment "used" belongs to the side that acts in the sentence; a
civilian toll with no claimant belongs to the country where it happened.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, partial

from warta.lang import Lang
from warta.model import Claim, Figure, PlaceMention, Sentence
from warta.pipeline.claim_datelines import dateline_end
from warta.pipeline.claim_lexicon import lexicons as claim_lexicons
from warta.pipeline.event_places import attack_possessor
from warta.pipeline.event_rules import rules as event_rules
from warta.pipeline.figure_lists import PEOPLE
from warta.pipeline.figure_outcomes import after_subset_word
from warta.pipeline.figures import POSSESSED, lexicons as figure_lexicons
from warta.pipeline.lexicon import PhraseLexicon, from_table
from warta.pipeline.segment import token_index, tokens as tokenize
from warta.pipeline.side_clues import (
    FIRED_REACH,
    active_before,
    agent_of,
    aimed_at,
    aside,
    cited_source,
    clause_places,
    client_of,
    dateline_word,
    destination,
    each_side,
    fellows_of_speaker,
    headline_as_body,
    hosts,
    insurgent_countries,
    launched_from,
    made_in,
    object_of_verb,
    origin_place,
    other_clause,
    own_losses,
    private,
    regular,
    scene_word,
    speaker_lost,
    striker_before,
    subject_side,
    taken_by_attackers,
    weapon_owner,
    whole_side,
    word_before,
    words,
)
from warta.pipeline.side_mentions import (
    article_sides as article_sides,  # the steps import it from here
    first_named,
    in_outlet,
    outlet_names,
    paragraph_ends,
)
from warta.pipeline.side_spans import inside_longer, nearest_place
from warta.pipeline.sides import backer, beside, enemies as sides_at_war, side_lexicon
from warta.pipeline.spans import SpanIndex, covering

ENEMY_OUTCOMES = {"killed", "wounded", "casualties", "captured", "destroyed", "damaged",
                  "intercepted", "lost", "missing", "released"}
BELLIGERENT_KINDS = {"government", "military"}
PROPERTY_UNITS = {"civilians", "other", "settlements", "area_km2"}
LAUNCHED = ("missiles", "drones", "munitions", "rocket_launchers")  # what is launched from somewhere
STRUCK = {"other", "destroyed", "damaged", "captured"}  # what is done to sites, bases and buildings
CARRIERS = ("media", "reporter", "organization")  # who may carry another source's figures ("citing ...")
HOSTS = ("the country where it happened", "the country where the story's places are",  # where they are
         "the claimant's side", "the claimant's own people or property")


CIVIL_RATIO = 5  # a side named this many times more often than any other fights within its own country
STORY_COUNTRY_MIN = 3  # mentions that make a country what the story is about
MISREAD_STORY_MIN = 2  # ... enough to call a country the story never names a misread namesake's
MISREAD_PLACES = 2  # places of a country the story never names that may be namesakes misread


def before_side(named, fig) -> str | None:  # noqa: ANN001
    """The side named last before a figure: whose "its soldiers" are in a reporter's sentence."""
    hit = named.last_before(fig.start)
    return hit.value if hit is not None and hit.end <= fig.start else None


@cache
def _side_words(lang: Lang) -> tuple[PhraseLexicon[str], frozenset[str], PhraseLexicon[str], tuple[str, ...],
                                     frozenset[str], frozenset[str]]:
    """Enemy words, agent markers, maker markers, "each" words, regular-forces nouns and
    the prepositions of a scene ("in Sumy", "di Sumy")."""
    data = lang.data("sides")
    return (from_table({"enemy": data.get("enemy", [])}),
            frozenset(w.lower() for w in data.get("agent_markers", [])),
            from_table({"maker": data.get("maker_markers", [])}),
            tuple(w.lower() for w in data.get("each_words", [])),
            frozenset(w.lower() for w in data.get("own_forces", [])),
            frozenset(w.lower() for w in data.get("scene_words", [])))


def infer_sides(text: str, lang: Lang, sentences: list[Sentence], claims: list[Claim],
                places: list[PlaceMention], counts: Counter[str]) -> None:
    """Fill ``side`` of every figure that has none, in place."""
    lex = side_lexicon(lang)
    outlets = [n for s in sentences for n in outlet_names(tokenize(text, s.start, s.end), text, lang)]
    # "the border with Mali", "near the Niger border": a neighbour
    places = [p for p in places if not beside(text, p.start, lang, p.end)
              and not any(a <= p.start and p.end <= b for a, b in outlets)  # "CNN Indonesia": an outlet
              and not backer(text, p.start, p.end, lang)]  # "berbasis di Inggris": who backs or hosts
    enemy, markers, makers, eachs, own_forces, scene = _side_words(lang)
    joiners, relatives = (words(lang, "figures", k) for k in ("list_joiners", "relative_markers"))
    openers, cars = (words(lang, "sides", k) for k in ("clause_openers", "private_vehicles"))
    roles = event_rules(lang).roles
    attacks = roles.nominal if roles.possessor_after else frozenset()
    # "Serangan udara Amerika Serikat terhadap pelabuhan ...": who struck, not where the story is
    strikers = frozenset(w.lower() for w in lang.data("sides").get("striker_nouns", []))
    heads = frozenset(w.lower() for w in lang.data("sides").get("scene_heads", []))  # "near the village of"
    attackers = from_table({"a": lang.data("sides").get("attacker_nouns", [])})  # "para penyerang"
    launches = frozenset(w.lower() for w in lang.data("sides").get("launch_words", []))  # "launched from"
    speakers = frozenset(w.lower() for w in lang.data("sides").get("speaker_pronouns", []))  # "pihaknya"

    def struck_by(p: PlaceMention) -> bool:
        return attack_possessor(text, p, attacks) or striker_before(text, p, strikers)
    at = [p for p in places if not struck_by(p)]
    ranked = [s for s, _ in counts.most_common()]
    # the article's countries: sides named and places mentioned (for the last resort and for
    # telling an incidental or misread place from the country the story is about)
    countries = counts + Counter(p.country for p in at if p.country and not p.actor_use)
    main_country = countries.most_common(1)[0][0] if countries else None
    where = Counter(p.country for p in at if p.country and not p.actor_use)
    # countries the story names as such: a side's name or a place of country precision
    named_countries = set(counts) | {p.country for p in places if p.country and p.precision == "country"}
    # a country the story never names, with a place or two, in a story clearly about another: a town
    # misread as a namesake abroad ("kota Sumy" read as one in Jakarta, Nasir as one in Sudan)
    misread = {c for c in where if c not in named_countries and where[c] <= MISREAD_PLACES} \
        if main_country and countries[main_country] >= MISREAD_STORY_MIN else set()
    place_main = where.most_common(1)[0][0] if where else None
    # where the fighting is: the places that are not the country of a source ("Kementerian Luar
    # Negeri China") or of the people counted ("dua warga China")
    named_spans = [(c.claimant.start, c.claimant.end or 0) for c in claims if c.claimant.start is not None] \
        + [(f.start, f.end) for c in claims for f in c.figures]
    in_named = covering(named_spans)
    scenes = Counter(p.country for p in at if p.country and not p.actor_use
                     and p.country not in misread
                     and not (p.text.isupper() and len(p.text) > 2)  # "BANGKOK (AP) -": a dateline
                     and not in_named(p.start))
    # on a tie, the country the article's places name more often ("Myanmar rebels" count there)
    scene_main = max(scenes, key=lambda c: (scenes[c], where[c])) if scenes else None
    place_index = SpanIndex(places)
    at_war = sides_at_war(lang)
    # countries whose own armed groups the story names ("PKK", "TTP"): a state fighting them abroad
    # fights its own insurgents, not the host's people ("Turkey said it killed 32 militants in Iraq")
    insurgent = insurgent_countries(text, sentences, lex, irregular := claim_lexicons(lang).irregular)
    rebels = sorted(insurgent) if len(insurgent) == 1 else []  # the one country whose insurgents it names

    first = first_named(text, lang, sentences)
    horizon, paragraph_end = [len(text)], paragraph_ends(text)  # the end of the current figure's paragraph
    hosted: dict[int, set[str]] = {}  # a sentence's sides named as where people went ("into Chad")

    def opponent(side: str | None, where: str | None = None) -> str | None:
        """The most-named other side; in a civil conflict, where no other side is named
        nearly as often ("Papuan rebels" in an article that names Papua New Guinea
        once), or where the figure lies in the side's own country and the other is no
        enemy of it (``where``: "Nigerian troops killed 35 jihadists in Borno" in a
        story that also covers Burkina Faso), the side's own country. A side at war with it
        comes before one that is not ("Israel" against "Hamas" in a story naming the US
        more); with none named, the country where the fighting is ("where", else where the
        story's places are) is the enemy: the side's own in a civil war ("Myanmar rebels
        captured 300 soldiers" in a story naming China), the host of a foreign force ("Rwanda
        said it killed 20 insurgents" in Mozambique), else the side's own."""
        if not side:
            return None
        # a side the article first names after the figure's paragraph is no enemy the reader
        # knows of yet: "U.S. warplanes" in a later paragraph do not own the Houthis' front losses
        others = [s for s in ranked if s != side and first.get(s, 0) < horizon[0]]
        if not others and any(s != side for s in ranked):
            return where or scene_main or side  # none named yet: a civil conflict's own
        warring = [s for s in others if frozenset((side, s)) in at_war]
        other = warring[0] if warring else next(iter(others), None)
        if other is not None and (
                (counts[side] >= CIVIL_RATIO * max(1, counts[other]) and where in (None, side))
                or (where == side and frozenset((side, other)) not in at_war)):
            return side  # (a side named most that acts in another country fights there: "U.S. forces hit
            # 800 targets in Yemen" in a story naming the U.S. most)
        if other is not None and not warring:
            return side if side in insurgent else where or scene_main or side
        return other

    def foe_abroad(side: str | None) -> str | None:
        """"Chad's army ... Boko Haram": the one foreign armed group the story names, for a state at
        war with no other side named."""
        rest = [s for s in insurgent if s != side]
        return rest[0] if side and side not in insurgent and len(rest) == 1 \
            and not any(frozenset((side, s)) in at_war for s in counts) else None

    running = [str(m).lower() for m in lang.data("figures").get("running_markers", [])]
    captives = frozenset(str(w).lower() for w in lang.data("figures").get("held_captives", []))
    origins = frozenset(str(w).lower() for w in lang.data("claims").get("origin_cues", []))
    held = frozenset(str(w).lower() for w in lang.data("figures").get("held_states", []))

    def held_there(fig: Figure) -> bool:
        """"Nearly 100 hostages remain in Gaza", "50 sandera masih ditahan di Gaza": captives held
        where their captors are; no capture verb before them ("seized 30 hostages in X")."""
        span = fig.outcome_span
        return fig.outcome == "captured" and fig.text.lower().split()[-1] in captives and (
            span is None or (span.start >= fig.end and span.text.lower().split()[-1] in held))
    flex = figure_lexicons(lang)
    instruments = frozenset(str(w).lower() for w in lang.data("sides").get("instrument_words", []))

    def refers_back(fig: Figure) -> bool:
        """"seven others", "lima lainnya", "two of them", "dua di antaranya": no noun of its own."""
        rest = fig.text[fig.quantity.end - fig.start:].strip().lower()
        return rest in flex.trailing or flex.anaphoric.lookup(rest) is not None
    members = figure_lexicons(lang).named_members  # "members": a fighting force's own are its fighters
    fellow_words = lang.data("figures").get("fellows", {})
    always, possessed = (frozenset(str(w).lower() for w in fellow_words.get(k, []))
                         for k in ("always", "possessed"))
    refuges = frozenset(str(w).lower() for w in lang.data("figures").get("destination_markers", []))
    uprooted: str | None = None  # the origin of the displaced people the article last named
    fellow, fellow_at = False, 0  # the claim before ended with a speaker's fellows ("three of our comrades")
    fired: dict[str, tuple[str, int]] = {}  # unit -> (side, sentence) of the weapons last said fired
    # the people the story is about when it tells of refugees of one origin ("pengungsi Rohingya") where
    # they arrived: its other tolls of people there are theirs, not their host's (no party to a war)
    exiles = Counter(f.side for c in claims for f in c.figures
                     if f.outcome == "displaced" and f.side_reason == "named in the figure" and f.side)
    exile = exiles.most_common(1)[0][0] if exiles else None
    for claim in claims:
        sent = sentences[claim.sentence]
        toks = tokenize(text, sent.start, sent.end)
        made = made_in(toks, text, makers)
        outlet = in_outlet(toks, text, lang)
        quoted, cited, cited_kind = cited_source(toks, text, origins, lex, claim_lexicons(lang).kinds)
        named = [m for m in lex.find(toks, text)
                 if not outlet(m.start, m.end) and (m.start, m.end) not in quoted
                 and (claim.claimant.start is None
                     or not (claim.claimant.start <= m.start < (claim.claimant.end or 0)))
                 and not dateline_word(toks, m.first_token, m.text) and m.start not in made
                 and not beside(text, m.start, lang, m.end) and not backer(text, m.start, m.end, lang)]
        in_name = inside_longer([(m.start, m.end) for m in lex.find(toks, text)])
        filed = dateline_end(toks, text)  # "KYIV (Reuters) -", "Istanbul (ANTARA) -": where it was filed
        filed_end = toks[filed - 1].end if filed else sent.start
        here = [p for p in place_index.between(sent.start, sent.end)
                if p.country and not p.actor_use and p.start not in made
                and not (p.start - sent.start < 3 and p.text.isupper()) and p.start >= filed_end
                # "Vladimir" in "Vladimir Putin": part of a side's name, not where it happened
                and not in_name(p.start, p.end)
                and not struck_by(p)  # "serangan India", "U.S. air strikes": who struck, not where
                and not (p.precision == "country" and weapon_owner(text, p.start, flex))  # "nirawak Turki"
                # "Militer Israel mengatakan ...": the country in the claimant's name says who, not
                # where (a region in it may: "the Arakan Army", "Kementerian Kesehatan Gaza")
                and not (claim.claimant.start is not None and p.precision == "country"
                         and p.country == claim.claimant.country
                         and claim.claimant.start <= p.start < (claim.claimant.end or 0))]
        # a town of a country the story never names ("kota Sumy" read as a namesake in Jakarta, Nasir as
        # one in Sudan) is a misread: the sentence's other places say where, else the story's scenes
        striking = {p.country for p in place_index.between(sent.start, sent.end)
                    if p.country and struck_by(p)}  # "serangan India", "Russian strikes": who struck
        unnamed = [p for p in here if p.country in misread]
        here = [p for p in here if p.country not in misread]
        finer = [p for p in here if p.precision != "country"]
        nearest = nearest_place(finer or here)  # the place nearest the figure, finer places first
        own = claim.claimant.country
        if own is not None and own in misread:
            own = scene_main  # "a local official in Nasir County", Nasir misread as Sudan's: a local's
        kind = claim.claimant.kind
        if cited is not None and kind in CARRIERS:
            # "Reuters, citing the Russian Defence Ministry, said": the figures are the cited source's
            own, kind = cited, cited_kind or kind
        belligerent = own is not None and kind in BELLIGERENT_KINDS
        enemies = enemy.find(toks, text)
        named_index = SpanIndex(named)
        horizon[0] = paragraph_end(claim.start)
        each_side(text, claim, named, own, opponent, eachs, ranked, lambda f, at=sent.start: any(
            m.value == "released" for m in flex.outcomes.find(tokenize(text, at, f.start), text)))
        fellow = fellows_of_speaker(claim, always, possessed, flex.possessives, flex.trailing,
                                    fellow and claim.sentence - fellow_at <= 1)
        fellow_at = claim.sentence
        backed: dict[str, str] = {}  # a backer of the enemy's people -> their own country, in this claim
        for n, fig in enumerate(claim.figures):
            horizon[0] = paragraph_end(fig.start)
            if fig.outcome == "displaced" and fig.side_reason == "named in the figure":
                uprooted = fig.side  # "200 pengungsi Rohingya", then "kelompok 196 orang itu": the same
            if fig.side is None and fig.unit in LAUNCHED and fig.outcome in ("used", "intercepted"):
                origin = launched_from(text, fig, lex, place_index, launches, flex.origins)
                if origin is not None:  # "two of three missiles launched from Yemen"
                    fig.side, fig.side_reason = origin, "where the weapons were launched from"
            if fig.side is not None:
                if fig.outcome == "used":
                    fired[fig.unit] = fig.side, claim.sentence
                continue
            prev = claim.figures[n - 1] if n else None
            if prev is not None and prev.side is not None and prev.unit in (*PEOPLE, "other") \
                    and fig.unit in PEOPLE and after_subset_word(toks, token_index(toks, fig.start), text,
                                                                 flex):
                # "12 prajurit, termasuk seorang letnan kolonel": a part a subset word opens is the whole's
                fig.side, fig.side_reason = prev.side, "part of the people counted just before"
                continue
            if prev is not None and prev.side is not None and prev.unit == fig.unit and refers_back(fig):
                # "two soldiers were killed and seven others wounded, two of them seriously": the same
                # side's people as the figure before, whatever rule gave that one its side
                fig.side, fig.side_reason = prev.side, "more of the people counted just before"
                continue
            if fig.running_total and prev is not None and prev.side is not None \
                    and (prev.unit, prev.outcome) == (fig.unit, fig.outcome):
                # a side named inside the total's own clause owns it instead ("bringing Russia's losses to")
                clause = text[prev.end:fig.start].lower()
                opens = prev.end + max([clause.rfind(m) for m in running] + [0])
                last_named = named_index.last_before(fig.start)
                if last_named is None or last_named.start < opens:
                    # "Five soldiers were killed ..., bringing the number of troops killed to 14"
                    fig.side, fig.side_reason = prev.side, "the running total the figure before adds to"
                    continue
            if fig.outcome == "displaced" and uprooted is not None:
                fig.side, fig.side_reason = uprooted, "the displaced people named before"
                continue
            if fig.side_reason == POSSESSED:
                # "pasukan Ukraina ... prajurit mereka": the side the sentence names before;
                # "Hezbollah said 4 of its fighters were killed": else the speaker's own people
                owner = before_side(named_index, fig) or own
                fig.side_reason = ""
                if fig.unit == "civilians" and owner == own and claim.claimant.kind == "military" \
                        and any(w in members for w in fig.text.lower().split()):
                    fig.unit = "personnel"  # "Hezbollah announced the deaths of 430 of its members"
                if owner is not None:
                    fig.side, fig.side_reason = owner, "whose people a possessive says"
                    continue
                if claim.claimant.kind == "organization" and claim.claimant.start is not None:
                    continue  # "UNIFIL said two of its peacekeepers were wounded": a body of no side
            last = named_index.last_before(fig.start)
            before = [last] if last is not None and last.end <= fig.start \
                and not aside(text, last.start, fig.start, relatives) else []
            agent = agent_of(fig, named_index, text, markers)
            own_clause = clause_places(text, fig, here, openers, relatives)  # "..., as Israel struck Tehran"
            clause_finer = [p for p in own_clause if p.precision != "country"]
            near = nearest_place(clause_finer or own_clause)(fig.start) if own_clause else nearest(fig.start)
            if near is not None and scene_word(text, near.start, heads) not in scene:
                # "U.S. forces have hit 800 targets in Yemen": a place a scene word introduces says
                # where, before a nearer one that only names who
                scened = [p for p in ((clause_finer or own_clause) if own_clause else (finer or here))
                          if scene_word(text, p.start, heads) in scene]
                near = nearest_place(scened)(fig.start) if scened else near
            if fig.outcome == "displaced" and near is not None and destination(text, near.start, refuges):
                # "600,000 refugees had fled into Chad": where they went is not whose people they are
                near = nearest_place([p for p in (finer or here) if not destination(text, p.start, refuges)]
                                )(fig.start)
            if fig.unit in PEOPLE:  # "800 warga sipil dari wilayah Kursk": where they come from
                near = origin_place(text, fig.end, place_index, flex.origins, heads) or near
            place_country = near.country if near is not None else None
            if place_country and main_country and countries[place_country] <= 1 \
                    and countries[main_country] >= STORY_COUNTRY_MIN:
                place_country = main_country  # a place named once in a story about elsewhere
            elif place_country is None and unnamed:
                place_country = scene_main
            if place_country in striking and belligerent and own != place_country \
                    and (fig.outcome in ENEMY_OUTCOMES or fig.outcome in STRUCK):
                # Pakistan's army: "serangan rudal India ke enam lokasi di Kashmir ... menewaskan 31 warga
                # sipil": where the striker struck is no country of its own; the speaker's people
                place_country = own
            if place_country and held_there(fig):
                place_country = opponent(place_country) or place_country  # the captors' enemy's people
            named_before = before[-1].value if before else None
            where_named = bool(before) and word_before(text, before[-1].start) in scene  # "di Mozambik"
            subject = subject_side(fig, named_index)
            subject_enemy = opponent(subject, place_country) if subject else None
            side: str | None
            whole = whole_side(text, fig, named_index, flex.part_words)
            if own and speaker_lost(text, fig, speakers):
                side, why = own, "the speaker's side lost them"  # "sementara pihaknya hanya kehilangan"
            elif rebels and place_country not in rebels and (
                    (fig.unit == "personnel" and irregular.find(tokenize(text, fig.start, fig.end), text))
                    or (own in rebels and fig.unit == "other" and fig.outcome in ("destroyed", "damaged"))):
                # "sedikitnya 30 teroris" in a Pakistani strike in Afghanistan, TTP named, and the "tiga pusat
                # pelatihan" it destroyed there: its own insurgents' country's
                side, why = rebels[0], "the insurgents the story names"
            elif whole is not None and fig.unit in ("personnel", "civilians"):
                side, why = whole, "the side that names the whole of the part"
            elif agent is not None and fig.outcome == "used":
                side, why = agent, "the agent of the passive verb"  # "72 drones launched by Russia"
            elif agent is not None and fig.outcome in ENEMY_OUTCOMES and opponent(agent):
                side, why = opponent(agent), "the opponent of the passive verb's agent"
            elif belligerent and enemies and enemies[0].end <= fig.start:
                side, why = opponent(own), "the claimant's enemy, named as such"
            elif fig.outcome == "used" and belligerent and active_before(fig) and before \
                    and fig.outcome_span is not None and before[-1].start >= fig.outcome_span.end \
                    and subject in (None, own) and word_before(text, before[-1].start) not in markers:
                # "Houthi mengaku menyerang kapal induk AS dengan 18 rudal": the side named after the
                # verb is its object; the claimant, its subject, fired them
                side, why = own, "the claimant's side attacked with them"
            elif fig.outcome == "used" and subject and named_before not in (None, subject) \
                    and fig.outcome_span is not None and before[-1].start >= fig.outcome_span.end \
                    and word_before(text, fig.start) in instruments:
                # "Russia pounded Ukraine with 267 drones": the subject attacked with them, not its object
                side, why = subject, "the subject that attacked with them"
            elif fig.outcome == "used" and named_before and not (
                    where_named and own and regular(text, fig, own_forces)) \
                    and not (own and active_before(fig) and other_clause(text, before[-1].end, fig, joiners)):
                # (not "Pasukan Rwanda, yang dikerahkan di Mozambik ... sekitar 4.000 personel": where)
                side, why = named_before, "the side named before the figure"
            elif fig.outcome == "used" and own and active_before(fig):
                side, why = own, "the claimant's side fired it"  # "Iran said it fired 100 missiles"
            elif fig.outcome == "used" and belligerent and (named_before in (None, own) or where_named) \
                    and regular(text, fig, own_forces):
                # "Rwanda, which has 4,000 troops deployed there, said": its own
                side, why = own, "the claimant's own troops deployed"
            elif fig.outcome == "used":
                side = foe_abroad(own) or opponent(own)
                why = "incoming fire the claimant reports: its enemy's"
            elif fig.unit in PROPERTY_UNITS or private(fig, cars):
                # civil authorities count their own people and buildings; an army counts where it struck
                local = own if own and claim.claimant.kind in ("government", "official", "person") else None
                if local and near is not None and place_country \
                        and place_country != own and scene_word(text, near.start, heads) in scene:
                    # "Russia denied that 20 civilians were killed in Sumy": Sumy's people; "U.S. forces
                    # have hit 800 targets in Yemen, a U.S. official said": Yemen's
                    local = None
                victims = subject_enemy if fig.outcome in ENEMY_OUTCOMES else None
                # "the military said its troops arrested 25 people": whom its forces acted on
                acted_on = opponent(own) if belligerent and claim.claimant.kind == "military" \
                    and fig.unit == "civilians" and fig.outcome in ENEMY_OUTCOMES and active_before(fig) \
                    and named_before in (None, own) else None
                # "India said its forces struck nine sites", "pihaknya menghantam sembilan lokasi": what a
                # belligerent's own forces struck, took or wrecked is its enemy's
                enemy_there = opponent(own, place_country) if belligerent else None
                by_own = object_of_verb(text, fig) and subject in (None, own) and named_before in (None, own)
                struck = enemy_there if fig.unit in ("other", "settlements") and fig.outcome in STRUCK \
                    and enemy_there != own and by_own else None  # (and the villages they took)
                side, why = next(((s, w) for s, w in (
                    (struck, "what the claimant's forces struck: its enemy's"),
                    (local, "the claimant's own people or property"),
                    (place_country, "the country where it happened"),
                    (acted_on, "the people the claimant's forces acted on"),
                    (own, "the claimant's side"),
                    (victims, "the opponent of the side that did it"),
                    (None if before and fig.unit == "civilians" and weapon_owner(text, before[-1].start, flex)
                     else named_before, "the side named before the figure"),  # not whose drone hit them
                    (place_main, "the country where the story's places are")) if s), (None, ""))
                names = partial(lex.find, toks, text)  # "2,000 crossed into Chad, Chadian officials said"
                if fig.outcome == "displaced" and side == own and own in hosts(hosted, claim.sentence, text,
                                                                               names, refuges):
                    # the host counts arrivals: they are of where they fled from, the story's scene
                    origin = next((c for c in (scene_main, place_main, *(c for c, _ in where.most_common()),
                                               *ranked) if c and c != own), None)
                    side, why = origin or side, "the displaced people's origin, not their host's"
            elif fig.outcome in ("intercepted", "other") and fig.unit in fired \
                    and claim.sentence - fired[fig.unit][1] <= FIRED_REACH \
                    and not (belligerent and fired[fig.unit][0] == own):  # none shoots down its own
                # "the Houthis said they fired two missiles ... the army said one missile was
                # intercepted": the weapons just said fired, whoever shot them down
                side, why = fired[fig.unit][0], "the side said to have fired them just before"
            elif fig.outcome == "intercepted" and not belligerent and opponent(place_country):
                # "four drones were shot down over Kherson": what is shot down over a country is its enemy's
                side, why = opponent(place_country), "shot down over the country: its enemy's"
            elif belligerent and agent is None and named_before in (None, own) \
                    and own_losses(text, fig, own_forces):
                side, why = own, "a belligerent's soldiers who fell, told without an enemy word"
            elif belligerent and fig.unit not in PEOPLE and fig.outcome in STRUCK \
                    and taken_by_attackers(text, sent.start, fig, attackers, claim.figures):
                side, why = own, "what the attackers took or wrecked: the claimant's own"
            elif belligerent and fig.outcome in ENEMY_OUTCOMES:
                side = foe_abroad(own) or opponent(own, place_country)
                why = "a belligerent claimant reports its enemy's losses"
            elif fig.outcome in ENEMY_OUTCOMES and subject_enemy:
                # "Ukraine's air defences shot down 38 drones": the subject's enemy lost them
                side, why = subject_enemy, "the opponent of the verb's subject"
            else:
                local = own if claim.claimant.kind in ("government", "official", "person") else None
                side, why = next(((s, w) for s, w in (
                    (named_before, "the side named before the figure"),
                    (place_country, "the country where it happened"),
                    (local, "the claimant's own side")) if s), (None, ""))
            client = client_of(text, fig, lex, lang)
            if side is not None and side == client:
                # "menewaskan 31 tentara bayaran yang didukung Ankara": whom a country backs are not its own
                side = next((s for s in (own, scene_main, place_main) if s and s != client), None)
                why = "the backed people's own country"
                if side is not None:
                    backed[client] = side
            elif side in backed and why.startswith("a belligerent claimant"):
                # "..., serta menghancurkan tiga tank": more of the backed people's
                side, why = backed[side], "the backed people's own country"
            if fig.outcome == "used" and side is not None \
                    and side == aimed_at(text, fig, named_index, flex.targets):
                # "Kelompok itu meluncurkan dua rudal ke arah Israel, kata militer Israel": fired at it
                side, why = opponent(side), "the enemy of the side the weapons were fired at"
            if exile and side and fig.unit == "civilians" and side != exile and why in HOSTS \
                    and counts[exile] > counts[side] and frozenset((side, exile)) not in at_war:
                side, why = exile, "the refugees the story tells of, not their host's people"
            fig.side, fig.side_reason = side, why if side else ""
            if fig.outcome == "used" and side:
                fired[fig.unit] = side, claim.sentence
            if fig.side is None and ranked:
                fig.side, fig.side_reason = ranked[0], "the side the article names most"
            elif fig.side is None and main_country:
                fig.side, fig.side_reason = main_country, "the country the article is about"
    headline_as_body(claims)
