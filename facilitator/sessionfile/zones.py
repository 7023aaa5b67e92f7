"""Which time zone a session is in when its file does not say: the machine's, by name.

A session keeps an IANA time-zone name (``Europe/Amsterdam``), so its times
show at summer or winter time as the date asks. Without ``timezone`` in the
session file the zone is the machine's own, when the machine names it: the
``TZ`` environment variable, else the zone ``/etc/localtime`` points to, else
the name in ``/etc/timezone``. A machine set to UTC (as servers and
containers usually are, because nobody set a zone) or one that names no zone
counts as not set: then the session is in :data:`DEFAULT_TIMEZONE`, the
zone of the councils this app was made for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from facilitator.domain.zone import UTC_NAMES, zone_named

DEFAULT_TIMEZONE = "Europe/Amsterdam"


def machine_zone_name(
    environ: Mapping[str, str] | None = None, root: Path = Path("/")
) -> str | None:
    """The IANA name of the machine's time zone, or None if it names none we know."""
    env = os.environ if environ is None else environ
    setting = env.get("TZ", "").strip()
    if setting:
        setting = setting.removeprefix(":")
        name = _name_from_path(setting) if setting.startswith("/") else setting
        # A POSIX rule such as "CET-1CEST" names no zone; TZ still overrides the files.
        return name if name and zone_named(name) else None
    try:
        target = os.path.realpath(root / "etc" / "localtime")
    except OSError:
        target = ""
    name = _name_from_path(target)
    if name and zone_named(name):
        return name
    try:
        name = (root / "etc" / "timezone").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None
    return name if name and zone_named(name) else None


def _name_from_path(path: str) -> str | None:
    """``Europe/Amsterdam`` for ``…/zoneinfo/Europe/Amsterdam``."""
    marker = "zoneinfo" + os.sep
    if marker not in path:
        return None
    name = path.rsplit(marker, 1)[1].replace(os.sep, "/")
    for variant in ("posix/", "right/"):
        name = name.removeprefix(variant)
    return name or None


def default_zone_name() -> str:
    """The zone of a session whose file names none: the machine's, unless it is UTC or unset."""
    name = machine_zone_name()
    if name and name.lower() not in UTC_NAMES:
        return name
    return DEFAULT_TIMEZONE
