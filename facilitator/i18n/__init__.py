"""Dutch and English words for everything a user sees.

Each part of the app keeps its own :class:`Catalog` of ``key -> (nl, en)`` next
to the code that uses it, so no user-visible string exists in one language only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import ClassVar

from facilitator.i18n.oserrors import OsReason


def normalise_lang(lang: str | None) -> str:
    """Return ``"nl"`` or ``"en"`` for anything a user or the environment may say."""
    if not lang:
        return "en"
    return "nl" if lang.lower().startswith("nl") else "en"


def default_lang() -> str:
    """The language of the command line: ``FACILITATOR_LANG``, else the locale."""
    for var in ("FACILITATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalise_lang(value)
    return "en"


class Catalog:
    """Translations for one part of the app: ``key -> (nl, en)``.

    Calling it returns the text in the language asked for, formatted with
    ``str.format`` keyword arguments.
    """

    def __init__(self, entries: Mapping[str, tuple[str, str]]) -> None:
        self.entries = dict(entries)

    def __call__(self, lang: str, key: str, /, **values: object) -> str:
        nl, en = self.entries[key]
        lang = normalise_lang(lang)
        text = nl if lang == "nl" else en
        if not values:
            return text
        # a value that can say itself in either language (an OsReason) does so in this one
        said = {k: v.say(lang) if isinstance(v, OsReason) else v for k, v in values.items()}
        return text.format(**said)

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def names_keys(self, key: str) -> bool:
        """The text names a key of the app (``{key[app.undo]}``): it needs ``key=``, the
        keys as bound."""
        return any("{key[" in text for text in self.entries[key])


class TranslatedError(Exception):
    """An error a user can act on: a message key of the class's ``MESSAGES`` and its values.

    ``str()`` gives the English text (for logs); :meth:`message` the text in a
    language; a key without a message shows as the bare key rather than failing.
    """

    MESSAGES: ClassVar[Catalog] = Catalog({})
    KEYS: ClassVar[Mapping[str, str]] = {}
    """The keys of the app that messages name (``{key[app.undo]}``), by action id, as bound
    by default; the app gives the keys as its keymap file binds them."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message("en"))

    def message(self, lang: str, keys: Mapping[str, str] | None = None) -> str:
        """The message in ``lang`` ("nl" or "en"); a key of the app it names as ``keys``
        has it (default: :attr:`KEYS`)."""
        if self.key not in self.MESSAGES:
            return self.key
        values = self.values
        if self.MESSAGES.names_keys(self.key):
            values = {**values, "key": keys if keys is not None else self.KEYS}
        return self.MESSAGES(lang, self.key, **values)
