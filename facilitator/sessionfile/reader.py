"""The reader of one session file's text: TOML first, then every key, then the plan.

:class:`Reader` reads the whole file before it fails, so that one
:class:`SessionFileError` lists every problem, ordered by line.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from facilitator.domain.plan import SessionPlan
from facilitator.i18n.toml import toml_error, toml_reason
from facilitator.sessionfile.agenda import MAX_AGENDA_MINUTES, read_agenda
from facilitator.sessionfile.carry import read_board, read_carry_forward
from facilitator.sessionfile.dates import parse_date_text
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.keys import TOP_KEYS
from facilitator.sessionfile.locate import index_lines
from facilitator.sessionfile.organisations import read_organisations
from facilitator.sessionfile.participants import read_participants, read_sectors
from facilitator.sessionfile.problems import Problem, SessionFileError
from facilitator.sessionfile.text import SLUG_RE, TAG_RE, clean, show, slugify
from facilitator.sessionfile.when import date_problem, read_times

_BAD_DATE = "Invalid date or datetime"
"""What the TOML reader says of a date it refuses, such as 2026-02-31 unquoted."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
_KEY_BEFORE = re.compile(r"\s*(?P<key>[A-Za-z0-9_.-]+)\s*=\s*\Z")
"""The key whose value starts where the reader stopped (``date = ``), if it is so."""

_LANGUAGES = {
    "nl": "nl",
    "nederlands": "nl",
    "dutch": "nl",
    "en": "en",
    "engels": "en",
    "english": "en",
}


class Reader(Fields):
    """Reads one session file's text into a :class:`SessionPlan`."""

    def load_toml(self) -> dict[str, Any]:
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            all_lines = self.text.split("\n")
            line, column, reason = toml_error(message)
            no_day = self.no_such_day(line, column) if reason == _BAD_DATE else None
            if no_day is not None:  # 2026-02-31 unquoted: said as in quotes
                raise SessionFileError([Problem(self.source, line, *no_day)]) from None
            detail = toml_reason(reason, self.lang)
            if column is not None:
                text = self.t("bad_toml_at", column=column, detail=detail)
            else:
                line = len(all_lines) if "end of document" in message else None
                text = self.t("bad_toml", detail=detail)
            if line is not None and 0 < line <= len(all_lines):
                if any(q in all_lines[line - 1] for q in "“”„"):
                    text += self.t("smart_quotes")
            raise SessionFileError([Problem(self.source, line, None, text)]) from None

    def no_such_day(self, line: int | None, column: int | None) -> tuple[str | None, str] | None:
        """The key and what is wrong with a date the TOML reader refused as a date unquoted
        at ``line`` and ``column`` (``date = 2026-02-31``: 31 February does not exist), as a
        date in quotes is said; None if its date is one (a time in it is wrong) or none is
        found there."""
        rows = self.text.split("\n")
        if line is None or column is None or not 0 < line <= len(rows):
            return None
        row = rows[line - 1]
        found = _ISO_DATE.match(row, column - 1)
        if found is None:
            return None
        result = parse_date_text(found[0])
        if result.error is None:
            return None
        key = _KEY_BEFORE.match(row[: column - 1])
        return (key["key"] if key else None), date_problem(found[0], result, self.lang)

    def read(self, default_slug: str | None) -> SessionPlan:
        data = self.load_toml()
        self.lines = index_lines(self.text)
        self.check_keys(data, TOP_KEYS, ())

        title = self.text_value(data, "title", (), "exp_title", required=True, free=True)
        region = self.text_value(data, "region", (), "exp_region", required=True)
        location = self.text_value(data, "location", (), free=True) or ""
        facilitator = self.text_value(data, "facilitator", ()) or ""
        note_taker = self.text_value(data, "note_taker", ()) or ""
        slug = self.slug_value(data, "slug", ())
        language = self.read_language(data)
        chatham_house = self.read_bool(data, "chatham_house")
        anonymous_leads = self.read_bool(data, "anonymous_leads")
        max_speech = self.read_speech_minutes(data)
        tags = self.read_tags(data)
        organisations = read_organisations(self, data)
        times = read_times(self, data)
        starts_at, ends_at = times.starts_at, times.ends_at
        sectors_read = read_sectors(self, data)
        sectors = sectors_read.sectors
        participants = read_participants(self, data, sectors_read)
        agenda = read_agenda(self, data)
        thesaurus = self.read_thesaurus(data)
        carry_forward = read_carry_forward(self, data)
        seeded = read_board(self, data, {item.key for item in agenda})

        self.fail_if_problems()
        assert title is not None and region is not None and starts_at is not None
        if slug is None:
            slug = (default_slug if default_slug and SLUG_RE.match(default_slug) else None) or (
                slugify(title) or "session"
            )
        return SessionPlan(
            slug=slug,
            title=title,
            region=region,
            starts_at=starts_at,
            location=location,
            language=language,
            chatham_house=chatham_house,
            anonymous_leads=anonymous_leads,
            facilitator=facilitator,
            note_taker=note_taker,
            ends_at=ends_at,
            timezone=times.timezone,
            max_speech_minutes=max_speech,
            participants=participants,
            agenda=agenda,
            sectors=sectors,
            tags=tags,
            thesaurus=thesaurus,
            organisations=organisations,
            carry_forward=carry_forward,
            board=seeded,
        )

    def read_language(self, data: Mapping[str, object]) -> str:
        value = self.text_value(data, "language", (), "exp_language")
        if value is None:
            return "nl"
        language = _LANGUAGES.get(value.lower())
        if language is None:
            self.add(("language",), "unknown_language", value=show(value))
            return "nl"
        return language

    def read_bool(self, data: Mapping[str, object], key: str) -> bool:
        if key not in data:
            return False
        value = data[key]
        if not isinstance(value, bool):
            self.wrong_type((key,), self.t("exp_bool"), value)
            return False
        return value

    def read_speech_minutes(self, data: Mapping[str, object]) -> float | None:
        key = "max_speech_minutes"
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong_type((key,), self.t("exp_speech_minutes"), value)
            return None
        if not math.isfinite(value):  # 1e400 is inf to TOML: said as written
            written = self.written((key,), value)
            self.add((key,), "speech_not_a_number", value=written, limit=MAX_AGENDA_MINUTES)
            return None
        if value <= 0:
            self.add((key,), "speech_not_positive", value=show(value))
            return None
        if value > MAX_AGENDA_MINUTES:
            self.add((key,), "minutes_too_many", value=value, limit=MAX_AGENDA_MINUTES)
            return None
        return value

    def read_thesaurus(self, data: Mapping[str, object]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """``[thesaurus]``: concept = ["word", …], for the synthesis (docs/synthesis.md)."""
        if "thesaurus" not in data:
            return ()
        table = data["thesaurus"]
        if not isinstance(table, dict):
            self.wrong_type(("thesaurus",), self.t("exp_thesaurus"), table)
            return ()
        found: list[tuple[str, tuple[str, ...]]] = []
        for key, words in table.items():
            concept = clean(key).lower()
            if not TAG_RE.match(concept):
                expected = self.t("exp_tag", suggestion=slugify(key) or "stage")
                self.add(("thesaurus", key), "bad_tag", value=show(key), expected=expected)
                continue
            if not isinstance(words, list):
                self.wrong_type(("thesaurus", key), self.t("exp_thesaurus_words"), words)
                continue
            if not words:
                self.add(("thesaurus", key), "empty", expected=self.t("exp_thesaurus_words"))
                continue
            kept: list[str] = []
            for index, word in enumerate(words):
                text = clean(word).lower() if isinstance(word, str) else ""
                if not text:
                    self.wrong_type(("thesaurus", key, index), self.t("exp_thesaurus_word"), word)
                    continue
                if text not in kept:
                    kept.append(text)
            found.append((concept, tuple(kept)))
        return tuple(found)

    def read_tags(self, data: Mapping[str, object]) -> tuple[str, ...]:
        if "tags" not in data:
            return ()
        value = data["tags"]
        if not isinstance(value, list):
            self.wrong_type(("tags",), self.t("exp_tags"), value)
            return ()
        tags: list[str] = []
        for index, tag in enumerate(value):
            if not isinstance(tag, str):
                self.wrong_type(("tags", index), self.t("exp_tags"), tag)
                continue
            cleaned = clean(tag).lower().lstrip("#")
            if not TAG_RE.match(cleaned):
                expected = self.t("exp_tag", suggestion=slugify(tag) or "llo")
                self.add(("tags", index), "bad_tag", value=show(tag), expected=expected)
                continue
            if cleaned not in tags:
                tags.append(cleaned)
        return tuple(tags)
