"""Flows as explicit registries: each flow module declares one `Flow`, and `Flows` composes them.

A flow names three kinds of functions, each under a readable string declared once in its
module (`"erasure:confirm"`):

- steps, `(turn, choice)`, run when a message arrives while the conversation stands there;
- entries, `(turn)`, the ways into the flow from the menu or from a person's own words;
- resume points, `(turn)`, where a flow goes on once identity is proven. They are never
  entries: nothing a person sends can start one, and `Flows.resume` runs one only for a
  conversation whose phone is verified;
- questions, `(turn)`, how a step's question is put to the person again (after a greeting, a
  language switch or "back"), each with the step "back" returns to from it, if not the menu.

`flows/router.py` composes every flow into one `Flows` (the desk's `flows`); a name declared
twice is refused there, at import, rather than one flow silently replacing another's step.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from flows.turn import Turn

Step = Callable[["Turn", "str | None"], Awaitable[None]]
Entry = Callable[["Turn"], Awaitable[None]]
_F = TypeVar("_F", Step, Entry)


class Flow:
    """The steps, entries and resume points of one flow."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: dict[str, Step] = {}
        self.entries: dict[str, Entry] = {}
        self.resume_points: dict[str, Entry] = {}
        self.questions: dict[str, Entry] = {}
        self.back: dict[str, str] = {}
        # Steps where the person writes in their own words: only short, clear commands
        # (menu, cancel, language) interrupt them.
        self.free_text: set[str] = set()

    def __repr__(self) -> str:
        return f"Flow({self.name!r})"

    def step(self, state: str, *, free_text: bool = False) -> Callable[[Step], Step]:
        """Register the step run for a message while the conversation stands at `state`."""

        def register(fn: Step) -> Step:
            _add(self.steps, state, fn, self)
            if free_text:
                self.free_text.add(state)
            return fn

        return register

    def entry(self, name: str) -> Callable[[Entry], Entry]:
        """Register a way into this flow, started by a menu choice or the person's words."""
        return lambda fn: _add(self.entries, name, fn, self)

    def resume(self, name: str) -> Callable[[Entry], Entry]:
        """Register where this flow goes on once the person's identity is proven."""
        return lambda fn: _add(self.resume_points, name, fn, self)

    def reask(self, state: str, *, back_to: str | None = None) -> Callable[[Entry], Entry]:
        """Register how to ask the question of `state` again, and where "back" goes from it."""

        def register(fn: Entry) -> Entry:
            _add(self.questions, state, fn, self)
            if back_to is not None:
                self.back[state] = back_to
            return fn

        return register


def _add(table: dict[str, _F], name: str, fn: _F, flow: Flow) -> _F:
    if name in table:
        raise ValueError(f"{flow!r} registers {name!r} twice")
    table[name] = fn
    return fn


class Flows:
    """Every flow of the desk, composed: where a state, an entry or a resume point leads."""

    def __init__(self, flows: Iterable[Flow], *, home: str) -> None:
        self.flows = tuple(flows)
        self._steps = _merged(self.flows, lambda f: f.steps)
        self._entries = _merged(self.flows, lambda f: f.entries)
        self._resume_points = _merged(self.flows, lambda f: f.resume_points)
        self._questions = _merged(self.flows, lambda f: f.questions)
        self._back = {state: to for f in self.flows for state, to in f.back.items()}
        self._free_text = frozenset().union(*(f.free_text for f in self.flows))
        if home not in self._steps:
            raise ValueError(f"no flow has the home step {home!r}")
        self.home = home

    @property
    def states(self) -> tuple[str, ...]:
        """Every state a conversation can stand at."""
        return tuple(self._steps)

    @property
    def entry_names(self) -> tuple[str, ...]:
        """Every way into a flow."""
        return tuple(self._entries)

    @property
    def resume_names(self) -> tuple[str, ...]:
        """Every point where a flow goes on after identity."""
        return tuple(self._resume_points)

    def step(self, state: str) -> Step:
        """Give the step for a state; an unknown state (an old version's) is the home step."""
        return self._steps.get(state) or self._steps[self.home]

    async def start(self, turn: Turn, name: str) -> bool:
        """Start a flow at one of its entries; False if no flow has that entry."""
        entry = self._entries.get(name)
        if entry is None:
            return False
        await entry(turn)
        return True

    def question(self, state: str) -> Entry | None:
        """Give how the question of a state is asked again, if it can be."""
        return self._questions.get(state)

    def back_from(self, state: str) -> str:
        """Give the step "back" returns to from a state: the one before it, or the home step."""
        return self._back.get(state, self.home)

    def takes_free_text(self, state: str) -> bool:
        """Tell whether the person writes in their own words at this state."""
        return state in self._free_text

    async def resume(self, turn: Turn, name: str | None) -> bool:
        """Go on at a resume point, only for a verified phone; False if nothing was run."""
        point = self._resume_points.get(name) if name else None
        if point is None or not turn.conv.phone:
            return False
        await point(turn)
        return True


def _merged(flows: tuple[Flow, ...], table: Callable[[Flow], Mapping[str, _F]]) -> dict[str, _F]:
    merged: dict[str, _F] = {}
    owner: dict[str, Flow] = {}
    for flow in flows:
        for name, fn in table(flow).items():
            if name in merged:
                raise ValueError(f"{name!r} is registered by both {owner[name]!r} and {flow!r}")
            merged[name], owner[name] = fn, flow
    return merged
