"""Transactions, their connection and their conflicts, as `flows/` uses them.

`flows/` imports no database library itself; it opens a transaction here, passes the connection
on to the storage functions it calls, and learns of a unique key taken by someone else from
`IntegrityError`.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient as Connection
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction as transaction

__all__ = ["Connection", "IntegrityError", "transaction"]
