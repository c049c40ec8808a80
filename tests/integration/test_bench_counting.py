"""The benchmark's statement counter, on both databases: each statement counted once, and a
known sender's message costing the one read and the writes the README says it does."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from bench.run import QueryCounter
from tests.support import Person, make_desk


@pytest.fixture
async def counter(database: str) -> AsyncIterator[QueryCounter]:
    counting = QueryCounter()
    await counting.install()
    try:
        yield counting
    finally:
        await counting.uninstall()


def statements(counter: QueryCounter) -> int:
    return round(counter.figures(1)["queries_per_message"])


async def test_each_statement_is_counted_once_in_and_out_of_a_transaction(counter: QueryCounter) -> None:
    client = connections.get("default")
    await client.execute_query("SELECT 1")
    assert statements(counter) == 1

    async with in_transaction() as tx:
        await tx.execute_query("SELECT 1")
        await tx.execute_query("SELECT 2")  # the transaction's class inherits this method
    assert statements(counter) == 3, counter.counts
    assert counter.figures(1)["transactions_per_message"] == 1


async def test_a_known_senders_message_is_one_read_and_its_writes(counter: QueryCounter, database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says("hi")
    counter.reset()

    await person.says("menu", external_id="SM-counted")

    counts = counter.figures(1)["query_counts"]
    if database.startswith("sqlite://"):
        # one joined read; the delivery, two transcript lines and the conversation, in one commit
        assert counts == {"begin": 1, "commit": 1, "insert": 3, "release": 1, "savepoint": 1,
                          "select": 1, "update": 1}
    else:
        # the same on PostgreSQL, the transcript lines in one executemany
        assert counts == {"begin": 1, "execute_many": 1, "execute_query": 2, "execute_query_dict": 1}
    assert statements(counter) == (5 if database.startswith("sqlite://") else 4)


async def test_uninstalling_stops_the_count(counter: QueryCounter) -> None:
    await counter.uninstall()
    await connections.get("default").execute_query("SELECT 1")
    assert counter.counts == {}
