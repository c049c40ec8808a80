"""The registry's word is the desk's behaviour: a kind that needs identity asks for it first."""

from __future__ import annotations

import pytest

from flows.kinds import KINDS, RequestKind
from flows.messages import IncomingMessage
from flows.turn import Turn
from storage.conversations import ConversationState
from tests.support import make_desk

STARTED = [kind for kind in KINDS if kind.entry]


def unverified_turn() -> Turn:
    conv = ConversationState(id=1, key="telegram:7", transport="telegram", address="7",
                             channel="telegram", identity_id=1, subject_id=1, phone=None,
                             verified=False, language="en", state="menu", data={}, version=1)
    message = IncomingMessage(transport="telegram", sender_id="7", text="hi")
    return Turn(desk=make_desk(), message=message, conv=conv)


@pytest.mark.parametrize("kind", STARTED, ids=[k.name for k in STARTED])
async def test_a_kind_asks_for_identity_first_exactly_when_the_registry_says_it_needs_it(
    database: str, kind: RequestKind
) -> None:
    turn = unverified_turn()

    assert kind.entry is not None
    assert await turn.desk.flows.start(turn, kind.entry)

    assert (turn.state == "identity:phone") is kind.needs_identity
