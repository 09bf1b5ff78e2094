"""Every spec/conformance scenario, sync and async, against the same HTTP contract server as the TS SDK."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from .conformance_runner import load_scenarios, run_async, run_sync

SCENARIOS = load_scenarios()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_sync(scenario: Dict[str, Any], contract: Dict[str, Any]) -> None:
    assert run_sync(scenario, contract) == []


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
async def test_async(scenario: Dict[str, Any], contract: Dict[str, Any]) -> None:
    assert await run_async(scenario, contract) == []


def test_every_scenario_is_known() -> None:
    assert len(SCENARIOS) >= 14
