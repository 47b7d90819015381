"""ListOffsets: earliest/latest (watermarks) and offsets by timestamp, through each client."""

import asyncio
import time

import aiokafka
import kafka
from confluent_kafka import OFFSET_BEGINNING, OFFSET_END, TopicPartition

from clients import Message, confluent_consumer, create_topic, produce, watermarks

BASE = 1_700_000_000_000


def timed_messages(count: int, step: int = 1000):
    return [Message(f"k{i}".encode(), f"v{i}".encode(), (), BASE + step * i) for i in range(count)]


def test_watermarks_of_empty_and_filled_partitions(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=2)
    assert watermarks(broker.bootstrap, topic_name, 0) == (0, 0)
    produce("confluent", broker.bootstrap, topic_name, timed_messages(7), partition=0)
    produce("confluent", broker.bootstrap, topic_name, timed_messages(3), partition=0)
    assert watermarks(broker.bootstrap, topic_name, 0) == (0, 10)
    assert watermarks(broker.bootstrap, topic_name, 1) == (0, 0)


def test_confluent_offsets_for_times(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, timed_messages(10))
    consumer = confluent_consumer(broker.bootstrap)
    try:
        queries = {
            BASE - 5000: 0,          # before everything: the first offset
            BASE: 0,                 # exactly the first timestamp
            BASE + 3000: 3,          # exactly a record's timestamp
            BASE + 3500: 4,          # between records: the next one at or after it
            BASE + 9000: 9,          # the last record
            BASE + 9001: -1,         # after everything: no offset
        }
        for ts, expected in queries.items():
            [result] = consumer.offsets_for_times([TopicPartition(topic_name, 0, ts)], timeout=10)
            assert result.error is None, result.error
            assert result.offset == expected, f"timestamp {ts - BASE:+d}: offset {result.offset}, expected {expected}"
    finally:
        consumer.close()


def test_confluent_offsets_for_times_across_batches_with_unordered_timestamps(broker, topic_name):
    """The first offset whose timestamp is >= the target, even when the log's timestamps go back and forth."""
    create_topic(broker.bootstrap, topic_name)
    stamps = [BASE + 5000, BASE + 1000, BASE + 9000, BASE + 2000, BASE + 7000]
    for i, ts in enumerate(stamps):  # one batch per message
        produce("confluent", broker.bootstrap, topic_name, [Message(b"k", f"v{i}".encode(), (), ts)])
    consumer = confluent_consumer(broker.bootstrap)
    try:
        for target, expected in {BASE: 0, BASE + 6000: 2, BASE + 8000: 2, BASE + 9000: 2, BASE + 9500: -1}.items():
            [result] = consumer.offsets_for_times([TopicPartition(topic_name, 0, target)], timeout=10)
            assert result.offset == expected, f"timestamp {target - BASE:+d}: offset {result.offset}, expected {expected}"
    finally:
        consumer.close()


def test_kafka_python_offsets(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("kafka-python", broker.bootstrap, topic_name, timed_messages(6))
    consumer = kafka.KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None, request_timeout_ms=10000)
    try:
        tp = kafka.TopicPartition(topic_name, 0)
        assert consumer.beginning_offsets([tp]) == {tp: 0}
        assert consumer.end_offsets([tp]) == {tp: 6}
        found = consumer.offsets_for_times({tp: BASE + 2500})[tp]
        assert (found.offset, found.timestamp) == (3, BASE + 3000)
        assert consumer.offsets_for_times({tp: BASE + 60_000})[tp] is None
    finally:
        consumer.close()


def test_aiokafka_offsets(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("aiokafka", broker.bootstrap, topic_name, timed_messages(6))

    async def run():
        consumer = aiokafka.AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None, request_timeout_ms=10000)
        await consumer.start()
        try:
            tp = aiokafka.TopicPartition(topic_name, 0)
            assert await consumer.beginning_offsets([tp]) == {tp: 0}
            assert await consumer.end_offsets([tp]) == {tp: 6}
            found = (await consumer.offsets_for_times({tp: BASE + 4000}))[tp]
            assert (found.offset, found.timestamp) == (4, BASE + 4000)
            assert (await consumer.offsets_for_times({tp: BASE + 60_000}))[tp] is None
        finally:
            await consumer.stop()

    asyncio.run(run())


def first_record(consumer, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg = consumer.poll(0.2)
        if msg is not None and not msg.error():
            return msg
    return None


def test_confluent_assign_at_beginning(broker, topic_name):
    """OFFSET_BEGINNING (-2) resolves to the log start offset."""
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, timed_messages(4))
    consumer = confluent_consumer(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, OFFSET_BEGINNING)])
        msg = first_record(consumer)
        assert msg is not None and msg.offset() == 0
    finally:
        consumer.close()


def test_confluent_assign_at_end(broker, topic_name):
    """OFFSET_END (-1) resolves to the high watermark: only what is produced afterwards is read."""
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, timed_messages(4))
    consumer = confluent_consumer(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, OFFSET_END)])
        # When the consumer resolves OFFSET_END is not observable, so keep adding late records
        # until one arrives: the first must be a late one, never offsets 0-3.
        msg = None
        for attempt in range(10):
            produce("confluent", broker.bootstrap, topic_name, [Message(b"late", f"late-{attempt}".encode())])
            msg = first_record(consumer, timeout=1.0)
            if msg is not None:
                break
        assert msg is not None, "nothing read after OFFSET_END"
        assert msg.offset() >= 4 and msg.value().startswith(b"late-")
    finally:
        consumer.close()
