"""The grouping core: Dutch words, compounds, the thesaurus, and groups a person would make."""

from __future__ import annotations

import random

from facilitator.synthesis.evaluate import ALL, evaluate, evaluate_unseen, unseen_thesaurus
from facilitator.synthesis.grouping import Grouper, Statement, build_thesaurus
from facilitator.synthesis.grouping.cluster import (
    GENERIC,
    attach_alone,
    average_link,
    common_tags,
    strip_kind,
    topic_tags,
)
from facilitator.synthesis.grouping.words import (
    STOPWORDS,
    Vocabulary,
    fill_ellipsis,
    lemma,
    root,
    split_compound,
    terms,
    tokens,
)
from facilitator.synthesis.labelled import (
    CHECK,
    EXTRA,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    HELD,
    TUNE,
)


def lemmas(text: str, *others: str) -> list[str]:
    vocabulary = Vocabulary([text, *others])
    return [t.lemma for t in terms(text, vocabulary)]


def test_words_are_compared_in_their_dictionary_form() -> None:
    assert "stageplaats" in lemmas("te weinig stageplaatsen")
    assert "bedrijf" in lemmas("bedrijven haken af")
    assert lemmas("werkgevers") == lemmas("werkgever") == ["werkgever"]
    assert "te" not in lemmas("te weinig stageplaatsen")


def test_tokens_split_hyphens_and_drop_the_ers_of_abbreviations() -> None:
    assert tokens("bbl-plaatsen voor zzp'ers") == ["bbl", "plaatsen", "voor", "zzp"]


def test_compounds_split_against_the_vocabulary() -> None:
    vocabulary = Vocabulary(["stage", "plek", "werk"])
    assert split_compound("stageplaats", vocabulary) == ("stage", "plaats")
    assert split_compound("leerwerkplek", vocabulary) == ("leer", "werk", "plek")
    # a word nobody used as a part of something stays whole
    assert split_compound("praktijk", vocabulary) is None
    assert split_compound("studenten", vocabulary) is None
    # an unknown compound takes its dictionary form from its last part
    assert lemmas("leerwerkplekken")[0] == "leerwerkplek"


def test_compounds_unknown_to_the_word_list_get_their_singular() -> None:
    assert lemma("oproepkrachten") == "oproepkracht"
    assert lemma("leerwerkbanen") == "leerwerkbaan"
    assert lemma("jobcoaches") == "jobcoach"
    # a verb after a particle is no plural compound
    assert lemma("openstellen") == "openstellen"
    assert lemma("betalen") == "betalen"
    # a word used in the plural only keeps it
    assert lemma("reiskosten") == "reiskosten"


def test_words_of_one_family_share_a_root() -> None:
    assert root(lemma("begeleiding")) == root(lemma("begeleiders")) == "begeleiden"
    assert root(lemma("regels")) == root(lemma("regelingen")) == "regelen"
    assert root(lemma("bereikbaarheid")) == "bereikbaar"
    assert root("meester") == "meester"  # no verb meesten
    assert root("moeder") == "moeder"  # a verb beside it, but no -ing: not derived


def test_the_most_specific_match_in_the_thesaurus_wins() -> None:
    thesaurus = build_thesaurus()
    parts = {"kinderopvangtoeslag": ["kinderopvang", "toeslag"]}
    assert set(thesaurus.concepts_of(["kinderopvangtoeslag"], parts)) == {"opvang"}
    assert set(thesaurus.concepts_of(["digitaal", "vaardigheid"])) == {"digitaal"}
    parts = {"stagevergoeding": ["stage", "vergoeding"]}
    assert thesaurus.concepts_of(["stagevergoeding"], parts) == {"stage": {"stage"}}


def test_the_thesaurus_joins_words_of_one_concept() -> None:
    thesaurus = build_thesaurus()
    assert set(thesaurus.concepts_of(["bbl"])) == {"stage"}
    assert set(thesaurus.concepts_of(["leerbedrijf"])) == {"stage"}
    assert set(thesaurus.concepts_of(["ov"])) == {"reiskosten"}
    assert set(thesaurus.concepts_of(["uitzendkracht"])) == {"flexwerk"}
    assert set(thesaurus.concepts_of(["openbaar", "vervoer"])) >= {"reiskosten"}


def test_a_session_file_can_extend_the_thesaurus() -> None:
    statements = [
        Statement("a", "Schippers van kotters zijn schaars"),
        Statement("b", "Niemand leert een vissersboot besturen"),
        Statement("c", "Reiskosten zijn te hoog"),
    ]
    plain = Grouper().group(statements)
    assert all(len(g.keys) == 1 for g in plain)
    extended = Grouper(build_thesaurus({"visserij": ["kotter", "vissersboot"]})).group(statements)
    assert extended[0].keys == ("a", "b")
    assert extended[0].why.concepts == (("visserij", ("kotter", "vissersboot")),)


def test_the_same_theme_in_four_wordings_is_one_group() -> None:
    statements = [
        Statement("1", "Te weinig stageplaatsen"),
        Statement("2", "Bedrijven haken af als leerbedrijf"),
        Statement("3", "Tekort aan bbl-plaatsen"),
        Statement("4", "Studenten vinden geen stageplek"),
        Statement("5", "Reiskosten naar het werk zijn te hoog", ("reiskosten",)),
        Statement("6", "Geen openbaar vervoer in de avond"),
    ]
    groups = Grouper().group(statements)
    assert [g.keys for g in groups] == [("1", "2", "3", "4"), ("5", "6")]
    assert groups[0].concept == "stage"
    # the words as the tables wrote them: a compound the thesaurus knows names its
    # concept itself, not through its parts
    assert dict(groups[0].why.concepts)["stage"] == (
        "bbl",
        "leerbedrijf",
        "stageplaats",
        "stageplek",
    )


def test_a_theme_with_many_cards_stays_one_group() -> None:
    texts = [
        "Te weinig stageplaatsen in de zorg",
        "Leerbedrijven in de techniek haken af",
        "Bbl-plekken in de bouw zijn schaars",
        "Stagiairs vinden geen plek in de horeca",
        "Snuffelstages bij het mkb organiseren",
        "Erkende leerbedrijven in de logistiek ontbreken",
        "De beroepspraktijkvorming in de zorg loopt vast",
        "Meer leerwerkplekken bij de gemeente",
        "De bus naar het bedrijventerrein rijdt niet in de avond",
        "Reiskosten naar het werk zijn te hoog",
        "Zonder rijbewijs kom je niet bij de kassen",
    ]
    groups = Grouper().group([Statement(str(n), text) for n, text in enumerate(texts)])
    assert [g.keys for g in groups] == [tuple("01234567"), ("8", "9", "10")]
    assert [g.concept for g in groups] == ["stage", "reiskosten"]


def test_a_statement_left_alone_joins_the_group_it_is_most_like() -> None:
    near = [
        {1: 0.5, 2: 0.5, 3: 0.2},
        {0: 0.5, 2: 0.5, 3: 0.1},
        {0: 0.5, 1: 0.5},
        {0: 0.2, 1: 0.1, 4: 0.05},
        {3: 0.05},
    ]
    # 3 is on average 0.1 like the group 0-2: enough at 0.1, not at 0.12;
    # 4 is like nothing enough
    assert attach_alone([[0, 1, 2], [3], [4]], near, 0.1) == [[0, 1, 2, 3], [4]]
    assert attach_alone([[0, 1, 2], [3], [4]], near, 0.12) == [[0, 1, 2], [3], [4]]


def test_tags_are_strong_evidence_and_show_in_why() -> None:
    statements = [
        Statement("a", "Werkgevers vinden de aanvraag te ingewikkeld", ("llo",)),
        Statement("b", "Scholing naast een baan lukt niet", ("llo",)),
    ]
    (group,) = Grouper().group(statements)
    assert group.keys == ("a", "b")
    assert group.why.tags == ("llo",)


def test_grouping_is_deterministic() -> None:
    statements = [Statement(str(n), text) for n, text in enumerate(["a b", "b c", "c d", "x"])]
    assert Grouper().group(statements) == Grouper().group(list(statements))


def test_precision_and_recall_on_the_labelled_set_stay_above_the_measured_floor() -> None:
    results = evaluate(together=True)
    # Measured (docs/synthesis.md), with what cards read as being about (subjects.py):
    # tune P 1.00 R 1.00, held_out 1.00 / 1.00, extra 1.00 / 0.96, check 1.00 / 0.94, fresh
    # 0.79 / 0.75, fresh2 0.86 / 0.79, fresh3 0.72 / 0.59, fresh4 0.65 / 0.62, the four parts
    # written by one hand as one set 0.98 / 0.97; fresh5 0.90 / 0.54, fresh6 0.66 / 0.51,
    # fresh7 0.60 / 0.39 and fresh8 0.54 / 0.37, measured before anyone working on the method
    # had read them (far from the aim of 0.8: kept as they are, so that a change that helps
    # the parts it was made on but hurts unseen wording shows).
    floors = {
        TUNE: (1.0, 1.0),
        HELD: (1.0, 1.0),
        EXTRA: (1.0, 0.95),
        CHECK: (1.0, 0.93),
        FRESH: (0.79, 0.75),
        FRESH2: (0.85, 0.79),
        FRESH3: (0.71, 0.58),
        FRESH4: (0.65, 0.62),
        FRESH5: (0.89, 0.54),
        FRESH6: (0.66, 0.51),
        FRESH7: (0.60, 0.38),
        FRESH8: (0.54, 0.36),
        ALL: (0.97, 0.97),
    }
    for name, (precision, recall) in floors.items():
        found = results[(name, "grouping")]
        assert found.precision >= precision, name
        assert found.recall >= recall, name
        # and far better than words and tags as typed
        assert found.recall > 2 * results[(name, "baseline")].recall, name


def _every_pair_average_link(sim: list[list[float]], threshold: float) -> list[list[int]]:
    """Bottom-up grouping the plain way: every pair of groups compared at every step."""
    clusters = [[i] for i in range(len(sim))]
    while len(clusters) > 1:
        best = None
        for x, a in enumerate(clusters):
            for b in clusters[x + 1 :]:
                mean = sum(sim[i][j] for i in a for j in b) / (len(a) * len(b))
                if best is None or mean > best[0] + 1e-12:
                    best = (mean, a, b)
        assert best is not None
        mean, a, b = best
        if mean < threshold:
            break
        clusters.remove(b)
        a[:] = sorted(a + b)
        clusters.sort(key=lambda c: c[0])
    return clusters


def test_the_fast_bottom_up_grouping_makes_the_groups_of_the_plain_one() -> None:
    rng = random.Random(3)
    for _ in range(200):
        n = rng.randint(1, 14)
        sim = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                if rng.random() < 0.4:
                    sim[i][j] = sim[j][i] = round(rng.random(), 3)
        near = [{j: sim[i][j] for j in range(n) if j != i and sim[i][j] > 0} for i in range(n)]
        threshold = rng.choice([0.1, 0.22, 0.4])
        assert average_link(near, threshold) == _every_pair_average_link(sim, threshold)


def _main(text: str, tags: tuple[str, ...] = ()) -> str | None:
    grouper = Grouper()
    vocabulary = Vocabulary([text], grouper.thesaurus.words())
    return grouper.features(Statement("a", text, tags), vocabulary).main


def test_a_card_is_about_the_concept_its_subject_names() -> None:
    # named first
    assert _main("Begeleiding stopt zodra het diploma binnen is") == "begeleiding"
    assert _main("Werkgevers vragen een diploma, ook voor een stageplaats") == "skills"
    # not in an aside of time or cause, nor in an opening clause
    assert _main("Sinds corona te weinig bbl-plekken in de bouw") == "stage"
    assert _main("Verzuim op entree sterk gestegen na de lockdowns") == "vsv"
    assert _main("Wie zijn baan verliest, weet niet waar hij advies krijgt") == "loket"
    # the last part of a compound says what it is: a flexwoning is a house
    assert _main("Tijdelijke flexwoningen voor nieuwe werknemers") == "wonen"
    # the note-taker's tag decides
    assert _main("Sinds corona te weinig bbl-plekken", ("corona",)) == "crisis"
    # a hint decides only when nothing else is named
    assert _main("Uitzendkrachten in de horeca") == "flexwerk"
    assert _main("Veel winkels in de binnenstad staan leeg") == "crisis"


def test_a_half_written_compound_is_spelled_out() -> None:
    vocabulary = Vocabulary(["toeslag"])
    assert fill_ellipsis("verliest huur- en zorgtoeslag", vocabulary) == (
        "verliest huurtoeslag en zorgtoeslag"
    )
    vocabulary = Vocabulary(["loopbaan", "begeleiding", "oriëntatie"])
    assert fill_ellipsis("loopbaanoriëntatie en -begeleiding", vocabulary) == (
        "loopbaanoriëntatie en loopbaanbegeleiding"
    )
    assert fill_ellipsis("om- en bijscholing", Vocabulary(["scholing"])) == (
        "omscholing en bijscholing"
    )
    # the huurtoeslag is a benefit, not housing
    assert _main("Wie meer uren werkt verliest huur- en zorgtoeslag") == "armoede"


def test_cards_that_share_only_a_hint_stay_apart() -> None:
    statements = [
        Statement("a", "Arbeidsmarktcijfers per gemeente versnipperd"),
        Statement("b", "Het aanbod van regelingen is versnipperd en ondoorzichtig"),
        Statement("c", "Subsidies voor scholing zijn versnipperd"),
    ]
    groups = Grouper().group(statements)
    assert ("a",) in [g.keys for g in groups]
    assert ("b", "c") in [g.keys for g in groups]


def test_newcomers_and_literacy_are_two_themes() -> None:
    statements = [
        Statement("1", "Laaggeletterdheid onder operators wordt verzwegen"),
        Statement("2", "Taalcoach op de werkvloer"),
        Statement("3", "Taalhuis bereikt werkenden niet, lezen en schrijven blijft lastig"),
        Statement("4", "Statushouders zitten maanden in het azc zonder te mogen werken"),
        Statement("5", "Inburgering en werk tegelijk voor nieuwkomers"),
        Statement("6", "Vergunninghouders moeten langs drie loketten voor hun inburgering"),
    ]
    groups = Grouper().group(statements)
    assert [g.keys for g in groups] == [("1", "2", "3"), ("4", "5", "6")]
    assert [g.concept for g in groups] == ["taal", "nieuwkomers"]


def test_a_tag_that_names_the_kind_of_card_is_no_topic() -> None:
    # two opportunities the note-taker marked #kans share no topic by that
    statements = [
        Statement("a", "Pendelbus vanaf het station naar het bedrijventerrein", ("kans",)),
        Statement("b", "Taalles op de werkvloer met het werk zelf", ("kans",)),
    ]
    assert all(len(g.keys) == 1 for g in Grouper().group(statements))
    assert topic_tags(["#Kans", "knelpunt", "bbl"]) == (["bbl"], [])


def test_a_tag_that_names_an_organisation_or_sector_counts_as_a_word() -> None:
    assert topic_tags(["gemeente", "mkb", "zorg", "llo"]) == (["llo"], ["gemeente", "mkb", "zorg"])
    statements = [
        Statement("a", "Rijlessen vergoeden voor werkzoekenden", ("gemeente",)),
        Statement("b", "Schuldhulpverlening koppelen aan werkgevers", ("gemeente",)),
    ]
    assert all(len(g.keys) == 1 for g in Grouper().group(statements))


def test_a_tag_on_many_cards_counts_as_a_word() -> None:
    texts = ["Bus", "Taal", "Stage", "Diploma", "Schulden", "Robot", "Loon", "Docent"]
    many = [Statement(str(n), text, ("overijssel",)) for n, text in enumerate(texts[:5])]
    few = [Statement(str(n), text) for n, text in enumerate(texts[5:], 5)]
    assert common_tags(many + few) == frozenset({"overijssel"})
    assert common_tags(many[:3] + few) == frozenset()  # three cards: still a topic
    assert topic_tags(["overijssel"], common_tags(many + few)) == ([], ["overijssel"])


def test_the_label_of_the_kind_of_card_is_not_part_of_its_text() -> None:
    assert strip_kind("Kans: samen een pendelbus regelen") == " samen een pendelbus regelen"
    assert strip_kind("Knelpunt: geen bus") == " geen bus"
    assert strip_kind("Reistijd: twee uur") == "Reistijd: twee uur"
    # nor do words that say how rather than what join two cards
    statements = [
        Statement("a", "Kans: kleine bedrijven samen een praktijkopleider, zodat ze kunnen"),
        Statement("b", "Kans: tilhulpmiddelen, zodat mensen het samen volhouden"),
    ]
    assert all(len(g.keys) == 1 for g in Grouper().group(statements))


def test_the_concepts_of_the_whole_field() -> None:
    assert _main("Werkloze jongeren: jeugdwerkloosheid loopt op") == "starters"
    assert _main("55-plussers worden genegeerd") == "ouderen"
    assert _main("Verduurzaming van woningen blijft liggen") == "groen"
    assert _main("Contracten van 8 uur per week") == "deeltijd"
    assert _main("Loonbeslag maakt werknemers onaantrekkelijk") == "armoede"
    assert _main("Tillen en zwaar werk geven rugklachten") == "gezondheid"
    assert _main("Lesuitval door tekort aan docenten") == "docenten"
    assert _main("Studenten zorg en welzijn wachten op een bpv-plek") == "stage"


def test_no_word_of_the_thesaurus_names_two_concepts() -> None:
    # a word that means two things here is in none of them (docs/synthesis.md)
    thesaurus = build_thesaurus()
    shared = {word: keys for word, keys in thesaurus._single.items() if len(keys) > 1}
    assert shared == {}


def test_an_adjective_stands_with_its_noun() -> None:
    # the noun says what the card is about, the adjective before it which ones
    assert _main("Werkloze zestigers bij UWV kansloos") == "ouderen"
    assert _main("Werkloze, zestigers en starters") == "crisis"


def test_the_thesaurus_knows_subjects_beyond_the_first_tables() -> None:
    texts = [
        "Social return bij aanbestedingen levert weinig vaste banen op",
        "Gemeenten nemen SROI op in hun inkoopvoorwaarden",
        "Jonge vakmensen trekken weg uit de regio",
        "Talentbehoud: binding van studenten met de regio",
        "Herintreders blijven buiten beeld",
        "De stille reserve is onbenut arbeidspotentieel",
        "Bus naar het bedrijventerrein rijdt niet in de avond",
    ]
    groups = Grouper().group([Statement(str(n), text) for n, text in enumerate(texts)])
    assert [(g.keys, g.concept) for g in groups] == [
        (("0", "1"), "sroi"),
        (("2", "3"), "leefbaarheid"),
        (("4", "5"), "potentieel"),
        (("6",), "reiskosten"),
    ]


def test_words_that_say_how_or_when_only_hint() -> None:
    thesaurus = build_thesaurus()
    assert thesaurus.is_hint("werving", "kandidaat")
    assert thesaurus.is_hint("flexwerk", "tijdelijk")
    # a candidate or a working hour is not what the card is about
    assert _main("Kandidaten zeggen een baan af omdat er geen huurwoning te vinden is") == "wonen"
    assert _main("Busverbinding stopt voor de ploegendienst begint") == "reiskosten"
    # lateral entry is a word of lifelong learning; inflow on its own is not
    assert _main("Tijdelijk geen instroom in de bbl") == "stage"
    # a phrase whose verb the word lists know in another form still names its concept
    assert _main("Jong talent trekt weg uit de kleine kernen") == "leefbaarheid"


def test_every_word_of_the_thesaurus_is_written_as_the_cards_can_match_it() -> None:
    # an entry is matched by its words less small words and digits: what is left must
    # say more than the words any card uses (b1-niveau would be read as niveau, and
    # leerling-werknemer would name any card on pupils and employees)
    for concept in build_thesaurus().concepts.values():
        for entry in (*concept.words, *concept.hints):
            words = {lemma(w) for w in tokens(entry) if w not in STOPWORDS and len(w) > 1}
            assert words, (concept.key, entry)
            assert not words <= GENERIC, (concept.key, entry)


def test_a_part_is_also_measured_with_the_words_only_it_uses_left_out() -> None:
    full = build_thesaurus()
    unseen = unseen_thesaurus(TUNE, (TUNE, HELD))
    left_out = {w for c in full.concepts.values() for w in c.words} - {
        w for c in unseen.concepts.values() for w in c.words
    }
    assert left_out  # the tuning part uses words of its own
    assert "stageplaats" in left_out or "reiskosten" in left_out or len(left_out) > 3
    results = evaluate_unseen((TUNE, HELD))
    assert set(results) == {(TUNE, "unseen"), (HELD, "unseen")}
    assert all(0.0 <= s.recall <= 1.0 for s in results.values())
