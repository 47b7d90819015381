"""Consumer groups with real clients: classic (eager and cooperative) and KIP-848 rebalances,
commits that survive broker restarts, failover when a member leaves or dies, the admin API and the
`sluice group` CLI.

Every consumer is closed in a `finally` (an ExitStack), so a failed assertion does not leave a
member heartbeating into the next test. The broker waits `group.initial.rebalance.delay.ms`
(3000 ms) before the first rebalance of an empty classic group; the timeouts below allow for it.
"""

import asyncio
import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import aiokafka
import kafka
import kafka.coordinator.assignors.range
import kafka.coordinator.assignors.roundrobin
import kafka.coordinator.assignors.sticky.sticky_assignor
import pytest
from confluent_kafka import (
    Consumer,
    ConsumerGroupState,
    ConsumerGroupTopicPartitions,
    KafkaError,
    KafkaException,
    TopicPartition,
)
from kafka.structs import OffsetAndMetadata

import wire
from clients import FAST_LIBRDKAFKA, Message, admin, create_topic, produce_confluent
from conftest import sluice_binary

SESSION_TIMEOUT_MS = 6000
HEARTBEAT_MS = 500
INITIAL_DELAY_S = 3.0
# Time for a group's first generation: the initial rebalance delay plus joins, syncs and fetches.
SETTLE_S = INITIAL_DELAY_S + 12


REBALANCE_COMMIT_ERRORS = {KafkaError.ILLEGAL_GENERATION, KafkaError.REBALANCE_IN_PROGRESS, KafkaError.UNKNOWN_MEMBER_ID}


def group_name():
    return f"g-{uuid.uuid4().hex[:10]}"


# ---------------------------------------------------------------- producing


def produce_spread(bootstrap, topic, partitions, per_partition, prefix="v"):
    """`per_partition` records on each partition; values `prefix-p-i` are unique. Returns all values."""
    values = set()
    for p in range(partitions):
        messages = [Message(f"k{i}".encode(), f"{prefix}-{p}-{i}".encode()) for i in range(per_partition)]
        produce_confluent(bootstrap, topic, messages, partition=p)
        values.update(m.value for m in messages)
    return values


# ---------------------------------------------------------------- confluent-kafka group members


class Member:
    """A confluent-kafka consumer in a group that records its assignment and what it consumed.

    Every record returned by poll is committed synchronously before the next poll, so a rebalance
    (which only happens inside poll) hands the new owner exactly the next offset: each record is
    seen once across the group.
    """

    def __init__(self, bootstrap, group, topic, name, commit_each=True, **config):
        self.name = name
        self.commit_each = commit_each
        self.assigned = set()
        self.records = []  # (partition, offset, value)
        self.revoked_batches = []  # each on_revoke's partitions
        self.assigned_batches = []
        self.failed_commits = []  # (value, error name)
        settings = {
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "client.id": name,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "fetch.wait.max.ms": 50,
            "fetch.error.backoff.ms": 50,
            **FAST_LIBRDKAFKA,
        }
        if config.get("group.protocol") != "consumer":
            settings.update({"session.timeout.ms": SESSION_TIMEOUT_MS, "heartbeat.interval.ms": HEARTBEAT_MS})
        settings.update(config)
        self.cooperative = settings.get("partition.assignment.strategy") == "cooperative-sticky" or settings.get("group.protocol") == "consumer"
        self.consumer = Consumer(settings)
        self.consumer.subscribe([topic], on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_lost)
        self.closed = False

    def _on_assign(self, consumer, partitions):
        parts = {tp.partition for tp in partitions}
        self.assigned_batches.append(parts)
        self.assigned = (self.assigned | parts) if self.cooperative else parts

    def _on_revoke(self, consumer, partitions):
        parts = {tp.partition for tp in partitions}
        self.revoked_batches.append(parts)
        self.assigned = (self.assigned - parts) if self.cooperative else set()

    def _on_lost(self, consumer, partitions):
        self.revoked_batches.append({tp.partition for tp in partitions})
        self.assigned = set()

    def poll(self, timeout=0.05):
        msg = self.consumer.poll(timeout)
        if msg is None:
            return
        if msg.error():
            if msg.error().code() == KafkaError._PARTITION_EOF:
                return
            raise AssertionError(f"{self.name}: consumer error {msg.error()}")
        self.records.append((msg.partition(), msg.offset(), msg.value()))
        if self.commit_each:
            try:
                self.consumer.commit(message=msg, asynchronous=False)
            except KafkaException as error:
                # A commit racing a rebalance is refused (as in Kafka); the record may then be
                # delivered again to the partition's next owner, and only such a record may.
                if error.args[0].code() not in REBALANCE_COMMIT_ERRORS:
                    raise
                self.failed_commits.append((msg.value(), error.args[0].name()))

    def close(self):
        if not self.closed:
            self.closed = True
            self.consumer.close()


def members_in(stack, broker, group, topic, prefix, count=2, **config):
    """`count` confluent-kafka members named prefix-0.., closed when `stack` unwinds."""
    members = [Member(broker.bootstrap, group, topic, f"{prefix}-{i}", **config) for i in range(count)]
    for m in members:
        stack.callback(m.close)
    return members


def consumed(members):
    return sum(len(m.records) for m in members)


def drain(members, seconds=1.0):
    """Keeps polling for `seconds`: a late or repeated delivery shows up in the records."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for m in members:
            m.poll()


def poll_until(members, condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for m in members:
            if not m.closed:
                m.poll()
        if condition():
            return
    state = {m.name: (sorted(m.assigned), len(m.records)) for m in members}
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; (assignment, records) per member: {state}")


def split_ok(members, partitions):
    """Every member has partitions, none overlap, together they cover the topic."""
    sets = [m.assigned for m in members]
    union = set().union(*sets)
    return all(sets) and sum(len(s) for s in sets) == len(union) and union == set(range(partitions))


def assert_each_once(records, expected_values, members=()):
    """Each expected value consumed once; only records whose commit a rebalance refused may repeat."""
    values = [r[-1] for r in records]
    excused = {v for m in members for v, _ in m.failed_commits}
    duplicates = {v for v in values if values.count(v) > 1} - excused
    assert not duplicates, f"{len(duplicates)} records consumed more than once, e.g. {sorted(duplicates)[:3]}"
    assert set(values) == expected_values, f"missing {len(expected_values - set(values))}, unexpected {len(set(values) - expected_values)}"


# ---------------------------------------------------------------- 1, 2: classic rebalances


@pytest.mark.parametrize("strategy", ["range", "roundrobin"])
def test_eager_two_members_split_and_consume(broker, topic_name, strategy):
    create_topic(broker.bootstrap, topic_name, partitions=6)
    expected = produce_spread(broker.bootstrap, topic_name, 6, 10)
    group = group_name()
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "eager", **{"partition.assignment.strategy": strategy})
        poll_until(members, lambda: split_ok(members, 6) and consumed(members) >= len(expected), SETTLE_S, "a split and all 60 records")
        # Nothing more arrives: a re-delivery would show up as a duplicate.
        drain(members)
        assert split_ok(members, 6)
        # One topic of 6 partitions, 2 members: range gives 3 contiguous partitions each,
        # roundrobin every other one (the client's assignor decides; the broker passes it on).
        split = {"range": [[0, 1, 2], [3, 4, 5]], "roundrobin": [[0, 2, 4], [1, 3, 5]]}[strategy]
        assert sorted(sorted(m.assigned) for m in members) == split
        for m in members:
            assert {r[0] for r in m.records} <= m.assigned | set().union(*m.revoked_batches), f"{m.name} read a partition it never owned"
        assert_each_once([r for m in members for r in m.records], expected, members)


def test_cooperative_sticky_two_then_three_members(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=6)
    expected = produce_spread(broker.bootstrap, topic_name, 6, 5, prefix="a")
    group = group_name()
    config = {"partition.assignment.strategy": "cooperative-sticky"}
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "coop", **config)
        poll_until(members, lambda: split_ok(members, 6) and consumed(members) >= len(expected), SETTLE_S, "two members to split and consume")
        before = {m.name: set(m.assigned) for m in members}
        revokes_before = [len(m.revoked_batches) for m in members]

        third = Member(broker.bootstrap, group, topic_name, "coop-2", **config)
        stack.callback(third.close)
        members.append(third)
        poll_until(members, lambda: split_ok(members, 6), 20, "three members to split")
        expected |= produce_spread(broker.bootstrap, topic_name, 6, 5, prefix="b")
        poll_until(members, lambda: consumed(members) >= len(expected), 20, "three members to consume")
        assert split_ok(members, 6)

        assert sorted(len(m.assigned) for m in members) == [2, 2, 2], {m.name: m.assigned for m in members}
        for m in members[:2]:
            # Sticky: the old members kept a subset of what they had; incremental: they gave up
            # only the partitions that moved (never their whole assignment at once).
            assert m.assigned <= before[m.name], (m.name, before[m.name], m.assigned)
            revoked = set().union(*m.revoked_batches[revokes_before[members.index(m)]:])
            assert revoked == before[m.name] - m.assigned, (m.name, m.revoked_batches)
        # The newcomer got exactly what the others gave up.
        given_up = (before["coop-0"] - members[0].assigned) | (before["coop-1"] - members[1].assigned)
        assert third.assigned == given_up, (third.assigned, given_up)
        assert_each_once([r for m in members for r in m.records], expected, members)


# ---------------------------------------------------------------- 3: kafka-python and aiokafka groups


KAFKA_PYTHON_ASSIGNORS = {
    "range": kafka.coordinator.assignors.range.RangePartitionAssignor,
    "roundrobin": kafka.coordinator.assignors.roundrobin.RoundRobinPartitionAssignor,
    "sticky": kafka.coordinator.assignors.sticky.sticky_assignor.StickyPartitionAssignor,
}


@pytest.mark.parametrize("assignor", ["range", "roundrobin", "sticky"])
def test_kafka_python_group_split_and_consume(broker, topic_name, assignor):
    create_topic(broker.bootstrap, topic_name, partitions=4)
    expected = produce_spread(broker.bootstrap, topic_name, 4, 10)
    group = group_name()
    stop = threading.Event()
    results = {}
    errors = []

    def run(name):
        records = results.setdefault(name, {"records": [], "assigned": set()})
        consumer = None
        try:
            consumer = kafka.KafkaConsumer(
                topic_name, bootstrap_servers=broker.bootstrap, group_id=group, client_id=name,
                auto_offset_reset="earliest", enable_auto_commit=False, session_timeout_ms=SESSION_TIMEOUT_MS,
                heartbeat_interval_ms=HEARTBEAT_MS, fetch_max_wait_ms=50, request_timeout_ms=10000, retry_backoff_ms=50,
                partition_assignment_strategy=[KAFKA_PYTHON_ASSIGNORS[assignor]],
            )
            while not stop.is_set():
                batches = consumer.poll(timeout_ms=100)
                for batch in batches.values():
                    records["records"].extend((r.partition, r.offset, r.value) for r in batch)
                if batches:
                    consumer.commit()
                records["assigned"] = {tp.partition for tp in consumer.assignment()}
        except Exception as error:  # noqa: BLE001 - reported by the test thread
            errors.append((name, error))
        finally:
            if consumer is not None:
                consumer.close()

    threads = [threading.Thread(target=run, args=(f"kp-{i}",), daemon=True) for i in range(2)]
    for t in threads:
        t.start()
    try:
        deadline = time.monotonic() + SETTLE_S + 5
        while time.monotonic() < deadline and not errors:
            sets = [results.get(f"kp-{i}", {}).get("assigned", set()) for i in range(2)]
            count = sum(len(r["records"]) for r in results.values())
            if all(sets) and not (sets[0] & sets[1]) and sets[0] | sets[1] == set(range(4)) and count >= len(expected):
                break
            time.sleep(0.1)
        time.sleep(1.0)
    finally:
        stop.set()
        for t in threads:
            t.join(20)
    assert not errors, errors
    sets = [results[f"kp-{i}"]["assigned"] for i in range(2)]
    assert all(sets) and not (sets[0] & sets[1]) and sets[0] | sets[1] == set(range(4)), sets
    assert_each_once([r for v in results.values() for r in v["records"]], expected)


def test_aiokafka_group_split_and_consume(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=4)
    expected = produce_spread(broker.bootstrap, topic_name, 4, 10)
    group = group_name()

    async def run():
        consumers = [
            aiokafka.AIOKafkaConsumer(
                topic_name, bootstrap_servers=broker.bootstrap, group_id=group, client_id=f"aio-{i}",
                auto_offset_reset="earliest", enable_auto_commit=False, session_timeout_ms=SESSION_TIMEOUT_MS,
                heartbeat_interval_ms=HEARTBEAT_MS, fetch_max_wait_ms=50, request_timeout_ms=10000, retry_backoff_ms=50,
            )
            for i in range(2)
        ]
        records = [[] for _ in consumers]
        started = []
        try:
            for c in consumers:
                await c.start()
                started.append(c)

            def done():
                sets = [{tp.partition for tp in c.assignment()} for c in consumers]
                return (all(sets) and not (sets[0] & sets[1]) and sets[0] | sets[1] == set(range(4))
                        and sum(map(len, records)) >= len(expected))

            async def pump(i, until, stop_when_done=True):
                while time.monotonic() < until:
                    batches = await consumers[i].getmany(timeout_ms=100)
                    for batch in batches.values():
                        records[i].extend((r.partition, r.offset, r.value) for r in batch)
                    if batches:
                        await consumers[i].commit()
                    if stop_when_done and done():
                        return

            deadline = time.monotonic() + SETTLE_S + 5
            await asyncio.gather(*(pump(i, deadline) for i in range(2)))
            assert done(), ([c.assignment() for c in consumers], [len(r) for r in records])
            await asyncio.gather(*(pump(i, time.monotonic() + 1.0, stop_when_done=False) for i in range(2)))
            return records
        finally:
            for c in started:
                await c.stop()

    records = asyncio.run(run())
    assert all(records), "both aiokafka members consumed something"
    assert_each_once([r for rs in records for r in rs], expected)


# ---------------------------------------------------------------- 4: commits survive restarts

PARTS = 3
PER_PART = 20
HALF = 10


def consume_half_confluent(bootstrap, topic, group, **config):
    """Processes offsets < HALF of every partition, committing each synchronously; returns the values."""
    m = Member(bootstrap, group, topic, "half", commit_each=False, **config)
    seen = []
    try:
        def step():
            msg = m.consumer.poll(0.05)
            if msg is None or msg.error():
                return
            if msg.offset() < HALF:
                seen.append((msg.partition(), msg.offset(), msg.value()))
                m.consumer.commit(message=msg, asynchronous=False)

        deadline = time.monotonic() + SETTLE_S
        while len(seen) < PARTS * HALF and time.monotonic() < deadline:
            step()
        assert len(seen) == PARTS * HALF, f"consumed {len(seen)} of the first {PARTS * HALF}"
        committed = m.consumer.committed([TopicPartition(topic, p) for p in range(PARTS)], timeout=10)
        assert {tp.partition: tp.offset for tp in committed} == {p: HALF for p in range(PARTS)}
    finally:
        m.close()
    return seen


def resume_confluent(bootstrap, topic, group, **config):
    m = Member(bootstrap, group, topic, "resume", commit_each=False, **config)
    try:
        committed = m.consumer.committed([TopicPartition(topic, p) for p in range(PARTS)], timeout=15)
        assert {tp.partition: tp.offset for tp in committed} == {p: HALF for p in range(PARTS)}, committed
        poll_until([m], lambda: len(m.records) >= PARTS * (PER_PART - HALF), SETTLE_S, "the rest after the commit")
        drain([m])
        return m.records
    finally:
        m.close()


def kafka_python_consumer(bootstrap, topic, group):
    return kafka.KafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest", enable_auto_commit=False,
        session_timeout_ms=SESSION_TIMEOUT_MS, heartbeat_interval_ms=HEARTBEAT_MS, fetch_max_wait_ms=50,
        request_timeout_ms=10000, retry_backoff_ms=50,
    )


def consume_half_kafka_python(bootstrap, topic, group):
    consumer = kafka_python_consumer(bootstrap, topic, group)
    seen = []
    try:
        deadline = time.monotonic() + SETTLE_S
        while len(seen) < PARTS * HALF and time.monotonic() < deadline:
            for tp, batch in consumer.poll(timeout_ms=100).items():
                mine = [r for r in batch if r.offset < HALF]
                seen.extend((r.partition, r.offset, r.value) for r in mine)
                if mine:
                    consumer.commit({tp: OffsetAndMetadata(mine[-1].offset + 1, "", -1)})
        assert len(seen) == PARTS * HALF, f"consumed {len(seen)} of the first {PARTS * HALF}"
        for p in range(PARTS):
            assert consumer.committed(kafka.TopicPartition(topic, p)) == HALF
    finally:
        consumer.close()
    return seen


def resume_kafka_python(bootstrap, topic, group):
    consumer = kafka_python_consumer(bootstrap, topic, group)
    records = []
    try:
        committed = {p: consumer.committed(kafka.TopicPartition(topic, p)) for p in range(PARTS)}
        assert committed == {p: HALF for p in range(PARTS)}
        deadline = time.monotonic() + SETTLE_S
        quiet_until = None
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=100).values():
                records.extend((r.partition, r.offset, r.value) for r in batch)
            if len(records) >= PARTS * (PER_PART - HALF):
                quiet_until = quiet_until or time.monotonic() + 1.0
                if time.monotonic() > quiet_until:
                    break
    finally:
        consumer.close()
    return records


@pytest.mark.parametrize("client", ["confluent", "kafka-python", "confluent-kip848"])
@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_commit_and_resume_across_broker_restart(broker, topic_name, client, how):
    create_topic(broker.bootstrap, topic_name, partitions=PARTS)
    produce_spread(broker.bootstrap, topic_name, PARTS, PER_PART)
    group = group_name()
    half, resume = {
        "confluent": (consume_half_confluent, resume_confluent),
        "kafka-python": (consume_half_kafka_python, resume_kafka_python),
        "confluent-kip848": (
            functools.partial(consume_half_confluent, **{"group.protocol": "consumer"}),
            functools.partial(resume_confluent, **{"group.protocol": "consumer"}),
        ),
    }[client]
    first = half(broker.bootstrap, topic_name, group)
    assert sorted((p, o) for p, o, _ in first) == [(p, o) for p in range(PARTS) for o in range(HALF)]

    if how == "sigterm":
        broker.restart()
    else:
        broker.kill()
        broker.restart()

    rest = resume(broker.bootstrap, topic_name, group)
    got = sorted((p, o) for p, o, _ in rest)
    assert got == [(p, o) for p in range(PARTS) for o in range(HALF, PER_PART)], (
        f"expected offsets {HALF}..{PER_PART - 1} of each partition exactly once, got {got}"
    )
    values = {v for _, _, v in first} | {v for _, _, v in rest}
    assert len(values) == PARTS * PER_PART


def test_active_members_keep_consuming_across_broker_restart(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=4)
    expected = produce_spread(broker.bootstrap, topic_name, 4, 5, prefix="before")
    group = group_name()
    config = {"partition.assignment.strategy": "range"}
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "live", **config)
        poll_until(members, lambda: split_ok(members, 4) and consumed(members) >= len(expected), SETTLE_S, "a split and the first records")
        broker.restart()
        expected |= produce_spread(broker.bootstrap, topic_name, 4, 5, prefix="after")
        poll_until(members, lambda: split_ok(members, 4) and consumed(members) >= len(expected), SETTLE_S + 10, "consumption after the restart")
        drain(members)
        assert_each_once([r for m in members for r in m.records], expected, members)


# ---------------------------------------------------------------- 5: failover

MEMBER_SCRIPT = r"""
import sys, time
from confluent_kafka import Consumer
bootstrap, group, topic = sys.argv[1:4]
def on_assign(consumer, partitions):
    print("ASSIGNED", ",".join(str(tp.partition) for tp in partitions), flush=True)
c = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "client.id": "doomed",
              "session.timeout.ms": %d, "heartbeat.interval.ms": %d, "enable.auto.commit": False,
              "broker.address.family": "v4", "auto.offset.reset": "earliest",
              "partition.assignment.strategy": "range"})
c.subscribe([topic], on_assign=on_assign)
while True:
    c.poll(0.1)
""" % (SESSION_TIMEOUT_MS, HEARTBEAT_MS)


def test_member_that_leaves_hands_over_quickly(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=6)
    group = group_name()
    config = {"partition.assignment.strategy": "range"}
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "stay", **config)
        poll_until(members, lambda: split_ok(members, 6), SETTLE_S, "a split")
        leaving, staying = members
        started = time.monotonic()
        leaving.close()
        poll_until([staying], lambda: staying.assigned == set(range(6)), SESSION_TIMEOUT_MS / 1000, "the stayer to take every partition")
        took = time.monotonic() - started
        # LeaveGroup starts the rebalance at once; waiting out the session timeout would mean the
        # leave was ignored.
        assert took < SESSION_TIMEOUT_MS / 1000 - 1, f"handover after LeaveGroup took {took:.1f}s"


def test_member_whose_process_is_killed_hands_over_within_session_timeout(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=6)
    group = group_name()
    lines = []
    proc = subprocess.Popen(
        [sys.executable, "-c", MEMBER_SCRIPT, broker.bootstrap, group, topic_name],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    def read():
        for line in proc.stdout:
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: (proc.poll() is None and proc.kill(), proc.wait()))
        survivor = Member(broker.bootstrap, group, topic_name, "survivor", **{"partition.assignment.strategy": "range"})
        stack.callback(survivor.close)

        def doomed_assignment():
            assigned = [line.split()[1] for line in lines if line.startswith("ASSIGNED") and len(line.split()) > 1]
            return {int(p) for p in assigned[-1].split(",")} if assigned else set()

        poll_until(
            [survivor],
            lambda: survivor.assigned and doomed_assignment() and survivor.assigned | doomed_assignment() == set(range(6))
            and not (survivor.assigned & doomed_assignment()),
            SETTLE_S, f"a split with the subprocess member (its output: {lines})",
        )
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = time.monotonic()
        session = SESSION_TIMEOUT_MS / 1000
        poll_until([survivor], lambda: survivor.assigned == set(range(6)), session + 6, "the survivor to take every partition")
        took = time.monotonic() - killed
        # The dead member is noticed when its session expires; the survivor's next heartbeat then
        # sees the rebalance, and it rejoins alone.
        assert took < session + 3, f"handover after SIGKILL took {took:.1f}s (session timeout {session}s)"


def test_static_member_that_returns_within_session_keeps_its_partitions(broker, topic_name):
    """KIP-345: a static member (group.instance.id) does not leave on close; back within the
    session timeout with the same instance id, it gets its partitions again without a rebalance."""
    create_topic(broker.bootstrap, topic_name, partitions=4)
    group = group_name()
    config = {"partition.assignment.strategy": "range"}
    with contextlib.ExitStack() as stack:
        members = [Member(broker.bootstrap, group, topic_name, f"static-{i}", **{**config, "group.instance.id": f"inst-{i}"}) for i in range(2)]
        for m in members:
            stack.callback(m.close)
        poll_until(members, lambda: split_ok(members, 4), SETTLE_S, "a split")
        first, other = members
        before = set(first.assigned)
        other_before = (set(other.assigned), len(other.revoked_batches), len(other.assigned_batches))
        first.close()
        back = Member(broker.bootstrap, group, topic_name, "static-0-again", **{**config, "group.instance.id": "inst-0"})
        stack.callback(back.close)
        poll_until([back, other], lambda: back.assigned == before, SESSION_TIMEOUT_MS / 1000, "the returning static member's partitions")
        drain([back, other])
        assert (set(other.assigned), len(other.revoked_batches), len(other.assigned_batches)) == other_before, (
            "the other member went through a rebalance", other.revoked_batches, other.assigned_batches)


def test_session_timeout_below_the_minimum_is_refused(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=1)
    consumer = kafka.KafkaConsumer(
        topic_name, bootstrap_servers=broker.bootstrap, group_id=group_name(), session_timeout_ms=1000,
        heartbeat_interval_ms=300, request_timeout_ms=10000, retry_backoff_ms=50,
    )
    try:
        with pytest.raises(kafka.errors.InvalidSessionTimeoutError):
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                consumer.poll(timeout_ms=200)
    finally:
        consumer.close()


# ---------------------------------------------------------------- 6: admin API


def wait_state(client, group, state, timeout=15):
    deadline = time.monotonic() + timeout
    seen = None
    while time.monotonic() < deadline:
        listing = client.list_consumer_groups(request_timeout=10).result(15)
        seen = ({g.group_id: g.state for g in listing.valid}, listing.errors)
        if seen[0].get(group) == state:
            return
        time.sleep(0.2)
    raise AssertionError(f"group {group} never reached {state}: (listing, errors) {seen}")


def committed_by_admin(client, group):
    result = client.list_consumer_group_offsets([ConsumerGroupTopicPartitions(group)], request_timeout=10)[group].result(15)
    return {(tp.topic, tp.partition): tp.offset for tp in result.topic_partitions}


def test_admin_list_describe_delete_and_offsets(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=4)
    expected = produce_spread(broker.bootstrap, topic_name, 4, 10)
    group = group_name()
    client = admin(broker.bootstrap)
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "adm", **{"partition.assignment.strategy": "range"})
        poll_until(members, lambda: split_ok(members, 4) and consumed(members) >= len(expected), SETTLE_S, "a split and all records")

        wait_state(client, group, ConsumerGroupState.STABLE)
        description = client.describe_consumer_groups([group], request_timeout=10)[group].result(15)
        assert description.group_id == group
        assert description.state == ConsumerGroupState.STABLE
        assert description.partition_assignor == "range"
        assert sorted(m.client_id for m in description.members) == ["adm-0", "adm-1"]
        by_client = {m.client_id: {tp.partition for tp in m.assignment.topic_partitions} for m in description.members}
        assert by_client == {m.name: m.assigned for m in members}
        assert sorted(m.member_id for m in description.members) == sorted(m.consumer.memberid() for m in members)

        futures = client.delete_consumer_groups([group], request_timeout=10)
        with pytest.raises(KafkaException) as raised:
            futures[group].result(15)
        assert raised.value.args[0].code() == KafkaError.NON_EMPTY_GROUP

        assert committed_by_admin(client, group) == {(topic_name, p): 10 for p in range(4)}

        # Altering offsets while members are active is refused (UNKNOWN_MEMBER_ID in Kafka), as a
        # group error or on the partition.
        future = client.alter_consumer_group_offsets(
            [ConsumerGroupTopicPartitions(group, [TopicPartition(topic_name, 0, 3)])], request_timeout=10,
        )[group]
        try:
            refused = [tp.error for tp in future.result(15).topic_partitions]
        except KafkaException as error:
            refused = [error.args[0]]
        assert refused and all(e is not None for e in refused), refused
        assert committed_by_admin(client, group)[(topic_name, 0)] == 10
    # Members closed: the group is empty but keeps its offsets.
    wait_state(client, group, ConsumerGroupState.EMPTY)
    listing = client.list_consumer_groups(states={ConsumerGroupState.EMPTY}, request_timeout=10).result(15)
    assert group in {g.group_id for g in listing.valid}
    listing = client.list_consumer_groups(states={ConsumerGroupState.STABLE}, request_timeout=10).result(15)
    assert group not in {g.group_id for g in listing.valid}

    result = client.alter_consumer_group_offsets(
        [ConsumerGroupTopicPartitions(group, [TopicPartition(topic_name, 0, 3), TopicPartition(topic_name, 2, 7)])],
        request_timeout=10,
    )[group].result(15)
    assert all(tp.error is None for tp in result.topic_partitions), result.topic_partitions
    assert committed_by_admin(client, group) == {(topic_name, 0): 3, (topic_name, 1): 10, (topic_name, 2): 7, (topic_name, 3): 10}

    client.delete_consumer_groups([group], request_timeout=10)[group].result(15)
    listing = client.list_consumer_groups(request_timeout=10).result(15)
    assert group not in {g.group_id for g in listing.valid}
    futures = client.delete_consumer_groups([group], request_timeout=10)
    with pytest.raises(KafkaException) as raised:
        futures[group].result(15)
    assert raised.value.args[0].code() == KafkaError.GROUP_ID_NOT_FOUND


# ---------------------------------------------------------------- 7: KIP-848


def test_kip848_consumer_protocol_two_members(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=6)
    expected = produce_spread(broker.bootstrap, topic_name, 6, 10)
    group = group_name()
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "k848", **{"group.protocol": "consumer"})
        poll_until(members, lambda: split_ok(members, 6) and consumed(members) >= len(expected), SETTLE_S, "a split and all records")
        drain(members)
        assert split_ok(members, 6)
        assert sorted(len(m.assigned) for m in members) == [3, 3]
        assert_each_once([r for m in members for r in m.records], expected, members)

        client = admin(broker.bootstrap)
        listing = client.list_consumer_groups(request_timeout=10).result(15)
        types = {g.group_id: g.type for g in listing.valid}
        assert str(types.get(group)).endswith("CONSUMER"), (types, listing.errors)
        # ConsumerGroupDescribe: the members and their (target = current, once stable) assignments.
        description = client.describe_consumer_groups([group], request_timeout=10)[group].result(15)
        assert description.state == ConsumerGroupState.STABLE
        by_client = {m.client_id: {tp.partition for tp in m.assignment.topic_partitions} for m in description.members}
        assert by_client == {m.name: m.assigned for m in members}

        # A member that leaves (heartbeat with epoch -1) hands its partitions over at once.
        leaving, staying = members
        started = time.monotonic()
        leaving.close()
        poll_until([staying], lambda: staying.assigned == set(range(6)), 10, "the stayer to take every partition")
        took = time.monotonic() - started
        assert took < 5, f"KIP-848 handover after leaving took {took:.1f}s"


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_kip848_group_survives_broker_restart_without_a_rebalance(broker, topic_name, how):
    """The group's records in __consumer_offsets bring back its epochs and assignments: the
    members keep heartbeating at their epochs and keep their partitions, with no rejoin."""
    create_topic(broker.bootstrap, topic_name, partitions=6)
    expected = produce_spread(broker.bootstrap, topic_name, 6, 5, prefix="before")
    group = group_name()
    with contextlib.ExitStack() as stack:
        members = members_in(stack, broker, group, topic_name, "kept", **{"group.protocol": "consumer"})
        poll_until(members, lambda: split_ok(members, 6) and consumed(members) >= len(expected), SETTLE_S, "a split and the first records")
        before = wire.consumer_group_describe(broker.bootstrap, group)
        assert before["state"] == "Stable", before
        callbacks = [(len(m.assigned_batches), len(m.revoked_batches)) for m in members]

        if how == "sigkill":
            broker.kill()
        broker.restart()

        after = wire.consumer_group_describe(broker.bootstrap, group)
        assert after["error"] == 0, after
        assert (after["group_epoch"], after["assignment_epoch"]) == (before["group_epoch"], before["assignment_epoch"])
        assert after["members"] == before["members"]

        expected |= produce_spread(broker.bootstrap, topic_name, 6, 5, prefix="after")
        poll_until(members, lambda: consumed(members) >= len(expected), SETTLE_S + 10, "consumption after the restart")
        drain(members)
        assert [(len(m.assigned_batches), len(m.revoked_batches)) for m in members] == callbacks, "a member was reassigned"
        final = wire.consumer_group_describe(broker.bootstrap, group)
        assert final["group_epoch"] == before["group_epoch"] and final["state"] == "Stable", final
        assert_each_once([r for m in members for r in m.records], expected, members)


def test_a_group_id_is_classic_or_kip848_and_an_empty_one_changes_protocol(broker, topic_name):
    """As Kafka: a consumer-protocol join cannot take over a classic group with members, nor a
    classic join a KIP-848 group with members; an empty group of either kind is replaced, and
    the committed offsets stay with the group id."""
    create_topic(broker.bootstrap, topic_name, partitions=2)
    first = produce_spread(broker.bootstrap, topic_name, 2, 5, prefix="first")
    group = group_name()
    classic = Member(broker.bootstrap, group, topic_name, "classic", **{"partition.assignment.strategy": "range"})
    try:
        poll_until([classic], lambda: len(classic.records) >= len(first), SETTLE_S, "the classic member's records")
        assert wire.consumer_group_heartbeat_join(broker.bootstrap, group, str(uuid.uuid4()), [topic_name]) == 69  # GROUP_ID_NOT_FOUND
    finally:
        classic.close()

    second = produce_spread(broker.bootstrap, topic_name, 2, 5, prefix="second")
    modern = Member(broker.bootstrap, group, topic_name, "kip848", **{"group.protocol": "consumer"})
    try:
        poll_until([modern], lambda: len(modern.records) >= len(second), SETTLE_S, "the KIP-848 member's records")
        drain([modern])
        assert {v for _, _, v in modern.records} == second, "the KIP-848 member did not resume at the classic group's offsets"
        assert wire.join_group(broker.bootstrap, group) == 23  # INCONSISTENT_GROUP_PROTOCOL
    finally:
        modern.close()
    # Empty again: a classic join is served (the v4+ handshake asks for a member id).
    deadline = time.monotonic() + 10
    while wire.join_group(broker.bootstrap, group) != 79 and time.monotonic() < deadline:  # MEMBER_ID_REQUIRED
        time.sleep(0.1)
    assert wire.join_group(broker.bootstrap, group) == 79


KIP848_FAST = {
    "group.consumer.session.timeout.ms": 3000, "group.consumer.min.session.timeout.ms": 1000,
    "group.consumer.heartbeat.interval.ms": 500, "group.consumer.min.heartbeat.interval.ms": 100,
}


@pytest.mark.broker_config(KIP848_FAST)
def test_kip848_member_whose_process_is_killed_expires_with_nobody_else_heartbeating(broker, topic_name):
    """The broker's own timer fences a silent KIP-848 member after group.consumer.session.timeout.ms,
    with no other request to the group; the heartbeat interval it hands out is the broker's."""
    create_topic(broker.bootstrap, topic_name, partitions=2)
    group = group_name()
    script = (
        "import sys\n"
        "from confluent_kafka import Consumer\n"
        "c = Consumer({'bootstrap.servers': sys.argv[1], 'group.id': sys.argv[2], 'group.protocol': 'consumer', 'client.id': 'doomed'})\n"
        "c.subscribe([sys.argv[3]], on_assign=lambda consumer, parts: print('ASSIGNED', len(parts), flush=True))\n"
        "while True:\n"
        "    c.poll(0.1)\n"
    )
    member = subprocess.Popen([sys.executable, "-c", script, broker.bootstrap, group, topic_name], stdout=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + SETTLE_S
        while time.monotonic() < deadline and not line.startswith("ASSIGNED 2"):
            line = member.stdout.readline()
        assert line.startswith("ASSIGNED 2"), f"the member was not assigned both partitions: {line!r}"
        assert wire.consumer_group_describe(broker.bootstrap, group)["state"] == "Stable"
        member.send_signal(signal.SIGKILL)
        killed = time.monotonic()
    finally:
        member.kill()
        member.wait()
    while time.monotonic() - killed < 10:
        described = wire.consumer_group_describe(broker.bootstrap, group)
        if described["state"] == "Empty":
            break
        time.sleep(0.1)
    took = time.monotonic() - killed
    assert described["state"] == "Empty" and not described["members"], described
    # 3 s of session, plus up to one heartbeat interval since the last heartbeat and a timer tick.
    assert 2.0 <= took <= 5.0, f"the member was fenced {took:.1f}s after it died"


# ---------------------------------------------------------------- 8: the `sluice group` CLI


def sluice(broker, *args, check=True):
    done = subprocess.run(
        [str(sluice_binary()), "group", *args, "--bootstrap-server", broker.bootstrap, "--request-timeout-ms", "10000"],
        capture_output=True, text=True, timeout=30,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"sluice group {' '.join(args)} exited {done.returncode}: {done.stderr}{done.stdout}")
    return done


def test_cli_list_describe_lag_and_reset(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=PARTS)
    produce_spread(broker.bootstrap, topic_name, PARTS, PER_PART)
    group = group_name()
    m = Member(broker.bootstrap, group, topic_name, "cli-member", commit_each=False)
    try:
        consumed = 0
        deadline = time.monotonic() + SETTLE_S
        while consumed < PARTS * HALF and time.monotonic() < deadline:
            msg = m.consumer.poll(0.05)
            if msg is not None and not msg.error() and msg.offset() < HALF:
                m.consumer.commit(message=msg, asynchronous=False)
                consumed += 1
        assert consumed == PARTS * HALF

        listing = json.loads(sluice(broker, "list", "--json").stdout)
        mine = [g for g in listing if g["group"] == group]
        assert len(mine) == 1 and mine[0]["state"] == "Stable" and mine[0]["type"].lower() == "classic", listing
        assert mine[0]["protocol_type"] == "consumer"

        described = json.loads(sluice(broker, "describe", group, "--json").stdout)
        assert described["state"] == "Stable"
        assert [x["client_id"] for x in described["members"]] == ["cli-member"]
        assert sorted(p["partition"] for p in described["members"][0]["assignment"]) == list(range(PARTS))
        rows = {o["partition"]: o for o in described["offsets"] if o["topic"] == topic_name}
        assert sorted(rows) == list(range(PARTS))
        for row in rows.values():
            assert (row["current_offset"], row["log_end_offset"], row["lag"]) == (HALF, PER_PART, PER_PART - HALF), row
            assert row["member_id"] == described["members"][0]["member_id"]

        # Resetting or deleting an active group's offsets of a topic it consumes is refused.
        refused = sluice(broker, "reset-offsets", group, "--topic", topic_name, "--to-earliest", "--execute", check=False)
        assert refused.returncode != 0
        refused = sluice(broker, "delete-offsets", group, "--topic", topic_name, check=False)
        assert refused.returncode != 0 and "GROUP_SUBSCRIBED_TO_TOPIC" in refused.stderr + refused.stdout, refused
        refused = sluice(broker, "delete", group, check=False)
        assert refused.returncode != 0 and "NON_EMPTY_GROUP" in refused.stderr + refused.stdout, refused
        described = json.loads(sluice(broker, "describe", group, "--json").stdout)
        assert sorted((o["partition"], o["current_offset"]) for o in described["offsets"]) == [(p, HALF) for p in range(PARTS)]
    finally:
        m.close()

    listing = json.loads(sluice(broker, "list", "--json", "--state", "Empty").stdout)
    assert group in {g["group"] for g in listing}, listing

    plan = json.loads(sluice(broker, "reset-offsets", group, "--topic", topic_name, "--to-earliest", "--execute", "--json").stdout)
    assert plan["executed"] is True
    assert sorted((e["partition"], e["new_offset"]) for e in plan["offsets"]) == [(p, 0) for p in range(PARTS)]

    described = json.loads(sluice(broker, "describe", group, "--json").stdout)
    assert described["state"] == "Empty" and described["members"] == []
    assert sorted((o["partition"], o["current_offset"], o["lag"]) for o in described["offsets"]) == [(p, 0, PER_PART) for p in range(PARTS)]

    # "latest" for offsets the group lacks: reading from 0 proves the reset was committed.
    again = Member(broker.bootstrap, group, topic_name, "cli-again", commit_each=False, **{"auto.offset.reset": "latest"})
    try:
        poll_until([again], lambda: len(again.records) >= PARTS * PER_PART, SETTLE_S, "a re-read from 0")
        offsets = sorted((p, o) for p, o, _ in again.records)
        assert offsets == [(p, o) for p in range(PARTS) for o in range(PER_PART)]
    finally:
        again.close()

    # Inactive again: one partition's offset can go, then the whole group.
    deleted = sluice(broker, "delete-offsets", group, "--topic", f"{topic_name}:0", "--json")
    assert json.loads(deleted.stdout) == [{"topic": topic_name, "partition": 0, "error": ""}]
    described = json.loads(sluice(broker, "describe", group, "--json").stdout)
    assert sorted(o["partition"] for o in described["offsets"]) == list(range(1, PARTS))
    deleted = sluice(broker, "delete", group, "--json")
    assert json.loads(deleted.stdout) == [{"group": group, "deleted": True, "error": ""}]
    assert group not in {g["group"] for g in json.loads(sluice(broker, "list", "--json").stdout)}
    assert sluice(broker, "describe", group, check=False).returncode != 0
