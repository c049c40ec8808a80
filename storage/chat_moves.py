"""Telegram groups that became supergroups, and so changed their chat id, kept for good.

Telegram tells of the move once (`migrate_to_chat_id` in an update, or a refused send raising
`ChatMigrated`); every process of the desk reads it from here afterwards.
"""

from __future__ import annotations

from storage.models import ChatMove

# A chain longer than this is a loop in bad data, not a real history of moves.
MAX_HOPS = 8


async def record(old_chat_id: int, new_chat_id: int) -> None:
    """Remember that a chat moved; a second report of the same move changes nothing."""
    await ChatMove.get_or_create(old_chat_id=old_chat_id, defaults={"new_chat_id": new_chat_id})


async def all_moves() -> dict[int, int]:
    """Give every move, old chat id to new."""
    return {move.old_chat_id: move.new_chat_id for move in await ChatMove.all()}


async def moved_to(new_chat_id: int) -> list[int]:
    """Give the chats that moved to this one."""
    return [move.old_chat_id for move in await ChatMove.filter(new_chat_id=new_chat_id)]


def follow(moves: dict[int, int], chat_id: int) -> int:
    """Give where a chat lives now, following moves one after another."""
    for _hop in range(MAX_HOPS):
        if chat_id not in moves:
            break
        chat_id = moves[chat_id]
    return chat_id
