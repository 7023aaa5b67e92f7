"""How anonymous the minutes are: naming people, only organisations, or only sectors.

* ``none``: contributions are attributed to "Name (Organisation)".
* ``organisation`` (``export --anonymous``, and every session under the Chatham
  House rule): to the organisation (or, lacking one, the sector); speaking
  time per organisation.
* ``sector`` (``export --anonymous=sector``, the strict reading of the rule,
  which protects the speaker's affiliation too): to the sector only; speaking
  time per sector.

In both anonymous forms the names of the people in the room are taken out of
every text (:mod:`facilitator.export.redact`). The whole record (``export --format
json --full``, :data:`FULL`), to move or archive a session, names everyone whatever
the session's rule: it is for ``facilitator import``, not for circulation. Who leads an action is a
commitment, not a statement: the organisation always stays, and the named
person too unless the session says ``anonymous_leads = true``.
"""

from __future__ import annotations

from enum import StrEnum

from facilitator.domain.model import Session


class Anonymity(StrEnum):
    NONE = "none"
    ORGANISATION = "organisation"
    SECTOR = "sector"


AnonymityLike = bool | str | Anonymity | None

FULL = "full"
"""Asked for the whole record: no anonymity, even under the Chatham House rule."""


def anonymity(session: Session, asked: AnonymityLike = None) -> Anonymity:
    """What ``asked`` (``True`` meaning ``organisation``) comes to for ``session``.

    A session under the Chatham House rule is never less than ``organisation``, unless
    the whole record (:data:`FULL`) is asked for.
    """
    if asked == FULL:
        return Anonymity.NONE
    if asked is True:
        chosen = Anonymity.ORGANISATION
    elif asked is None or asked is False:
        chosen = Anonymity.NONE
    else:
        chosen = Anonymity(asked)
    if session.chatham_house and chosen == Anonymity.NONE:
        return Anonymity.ORGANISATION
    return chosen
