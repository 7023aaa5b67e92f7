"""The JSON export: the full record, valid against docs/minutes-schema.json, byte-stable."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from facilitator.domain.clock import FakeClock
from facilitator.export.jsonexport import SCHEMA_ID, SCHEMA_VERSION, render_json, to_data
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan
from tests.scripted import build_scripted_session

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "minutes-schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(schema: dict[str, Any], data: Any) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_schema_is_a_valid_2020_12_schema(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


def test_scripted_session_validates(schema: dict[str, Any], store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    data = json.loads(render_json(collect(store, sid)))
    validate(schema, data)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["session"]["status"] == "closed"
    assert len(data["participants"]) == len(store.participants(sid, include_removed=True))
    assert len(data["agenda"]) == len(store.items(sid, include_removed=True))
    assert len(data["speeches"]) == len(store.speeches(sid))
    assert len(data["contributions"]) == store.contribution_count(sid)
    assert len(data["cards"]) == len(store.cards(sid, include_merged=True))


def test_planned_and_running_sessions_validate(
    schema: dict[str, Any], store: Store, clock: FakeClock
) -> None:
    sid = import_plan(store, make_plan()).session.id
    validate(schema, to_data(collect(store, sid)))
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    service.floor.enqueue(store.participants(sid)[0].id)
    service.floor.give_floor()
    clock.advance(seconds=75)
    data = to_data(collect(store, sid))
    validate(schema, data)
    assert data["speeches"][0]["ended_at"] is None
    assert data["speeches"][0]["seconds"] == 75
    assert data["agenda"][0]["outcome"] == "current"
    assert data["agenda"][0]["actual_seconds"] == 75


def test_invalid_data_is_caught(schema: dict[str, Any], store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    data = to_data(collect(store, sid))
    data["cards"][0]["column"] = "wish"
    with pytest.raises(AssertionError):
        validate(schema, data)


def test_record_content(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    data = to_data(collect(store, sid))
    agenda = {item["key"]: item for item in data["agenda"]}
    assert agenda["opening"]["planned_seconds"] == 600
    assert agenda["opening"]["actual_seconds"] == 720
    assert agenda["werkgevers"]["outcome"] == "deferred"
    assert agenda["rondvraag"]["outcome"] == "not_reached"
    cards = data["cards"]
    merged = [c for c in cards if c["merged_into"] is not None]
    assert len(merged) == 1
    keeper = next(c for c in cards if c["id"] == merged[0]["merged_into"])
    assert merged[0]["number"] == keeper["number"] == 2
    assert [c["column"] for c in cards] == sorted(
        (c["column"] for c in cards), key=["barrier", "opportunity", "action"].index
    )
    assert any(c["parked"] for c in cards)
    owned = [c for c in cards if c["owners"]]
    assert {
        "organisation": "UWV",
        "participant_id": owned[0]["owners"][0]["participant_id"],
        "lead": "Bas Lammers",
    } in owned[0]["owners"]
    assert all(c["due"] is None or len(c["due"]) == 10 for c in cards)
    absent = [p for p in data["participants"] if not p["present"]]
    assert len(absent) == 1 and absent[0]["turns"] == 0
    assert sum(p["speaking_seconds"] for p in data["participants"]) == sum(
        s["seconds"] for s in data["speeches"]
    )


def test_byte_stable(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    first = render_json(collect(store, sid))
    clock.advance(minutes=30)
    assert render_json(collect(store, sid)) == first
    assert first.endswith("}\n") and "\r" not in first

    # keys sorted at every level
    def check(value: Any) -> None:
        if isinstance(value, dict):
            assert list(value) == sorted(value)
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)

    check(json.loads(first))
    assert "é" in first or "ö" in first  # UTF-8, not \u escapes


# -- anonymity -------------------------------------------------------------------------


def names_of(store: Store, sid: int) -> list[str]:
    names: list[str] = []
    for person in store.participants(sid, include_removed=True):
        names += [person.name, *(part for part in person.name.split() if len(part) > 3)]
    return names


@pytest.mark.parametrize("strict", [False, True], ids=["organisation", "sector"])
def test_anonymous_export_names_nobody(
    schema: dict[str, Any], store: Store, clock: FakeClock, strict: bool
) -> None:
    """Regression: ``--anonymous`` wrote the same bytes as without it, every name included."""
    sid = build_scripted_session(store, clock)
    record = collect(store, sid)
    plain = render_json(record)
    text = render_json(record, "nl", "sector" if strict else True)
    assert text != plain
    data = json.loads(text)
    validate(schema, data)
    assert data["anonymity"] == ("sector" if strict else "organisation")
    assert data["participants"] == []
    for key in ("speeches", "contributions", "cards"):
        assert all(r["participant_id"] is None for r in data[key]), key
        assert any(r["group_id"] is not None for r in data[key]), key
    leads = {o["lead"] for c in data["cards"] for o in c["owners"]} - {None}
    assert leads == {"Bas Lammers", "Sanne Wolters"}  # commitments stay
    for card in data["cards"]:
        for owner in card["owners"]:
            owner["lead"] = None
    dumped = json.dumps(data, ensure_ascii=False)
    for name in names_of(store, sid):
        assert name not in dumped, name
    assert "[naam]" in dumped  # a name typed into a text
    groups = data["groups"]
    assert sum(g["speaking_seconds"] for g in groups) == sum(
        p["speaking_seconds"] for p in json.loads(plain)["participants"]
    ) or abs(
        sum(g["speaking_seconds"] for g in groups)
        - sum(p["speaking_seconds"] for p in json.loads(plain)["participants"])
    ) <= len(groups)
    if strict:
        assert all(g["organisation"] is None for g in groups)
        assert len({g["sector"] for g in groups}) == len(groups)
        assert "ROC van Twente" not in json.dumps(groups)
    else:
        assert {"organisation": "Gemeente Enschede", "sector": "gemeente"}.items() <= next(
            g for g in groups if g["organisation"] == "Gemeente Enschede"
        ).items()


def test_session_without_named_leads(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    session = store.session(sid)
    assert session is not None
    with store.change(sid, "leads") as tx:
        tx.update(replace(session, anonymous_leads=True))
    data = to_data(collect(store, sid), "en", True)
    assert data["session"]["anonymous_leads"] is True
    assert all(o["lead"] is None for c in data["cards"] for o in c["owners"])
    dumped = json.dumps(data, ensure_ascii=False)
    for name in names_of(store, sid):
        assert name not in dumped, name
    assert "[name]" in dumped
    # without --anonymous the leads are named as ever
    assert any(o["lead"] for c in to_data(collect(store, sid))["cards"] for o in c["owners"])


@pytest.mark.parametrize("leads_named", [True, False], ids=["named-leads", "anonymous-leads"])
@pytest.mark.parametrize("anonymous", [True, "sector"], ids=["organisation", "sector"])
def test_anonymous_json_keeps_the_organisation_of_whoever_leads_an_action(
    store: Store, clock: FakeClock, anonymous: bool | str, leads_named: bool
) -> None:
    """An action led by a person, with no organisation of its own, says the organisation
    in every anonymous form, as the minutes do («Gemeente Enschede (trekker: …)», or
    «Gemeente Enschede» with anonymous_leads). Before, the JSON said organisation "" and
    participant_id null: with anonymous_leads, nobody led it."""
    sid = build_scripted_session(store, clock)
    session = store.session(sid)
    assert session is not None
    with store.change(sid, "leads") as tx:
        tx.update(replace(session, anonymous_leads=not leads_named))
    record = collect(store, sid)
    full = to_data(record)
    (led,) = [c for c in full["cards"] if c["owners"] and not c["owners"][0]["organisation"]]
    (person,) = [p for p in full["participants"] if p["id"] == led["owners"][0]["participant_id"]]
    data = to_data(record, "nl", anonymous)
    (card,) = [c for c in data["cards"] if c["id"] == led["id"]]
    assert card["owners"] == [
        {
            "organisation": person["organisation"],
            "participant_id": None,
            "lead": person["name"] if leads_named else None,
        }
    ]
    assert person["organisation"]
