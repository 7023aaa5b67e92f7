"""The session's time zone: an IANA name such as ``Europe/Amsterdam``, looked up once.

A session keeps the *name* of its time zone, not a UTC offset: a session
planned in October (``+02:00``, summer time) that runs in December must show
its times at ``+01:00``. :func:`zone_named` turns a name into a
:class:`zoneinfo.ZoneInfo` (the ``tzdata`` package supplies the zone data
where the system has none).
"""

from __future__ import annotations

from datetime import tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC_NAMES = frozenset(
    {"utc", "etc/utc", "etc/universal", "universal", "zulu", "etc/zulu", "gmt", "etc/gmt"}
)


@lru_cache(maxsize=64)
def zone_named(name: str) -> tzinfo | None:
    """The IANA time zone ``name``, or None if it is empty or unknown (or there is no data)."""
    if not name or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except Exception:  # ValueError, ZoneInfoNotFoundError, OSError for odd names
        return None
