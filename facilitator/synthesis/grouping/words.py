"""From a card's Dutch text to the words the grouping compares.

A text becomes a list of :class:`Term`: each word in its dictionary form
(lemma, via simplemma, which ships its word lists: nothing is downloaded) and,
for a compound such as ``stageplaatsen`` or ``leerwerkplek``, its parts
(``stage`` + ``plaats``, ``leer`` + ``werk`` + ``plek``) found against a
vocabulary. Function words (``de``, ``te``, ``voor``…) are left out. Every step
is plain and repeatable, so the grouping can say which words two cards share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

import simplemma

from facilitator.records import record

# Dutch (and a few English) function words, and words that say nothing about a topic.
STOPWORDS = frozenset(
    """
    aan af al alle alleen als altijd andere anders bij bijna daar daarom dan dat de
    deze die dit doen door dus een eigen en er erg geen gaan gaat goed had heb hebben
    heeft het hier hij hoe hun ik in is ja je kan kunnen maar me meer men met mij mijn
    moet moeten na naar niet niets nog nu of om omdat onder ons ook op over te tegen tot
    toch u uit van veel voor vaak vanuit was wat we wel werd wij wie wil willen worden
    wordt zal ze zelf zich zij zijn zo zonder zou zullen nauwelijks weinig
    te-weinig steeds echt juist vooral daardoor waardoor waar waarbij zoals elk elke
    iets iemand niemand hen haar hem via per terwijl wanneer lang even eerst
    the of and to for in on a an is are be with no not too
    """.split()
)

# Words that say how, not what about: they join a sentence (zodat), or are verbs and
# adjectives any card may use (samen, zien, laten, klein). Left out like small words.
LIGHT = frozenset(
    """
    zodat opdat zolang totdat voordat nadat hierdoor daarmee daarbij ermee erin samen
    zien laten maken krijgen komen geven houden blijven liggen brengen
    nemen klein kleine ander mogelijk beter slecht extra meerdere sommige veel meer
    minder vaker soms nog al echt eigenlijk gewoon zeker
    """.split()
)

# Pieces too short or too general to count as the part of a compound.
_NOT_A_PART = frozenset(
    "aan af be bij door ge her in mee mis na om on ont op over te toe uit ver voor weg".split()
)
MIN_PART = 4
# Words used in the plural only: a compound with one keeps it (reiskosten, not reiskost).
_PLURAL_ONLY = frozenset(["kosten", "financiën", "hersenen"])
# Particles and prefixes: a word that starts with one and goes on with a verb is a verb
# (openstellen, uitstellen, betalen), not a compound in the plural.
_PARTICLES = _NOT_A_PART | frozenset("open samen terug vast neer los vrij thuis stil tegen".split())
MIN_COMPOUND = 7
_LINKS = ("", "s", "e", "en")  # the sounds Dutch puts between parts (stage|s|plaats is rare)

# Short words that do stand as the first part of a compound (ov-kaart, bbl-plek, busvervoer).
SHORT_PARTS = frozenset(["bbl", "bol", "ov", "zzp", "mbo", "hbo", "wo", "bus", "llo", "job"])

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_SUFFIXES = frozenset(["s", "er", "ers", "tje", "tjes", "je"])  # zzp'ers, mbo'ers, bbl'er


@record
class Term:
    """One word of a text as compared: ``lemma``, and whether it is a part of a compound.

    ``at`` is the place of its word in the text (0 for the first word),
    ``after`` for a part of a compound how many parts follow it (in Dutch the
    last part says what the compound is: a *flexwoning* is a house), and
    ``aside`` whether the word stands in an aside of time or cause (*sinds
    corona*, *na de lockdown*, *door de crisis*): what the text is about
    comes first and outside such asides.
    """

    lemma: str
    part: bool = False
    of: str = ""  # for a part: the dictionary form of the compound it is part of
    at: int = 0
    aside: bool = False
    after: int = 0  # for a part: how many parts of its compound come after it


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word (the word itself if unknown).

    simplemma's word list turns a few known words into a female or other
    longer form (``werkgever`` -> ``werkgeefster``) while their plural goes
    to the word itself (``werkgevers`` -> ``werkgever``); such a lemma is not
    taken, so both forms meet. A noun it takes for a verb (``verzuim`` ->
    ``verzuimen``) stays a noun, and a separable verb is written as one word
    (``opgeleid`` -> ``opleiden``). A word it does not know at all is most often
    a compound: it takes its form from its longest known ending
    (``oproepkrachten`` -> ``oproepkracht``, ``jobcoaches`` -> ``jobcoach``).
    """
    if not simplemma.is_known(word, lang="nl"):
        return _unknown(word)
    found = str(simplemma.lemmatize(word, lang="nl")).lower().replace("_", "")
    if found.endswith("ster") and not word.endswith("ster") and len(found) > len(word):
        return word
    if len(found) > len(word) + 2 or found == word + "en":
        return word
    if found == word:  # a compound it knows only as it is (leerwerkbanen)
        return _by_last_part(word) or word
    return found


def _unknown(word: str) -> str:
    """The dictionary form of a word simplemma does not know: by its ending, or as a compound."""
    for ending in ("n", "en", "s"):  # werkenden, zelfstandigen, wajongers
        shorter = word[: -len(ending)]
        if word.endswith(ending) and len(shorter) > 4 and simplemma.is_known(shorter, lang="nl"):
            base = lemma(shorter)
            if base != shorter:
                return base
    by_part = _by_last_part(word)
    if by_part is not None:
        return by_part
    if word.endswith("ers"):  # payrollers
        return word[:-1]
    return word


def _by_last_part(word: str) -> str | None:
    """``word`` as a compound in the plural, with its last part in the singular; else None.

    The longest known ending of four letters or more decides: after a known
    word (or two), a plural whose singular is shorter and starts the same
    (``leerwerk|banen`` -> ``leerwerkbaan``, ``oproep|krachten`` ->
    ``oproepkracht``). After a particle it is a verb, left alone (``open|stellen``,
    ``be|talen``), as is a participle (``sta|gelopen``).
    """
    for cut in range(2, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not simplemma.is_known(tail, lang="nl"):
            continue
        if head in _PARTICLES:
            return None
        if (len(head) < MIN_PART and head not in SHORT_PARTS) or not _word_like(head):
            continue
        base = str(simplemma.lemmatize(tail, lang="nl")).lower()
        if tail in _PLURAL_ONLY:
            return None
        plural = tail.endswith(("en", "s")) and len(base) < len(tail) and base[:2] == tail[:2]
        return head + base if plural and "_" not in base else None
    return None


def _word_like(head: str) -> bool:
    """Whether ``head`` is a known word, or two (``leerwerk``), perhaps with a linking sound."""
    return _known_head(head) or any(
        simplemma.is_known(head[:cut], lang="nl") and _known_head(head[cut:])
        for cut in range(3, len(head) - 2)
    )


def _known_head(head: str) -> bool:
    """Whether ``head`` is a word, perhaps with the ``s`` or ``e(n)`` Dutch puts after it."""
    return any(
        head.endswith(link) and simplemma.is_known(head[: len(head) - len(link)], lang="nl")
        for link in _LINKS
        if len(head) - len(link) >= 3
    )


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The word a dictionary form derives from, where Dutch makes that plain; else itself.

    ``begeleiding`` and ``begeleider`` come from ``begeleiden``, ``regeling`` and
    ``regel`` from ``regelen``, ``bereikbaarheid`` from ``bereikbaar``: cards
    that use one form and cards that use another share the word. Only a
    derivation whose source is a known word counts (``meester`` is no ``meesten``).
    Used for comparing words only; the thesaurus matches dictionary forms.
    """
    if len(word) < 5:
        return word
    for ending in ("ing", "er", ""):
        if not word.endswith(ending) or (ending == "er" and word.endswith("ter")):
            continue  # a -ter is seldom someone who does (meester, computer)
        if ending == "" and not simplemma.is_known(word + "ing", lang="nl"):
            continue  # a noun only with a verb and an -ing beside it (regel, regelen, regeling)
        verb = word[: len(word) - len(ending)] + "en"
        if simplemma.is_known(verb, lang="nl") and _infinitive(verb):
            return verb
    if word.endswith("heid") and simplemma.is_known(word[:-4], lang="nl"):
        return word[:-4]
    return word


def _infinitive(word: str) -> bool:
    """Whether ``word`` is the dictionary form of a verb (its own lemma, ending in -en)."""
    return word.endswith("en") and str(simplemma.lemmatize(word, lang="nl")).lower() == word


# Words of this field that stand as parts of compounds even when no card uses them alone.
BASE_VOCABULARY = frozenset(
    """
    stage plaats plek leer leren werk baan loopbaan reis kosten kost vervoer bus advies
    diploma eis taal reken school opleiding opleider praktijk bedrijf werkgever werknemer
    uitzend kracht flex werker contract regeling loket zorg bouw techniek zoek begeleiding
    begeleider student jongere geld scholing budget markt arbeid vaardigheid paspoort
    """.split()
)


class Vocabulary:
    """The words a compound may be split into: those the texts use, and the field's own.

    Splitting against the words of the texts themselves (rather than a whole
    dictionary) keeps ``praktijk`` whole while ``stageplaats`` splits: a
    part only counts if it is a word someone used, or a word of this field.
    """

    def __init__(self, texts: Iterable[str], extra: Iterable[str] = ()) -> None:
        words: set[str] = set(BASE_VOCABULARY)
        field: set[str] = set()
        for text in [*texts, *extra]:
            for word in tokens(text):
                words.add(word)
                words.add(lemma(word))
        for entry in extra:
            if len(tokens(entry)) == 1:
                field.update((entry, lemma(entry)))
        self.words = frozenset(words)
        self.field = frozenset(field)  # single words of ``extra`` (the thesaurus)

    def __call__(self, word: str) -> bool:
        return word in self.words or lemma(word) in self.words

    def wide(self, word: str) -> bool:
        """These words, and any word of five letters or more in simplemma's Dutch lists."""
        return self(word) or (len(word) >= 5 and simplemma.is_known(word, lang="nl"))


def tokens(text: str) -> list[str]:
    """The lower-case words of ``text``; ``bbl-plaatsen`` is two, ``zzp'ers`` is ``zzp``."""
    words: list[str] = []
    for match in _TOKEN.finditer(text.lower()):
        word = match.group(0)
        start = match.start()
        if word in _SUFFIXES and start > 0 and text[start - 1] in "'’":
            continue
        words.append(word)
    return words


def split_compound(
    word: str, vocabulary: Callable[[str], bool], *, depth: int = 3
) -> tuple[str, ...] | None:
    """The parts of a compound (``("leer", "werk", "plek")``), or None if it is not one.

    A split needs both sides to be words of the vocabulary, each at least four
    letters (or a word the thesaurus knows, such as ``bbl``) and not a bare
    prefix (``ver``, ``ont``); a linking ``s``, ``e`` or ``en`` may sit between
    them. The split with the longest last part wins (in Dutch the last part
    carries the meaning); both sides are split again where they can be.
    """
    if len(word) < MIN_COMPOUND or depth <= 0:
        return None
    for cut in range(2, len(word) - 1):
        head_full, tail = word[:cut], word[cut:]
        tail_parts = _parts(tail, vocabulary, depth)
        if tail_parts is None:
            continue
        for link in _LINKS:
            if link and not head_full.endswith(link):
                continue
            head = head_full[: len(head_full) - len(link)] if link else head_full
            head_parts = _parts(head, vocabulary, depth)
            if head_parts is not None:
                return (*head_parts, *tail_parts)
    return None


def _parts(piece: str, vocabulary: Callable[[str], bool], depth: int) -> tuple[str, ...] | None:
    """``piece`` split further if it is a compound, else itself if it is a word; None if neither."""
    inner = split_compound(piece, vocabulary, depth=depth - 1)
    if inner is not None:
        return inner
    return (piece,) if _usable(piece, vocabulary) else None


def _usable(piece: str, vocabulary: Callable[[str], bool]) -> bool:
    if piece in _NOT_A_PART or len(piece) < 2:
        return False
    return vocabulary(piece) and (len(piece) >= MIN_PART or piece in SHORT_PARTS)


# Words that open an aside of time or cause: the word after them is the circumstance,
# not the subject (``sinds corona te weinig bbl-plekken`` is about placements).
ASIDE = frozenset("sinds sedert tijdens vanwege wegens door dankzij na since during after".split())
# Words that open a clause before the main one: up to its comma, it says who or when
# (``wie zijn baan verliest, weet niet waar hij advies krijgt`` is about advice).
CLAUSE = frozenset("wie als wanneer zodra zolang omdat doordat hoewel toen if when".split())
ASIDE_WORDS = 2  # an aside is its words up to the next small word, two at most (fysiek zwaar)
# Words between such a word and the circumstance itself.
_ARTICLES = frozenset("de het een die deze dat dit the a an".split())

_ELLIPSIS = re.compile(r"([^\W\d_]+)-\s+(en|of|tot|and|or)\s+([^\W\d_]+)", re.UNICODE)
_ELLIPSIS_AFTER = re.compile(r"([^\W\d_]+)\s+(en|of|and|or)\s+-([^\W\d_]+)", re.UNICODE)


def fill_ellipsis(text: str, vocabulary: Callable[[str], bool]) -> str:
    """``text`` with a compound left half-written spelled out, as the hyphen means.

    ``huur- en zorgtoeslag`` is ``huurtoeslag en zorgtoeslag``;
    ``loopbaanoriëntatie en -begeleiding`` is ``loopbaanoriëntatie en
    loopbaanbegeleiding``. The shared part is the longest word (of four letters
    or more) that ends (or starts) the written-out compound; if there is none,
    the text stays.
    """

    def before(match: re.Match[str]) -> str:
        word = match.group(3).lower()
        tail = next((word[cut:] for cut in range(2, len(word) - 3) if vocabulary(word[cut:])), "")
        if not tail:
            return match.group(0)
        return f"{match.group(1)}{tail} {match.group(2)} {match.group(3)}"

    def after(match: re.Match[str]) -> str:
        word = match.group(1).lower()
        head = next(
            (word[:cut] for cut in range(len(word) - 2, 3, -1) if vocabulary(word[:cut])), ""
        )
        if not head:
            return match.group(0)
        return f"{match.group(1)} {match.group(2)} {head}{match.group(3)}"

    return _ELLIPSIS_AFTER.sub(after, _ELLIPSIS.sub(before, text))


def terms(text: str, vocabulary: Callable[[str], bool]) -> list[Term]:
    """The terms of ``text``: lemmas of its content words, and the parts of compounds."""
    found: list[Term] = []
    aside = 0  # how many more words the aside may take (it ends at a small word)
    text = fill_ellipsis(text, vocabulary)
    words = tokens(text)
    clause = (
        len(tokens(re.split(r"[,;:]", text, maxsplit=1)[0]))
        if words[:1] and (words[0] in CLAUSE and re.search(r"[,;:]", text))
        else 0
    )
    for at, word in enumerate(words):
        if at < clause:
            aside = 1
        if word in ASIDE:
            aside = ASIDE_WORDS
            continue
        if word in _ARTICLES:
            continue
        if word in STOPWORDS or word in LIGHT or len(word) < 2:
            aside = 0
            continue
        base = lemma(word)
        if base in STOPWORDS or base in LIGHT:
            aside = 0
            continue
        parts = _split(base, word, vocabulary)
        found.append(Term(base, at=at, aside=aside > 0))
        if parts:
            found.extend(
                Term(lemma(piece), True, base, at, aside > 0, len(parts) - n)
                for n, piece in enumerate(parts, 1)
            )
        aside = max(aside - 1, 0)
    return _modifiers(found, words, text.lower())


def _modifiers(found: list[Term], words: Sequence[str], text: str) -> list[Term]:
    """``found`` with an inflected adjective placed with the noun right after it.

    In *werkloze zestigers* the card speaks of people in their sixties, who are out of
    work: the noun says what, the adjective (Dutch inflects it with an *-e*) says
    which, as the first part of a compound does. So the adjective stands where its
    noun stands, one step before it, as a first part does.
    """
    content = {term.at for term in found if not term.part}
    moved: dict[int, int] = {}
    for at, word in enumerate(words[:-1]):
        if (
            at in content
            and at + 1 in content
            and word.endswith("e")
            and len(word) > 3
            and re.search(rf"\b{re.escape(word)}\s+{re.escape(words[at + 1])}\b", text)
        ):
            moved[at] = at + 1
    if not moved:
        return found
    return [
        replace(term, at=moved[term.at], after=term.after + 1) if term.at in moved else term
        for term in found
    ]


def _split(base: str, word: str, vocabulary: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The parts of ``word`` (in its dictionary form ``base``), or None if it is no compound.

    First against the vocabulary; failing that, for a :class:`Vocabulary`,
    with any Dutch word as a part, keeping only the parts that are words of
    the thesaurus (``loopbaantraject`` gives ``loopbaan``, by way of
    ``traject``, a word of Dutch).
    """
    tries: list[Callable[[str], bool]] = [vocabulary]
    if isinstance(vocabulary, Vocabulary):
        tries.append(vocabulary.wide)
    for split_by in tries:
        for source in dict.fromkeys((base, word)):
            parts = split_compound(source, split_by)
            if parts and lemma(parts[-1]) == base:
                parts = None  # only an inflection split off (student|en)
            if parts and isinstance(vocabulary, Vocabulary) and split_by is not vocabulary:
                parts = tuple(p for p in parts if p in vocabulary.field) or None
            if parts:
                return parts
    return None


def lemmas(words: Iterable[str]) -> set[str]:
    """The dictionary forms of ``words`` (each may hold several words, e.g. a thesaurus entry)."""
    return {lemma(w) for text in words for w in tokens(text)}
