"""Restarts: a clean SIGTERM keeps everything; a SIGKILL during acks=all produce keeps everything
that was acknowledged, with dense offsets after recovery."""

import logging
import time

from clients import (
    Message, admin, confluent_producer, consume_confluent, create_topic, produce, sample_messages, watermarks,
)

QUIET = logging.getLogger("librdkafka.killed-broker")
QUIET.setLevel(logging.CRITICAL)


def test_sigterm_restart_keeps_every_message(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=3, config={"retention.ms": "86400000"})
    sent = {}
    for partition in range(3):
        sent[partition] = sample_messages(20 + partition, prefix=f"p{partition}")
        produce("confluent", broker.bootstrap, topic_name, sent[partition], partition=partition, codec="snappy")

    assert broker.stop() == 0, f"sluice exited non-zero on SIGTERM:\n{broker.log_tail()}"
    broker.start()

    metadata = admin(broker.bootstrap).list_topics(timeout=10)
    assert topic_name in metadata.topics and len(metadata.topics[topic_name].partitions) == 3
    for partition, messages in sent.items():
        assert watermarks(broker.bootstrap, topic_name, partition) == (0, len(messages))
        records = consume_confluent(broker.bootstrap, topic_name, len(messages), partition=partition)
        assert [r.offset for r in records] == list(range(len(messages)))
        assert [r.message() for r in records] == messages

    # The log continues where it stopped.
    more = [Message(b"after", b"restart")]
    produce("confluent", broker.bootstrap, topic_name, more, partition=1)
    records = consume_confluent(broker.bootstrap, topic_name, 1, partition=1, offset=len(sent[1]))
    assert [(r.offset, r.value) for r in records] == [(len(sent[1]), b"restart")]


def test_sigkill_during_acks_all_produce_keeps_acknowledged_messages(broker, topic_name):
    partitions = 2
    create_topic(broker.bootstrap, topic_name, partitions=partitions)
    producer = confluent_producer(broker.bootstrap, **{
        "acks": "all",
        "linger.ms": 1,
        "batch.num.messages": 10,
        "message.timeout.ms": 3000,
        "socket.timeout.ms": 2000,
        # Its reconnect attempts to the killed broker would fill the failure report.
        "logger": QUIET,
    })
    acked = {p: [] for p in range(partitions)}  # partition -> [(offset, value)]
    failed = []

    def on_delivery(error, msg):
        if error is None:
            acked[msg.partition()].append((msg.offset(), msg.value()))
        else:
            failed.append(error)

    killed_after = None
    i = 0
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if killed_after is None and sum(map(len, acked.values())) >= 300:
            # Mid-stream: more requests are in flight at this moment.
            broker.kill()
            killed_after = i
        if killed_after is not None and i >= killed_after + 200:
            break
        try:
            producer.produce(topic_name, value=f"msg-{i}".encode(), partition=i % partitions, on_delivery=on_delivery)
            i += 1
        except BufferError:
            pass
        producer.poll(0.001 if killed_after is None else 0)
    assert killed_after is not None, f"only {sum(map(len, acked.values()))} acks in 30s"
    producer.flush(6)  # the rest times out against the dead broker
    producer.purge()
    producer.flush(1)
    acknowledged = {p: dict(entries) for p, entries in acked.items()}
    total_acked = sum(map(len, acknowledged.values()))
    assert total_acked >= 300

    broker.start()
    for partition in range(partitions):
        low, high = watermarks(broker.bootstrap, topic_name, partition)
        assert low == 0
        highest_acked = max(acknowledged[partition], default=-1)
        assert high > highest_acked, (
            f"partition {partition}: high watermark {high} after recovery, but offsets up to {highest_acked} "
            f"were acknowledged ({len(acknowledged[partition])} messages)"
        )
        records = consume_confluent(broker.bootstrap, topic_name, high, partition=partition, timeout=20)
        # Dense: every offset below the high watermark is readable, none skipped.
        assert [r.offset for r in records] == list(range(high)), f"partition {partition} not dense"
        stored = {r.offset: r.value for r in records}
        lost = {o: v for o, v in acknowledged[partition].items() if stored.get(o) != v}
        assert not lost, f"partition {partition}: {len(lost)} acknowledged messages lost or moved, e.g. {sorted(lost.items())[:5]}"
        # Nothing beyond what this producer sent.
        assert all(v.startswith(b"msg-") for v in stored.values())

    # And the recovered log accepts new writes at the end.
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"after-recovery")], partition=0)
    low, high = watermarks(broker.bootstrap, topic_name, 0)
    [record] = consume_confluent(broker.bootstrap, topic_name, 1, partition=0, offset=high - 1)
    assert record.value == b"after-recovery"


def test_sigkill_when_idle_keeps_every_acknowledged_message(broker, topic_name):
    """No request in flight at the kill: recovery alone must bring back every acknowledged record."""
    create_topic(broker.bootstrap, topic_name)
    messages = sample_messages(40)
    offsets = produce("confluent", broker.bootstrap, topic_name, messages)
    assert offsets == list(range(40))
    assert watermarks(broker.bootstrap, topic_name) == (0, 40)

    broker.kill()
    broker.start()
    assert watermarks(broker.bootstrap, topic_name) == (0, 40)
    records = consume_confluent(broker.bootstrap, topic_name, 40)
    assert [r.message() for r in records] == messages
