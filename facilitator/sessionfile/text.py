"""Text helpers of the session-file reader: slugs, tags, and values shown in messages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")

_TRANSLIT = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "þ": "th",
    }
)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Café Zwolle" -> "cafe-zwolle"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def free_slug(slug: str, taken: Collection[str]) -> str:
    """``slug``, or when it is ``taken`` the first of ``slug-2``, ``slug-3``… that is not
    (as ``import-db`` names a session whose slug is taken)."""
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"


def one_line(text: str) -> str:
    """``text`` with control characters written as escapes, so it stays on one line."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def show(value: object, limit: int = 60) -> str:
    """A value as quoted in a message: on one line, cut short with an ellipsis."""
    text = one_line(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean(text: str) -> str:
    """Collapse whitespace and drop control characters."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch.isspace())
    return " ".join(text.split())


def norm_label(text: str) -> str:
    """Compare sector names loosely: case, accents, spaces and hyphens do not matter."""
    return slugify(text)
