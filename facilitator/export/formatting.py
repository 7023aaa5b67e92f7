"""Dates, times, durations, percentages and counts for the minutes.

They live in :mod:`facilitator.i18n.formats`, shared with the screens; the
exporters import them from here.
"""

from __future__ import annotations

from facilitator.i18n.formats import (
    format_count,
    format_date,
    format_datetime,
    format_duration,
    format_minutes,
    format_signed_minutes,
    format_span,
    format_speaking,
    format_time,
    format_times,
    local,
    plural,
    whole_minutes,
)
from facilitator.i18n.formats import percent as format_percent

__all__ = [
    "format_count",
    "format_date",
    "format_datetime",
    "format_duration",
    "format_minutes",
    "format_percent",
    "format_signed_minutes",
    "format_span",
    "format_speaking",
    "format_time",
    "format_times",
    "local",
    "plural",
    "whole_minutes",
]
