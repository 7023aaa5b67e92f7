"""Session files: one round table described in TOML, read into a :class:`SessionPlan`.

The format is documented in ``docs/session-file.md``. Reading a file never
raises anything but :class:`SessionFileError`, which carries *all* problems
found, each naming the file, the line (where it can be found), the key and
what was expected, in Dutch or English.

The package: :mod:`.load` (the two entry points), :mod:`.reader` (the whole
file), :mod:`.fields` (typed values, problems collected), :mod:`.when`,
:mod:`.participants` and :mod:`.agenda` (the parts of a plan), :mod:`.dates`
(date and time texts), :mod:`.keys`, :mod:`.locate` (line numbers),
:mod:`.messages`, :mod:`.problems` and :mod:`.text`.
"""

from __future__ import annotations

from facilitator.i18n.dates import DutchEnglishParserInfo as DutchEnglishParserInfo
from facilitator.sessionfile.agenda import MAX_AGENDA_MINUTES as MAX_AGENDA_MINUTES
from facilitator.sessionfile.keys import AGENDA_KEYS, PARTICIPANT_KEYS, SECTOR_KEYS, TOP_KEYS
from facilitator.sessionfile.load import load_session_file, parse_session_text
from facilitator.sessionfile.messages import MESSAGES
from facilitator.sessionfile.problems import Problem, SessionFileError
from facilitator.sessionfile.text import slugify
from facilitator.sessionfile.when import MAX_YEAR as MAX_YEAR
from facilitator.sessionfile.when import MIN_YEAR as MIN_YEAR
from facilitator.sessionfile.zones import DEFAULT_TIMEZONE

__all__ = [
    "AGENDA_KEYS",
    "DEFAULT_TIMEZONE",
    "MESSAGES",
    "PARTICIPANT_KEYS",
    "SECTOR_KEYS",
    "TOP_KEYS",
    "Problem",
    "SessionFileError",
    "load_session_file",
    "parse_session_text",
    "slugify",
]
