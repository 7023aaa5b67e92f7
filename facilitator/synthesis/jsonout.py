"""The synthesis as JSON, for other tools.

Described by ``docs/synthesis-schema.json`` (JSON Schema, draft 2020-12) and
versioned by ``schema_version``: a change that could break a reader raises it.
Keys are sorted, lists keep the synthesis's order, dates are ISO 8601, seconds
whole numbers; the same synthesis gives the same bytes. When the synthesis is
anonymous the JSON names nobody either: ``raised_by`` holds organisations and
every ``lead`` is empty.
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.synthesis.model import Action, Synthesis, Theme

SCHEMA_VERSION = 3


def _theme(theme: Theme) -> dict[str, Any]:
    return {
        "number": theme.number,
        "title": theme.title,
        "concept": theme.concept,
        "regions": list(theme.regions),
        "votes": theme.votes,
        "barriers": theme.barriers,
        "opportunities": theme.opportunities,
        "cards": [
            {
                "session": c.session,
                "region": c.region,
                "column": c.column,
                "text": c.text,
                "raised_by": list(c.raised_by),
                "votes": c.votes,
                "tags": list(c.tags),
                "number": c.number,
                "by_hand": c.by_hand,
            }
            for c in theme.cards
        ],
        "why": {
            "tags": list(theme.why.tags),
            "concepts": [
                {"label": label, "words": list(words)} for label, words in theme.why.concepts
            ],
            "words": list(theme.why.words),
        },
        "actions": list(theme.actions),
        "priority": theme.priority,
    }


def _action(action: Action) -> dict[str, Any]:
    return {
        "number": action.number,
        "session": action.session,
        "region": action.region,
        "text": action.text,
        "owners": [
            {"organisation": o.organisation, "lead": o.lead, "province": o.province}
            for o in action.owners
        ],
        "due": action.due.isoformat() if action.due is not None else None,
        "past_due": action.past_due,
        "status": action.status,
        "themes": list(action.themes),
    }


def to_data(synthesis: Synthesis) -> dict[str, Any]:
    """The synthesis as plain JSON data (see ``docs/synthesis-schema.json``)."""
    s = synthesis
    p = s.participation
    return {
        "schema_version": SCHEMA_VERSION,
        "language": s.lang,
        "as_of": s.as_of.isoformat(),
        "anonymous": s.anonymous,
        "chatham_house": s.chatham_house,
        "sessions": [
            {
                "slug": line.slug,
                "title": line.title,
                "region": line.region,
                "date": line.day.isoformat(),
                "status": line.status,
                "chatham_house": line.chatham_house,
                "participants": line.participants,
                "organisations": line.organisations,
                "contributions": line.contributions,
                "cards": line.cards,
            }
            for line in s.sessions
        ],
        "themes": [_theme(t) for t in s.themes],
        "actions": [_action(a) for a in s.actions],
        "owners": [{"organisation": g.organisation, "actions": list(g.actions)} for g in s.owners],
        "gaps": {
            "barriers_without_action": list(s.gaps.barriers_without_action),
            "actions_without_owner": list(s.gaps.actions_without_owner),
            "actions_past_due": list(s.gaps.actions_past_due),
        },
        "province": {
            "themes": [{"theme": t.theme, "reasons": list(t.reasons)} for t in s.province.themes],
            "recurring_without_lead": list(s.province.recurring_without_lead),
        },
        "participation": {
            "speaking_seconds": p.seconds,
            "turns": p.turns,
            "regions": [
                {
                    "region": r.region,
                    "sessions": r.sessions,
                    "people": r.people,
                    "organisations": list(r.organisations),
                    "turns": r.turns,
                    "speaking_seconds": r.seconds,
                    "share": round(r.share, 4),
                }
                for r in p.regions
            ],
            "sectors": [
                {
                    "key": sector.key,
                    "label": sector.label,
                    "people": sector.people,
                    "people_per_region": [
                        {"region": region, "people": people} for region, people in sector.per_region
                    ],
                    "turns": sector.turns,
                    "speaking_seconds": sector.seconds,
                    "share": round(sector.share, 4),
                }
                for sector in p.sectors
            ],
        },
    }


def render_json(synthesis: Synthesis) -> str:
    """The synthesis as JSON text: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(to_data(synthesis), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
