"""Placeholder for ContributionLog (being built)."""

from __future__ import annotations

from datetime import datetime

from textual.reactive import reactive
from textual.widgets import Static

from facilitator.service import SessionState


class ContributionLog(Static):
    """Placeholder."""

    state: reactive[SessionState | None] = reactive(None, always_update=True)
    now: reactive[datetime | None] = reactive(None, always_update=True)
    compact: reactive[bool] = reactive(False)
