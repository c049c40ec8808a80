"""Flows are registered explicitly: each flow module declares one `Flow`, composed in one place."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from flows.flow import Flow, Flows
from flows.router import FLOWS
from flows.steps import MENU

ROOT = Path(__file__).resolve().parents[2]


async def _noop(turn: object, choice: object = None) -> None:
    return None


def _modules_declaring_a_flow() -> list[str]:
    found = []
    for path in sorted((ROOT / "flows").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", None) == "Flow":
                found.append(f"flows.{path.stem}")
    return found


def test_every_flow_module_is_composed_into_the_desks_flows() -> None:
    modules = _modules_declaring_a_flow()
    assert len(modules) == 12
    composed = {id(flow) for flow in FLOWS.flows}
    assert [m for m in modules if id(importlib.import_module(m).flow) not in composed] == []


def test_no_module_imports_a_flow_for_its_side_effects_or_lazily() -> None:
    flow_modules = set(_modules_declaring_a_flow()) | {"flows.router", "flows.steps"}
    offences = []
    for path in sorted((ROOT / "flows").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "noqa: F401" in source:
            offences.append(f"{path.name}: side-effect import")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and inner.module in flow_modules:
                        offences.append(f"{path.name}: {node.name} imports {inner.module} lazily")
    assert offences == []


def test_resume_points_are_never_entries() -> None:
    assert set(FLOWS.resume_names) == {"access:summary", "consent:list", "erasure:explain",
                                       "rectification:ask", "restriction:ask", "objection:ask"}
    assert set(FLOWS.resume_names) & set(FLOWS.entry_names) == set()


def test_step_names_are_readable_flow_prefixed_strings() -> None:
    for state in FLOWS.states:
        assert state == MENU or (":" in state and state.split(":")[0].isidentifier()), state


def test_a_name_registered_twice_in_one_flow_is_refused() -> None:
    flow = Flow("demo")
    flow.step("demo:ask")(_noop)
    with pytest.raises(ValueError, match="registers 'demo:ask' twice"):
        flow.step("demo:ask")(_noop)


def test_two_flows_claiming_one_state_are_refused_when_composed() -> None:
    first, second = Flow("first"), Flow("second")
    first.step("menu")(_noop)
    second.step("menu")(_noop)
    with pytest.raises(ValueError, match="'menu' is registered by both Flow\\('first'\\) and Flow\\('second'\\)"):
        Flows((first, second), home="menu")


def test_desk_flows_without_a_home_step_are_refused() -> None:
    with pytest.raises(ValueError, match="no flow has the home step 'menu'"):
        Flows((Flow("empty"),), home="menu")


def test_an_unknown_state_falls_back_to_the_home_step() -> None:
    assert FLOWS.step("erasure:gone-in-an-old-version") is FLOWS.step(MENU)


def test_every_question_asked_again_is_of_a_step_and_back_leads_to_a_question() -> None:
    asked = {state: to for flow in FLOWS.flows for state, to in flow.back.items()}
    questions = [state for flow in FLOWS.flows for state in flow.questions]
    assert set(questions) <= set(FLOWS.states)
    assert [to for to in asked.values() if FLOWS.question(to) is None] == []
    assert FLOWS.back_from("rectification:value") == "rectification:item"
    assert FLOWS.back_from("erasure:confirm") == MENU


def test_two_flows_asking_one_states_question_are_refused_when_composed() -> None:
    first, second = Flow("first"), Flow("second")
    first.step("menu")(_noop)
    first.reask("menu")(_noop)
    second.reask("menu")(_noop)
    with pytest.raises(ValueError, match="'menu' is registered by both"):
        Flows((first, second), home="menu")
