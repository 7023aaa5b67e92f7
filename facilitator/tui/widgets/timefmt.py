"""The console's shared styles.

The clock and duration formats are :mod:`facilitator.i18n.formats` (one set
for the screens and the minutes); ``clock`` and ``local`` are importable from
here too, for the screens that take them from this module.
"""

from __future__ import annotations

from facilitator.i18n.formats import clock, local

__all__ = ["ALARM", "CURRENT", "MUTED", "OK", "SELECTED", "STRONG", "WARN", "clock", "local"]

# Styles for Content spans: theme variables, readable on dark and light themes.
MUTED = "$foreground-muted"
OK = "$text-success"
WARN = "$text-warning"
ALARM = "$text-error"
STRONG = "bold $text-primary"
CURRENT = "bold on $primary-muted"
SELECTED = "reverse"
