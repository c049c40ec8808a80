"""What committing a turn can meet instead of success; in each case nothing of the turn is written.

The engine answers each in its own way: a stale conversation or a collision runs the step
again on fresh state; a delivery answered already gives the earlier answer again.
"""

from __future__ import annotations

from storage.records import StoredReply


class Conflict(Exception):
    """The turn was not committed because the world changed since the step read it."""


class StaleConversation(Conflict):
    """Someone else moved the conversation on since it was read."""


class AlreadyAnswered(Conflict):
    """Another handler recorded this delivery first; here is the answer it gave."""

    def __init__(self, replies: list[StoredReply]) -> None:
        super().__init__("delivery already processed")
        self.replies = replies


class Collision(Conflict):
    """A value the turn took was taken meanwhile (a reference drawn twice, a ticket closed by
    someone else, the last code of the hour sent to another chat): run the step again."""
