"""Transactions and their connection, for staff actions (flows/staff_actions.py), which change
tickets outside a person's turn: `flows/` imports no database library itself; it opens a
transaction here and passes the connection on to the storage functions it calls. A person's
turn is committed by storage/commit.py instead.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient as Connection
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction as transaction

__all__ = ["Connection", "IntegrityError", "transaction"]
