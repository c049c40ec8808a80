"""A desk routes through the flows it is composed of, and through nothing else."""

from __future__ import annotations

from flows.flow import Flow, Flows
from flows.turn import Turn
from tests.support import Person, make_desk, text_of

demo = Flow("demo")


@demo.step("menu")
async def home(turn: Turn, choice: str | None) -> None:
    """Answer every message from the one step there is."""
    turn.say(f"demo heard: {turn.text}")


async def test_a_desk_composed_of_other_flows_routes_through_them(database: str) -> None:
    person = Person(make_desk(flows=Flows((demo,), home="menu")))

    replies = await person.says("I want to delete my data")

    assert text_of(replies) == "demo heard: I want to delete my data"
