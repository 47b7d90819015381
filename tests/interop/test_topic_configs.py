"""What topic configs do to produced data: compression.type, message.timestamp.type and bounds."""

import time

import pytest
from confluent_kafka import TIMESTAMP_CREATE_TIME, TIMESTAMP_LOG_APPEND_TIME, KafkaError, TopicPartition

from clients import (
    Message, confluent_consumer, confluent_producer, consume, create_topic, produce, watermarks,
)

MARKER = b"plain-text-marker-" * 1000


def stored_bytes(broker) -> bytes:
    return b"".join(p.read_bytes() for p in broker.data_dir.rglob("*.log") if p.is_file())


@pytest.mark.parametrize("consumer", ["confluent", "kafka-python", "aiokafka"])
def test_topic_compression_recompresses_what_producers_send(broker, topic_name, consumer):
    create_topic(broker.bootstrap, topic_name, config={"compression.type": "gzip"})
    messages = [Message(b"k1", MARKER, (("h", b"1"),)), Message(None, b"second")]
    produce("confluent", broker.bootstrap, topic_name, messages, codec="none")
    assert MARKER[:200] not in stored_bytes(broker), "compression.type=gzip but the batch was stored uncompressed"
    records = consume(consumer, broker.bootstrap, topic_name, 2)
    assert [r.message() for r in records] == messages
    assert [r.offset for r in records] == [0, 1]


def test_topic_compression_uncompressed_decompresses(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, config={"compression.type": "uncompressed"})
    produce("kafka-python", broker.bootstrap, topic_name, [Message(b"k", MARKER)], codec="zstd")
    assert MARKER in stored_bytes(broker), "compression.type=uncompressed but the stored batch is compressed"
    assert [r.value for r in consume("aiokafka", broker.bootstrap, topic_name, 1)] == [MARKER]


def test_log_append_time_replaces_the_producers_timestamp(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, config={"message.timestamp.type": "LogAppendTime"})
    before = int(time.time() * 1000)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", f"v{i}".encode(), (), 1_000_000 + i) for i in range(3)])
    after = int(time.time() * 1000)

    consumer = confluent_consumer(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        seen = []
        deadline = time.monotonic() + 10
        while len(seen) < 3 and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and not msg.error():
                seen.append(msg.timestamp())
    finally:
        consumer.close()
    assert len(seen) == 3
    for kind, ts in seen:
        assert kind == TIMESTAMP_LOG_APPEND_TIME
        assert before - 1000 <= ts <= after + 1000, f"append time {ts} outside [{before}, {after}]"


def test_create_time_is_kept_by_default(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"v", (), 1_234_567_890_123)])
    consumer = confluent_consumer(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        deadline = time.monotonic() + 10
        msg = None
        while time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and not msg.error():
                break
        assert msg is not None and msg.timestamp() == (TIMESTAMP_CREATE_TIME, 1_234_567_890_123)
    finally:
        consumer.close()


def test_timestamp_too_old_is_refused(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, config={"message.timestamp.before.max.ms": "3600000"})
    producer = confluent_producer(broker.bootstrap, **{"message.timeout.ms": 5000})
    reports = []
    two_days_ago = int(time.time() * 1000) - 2 * 86_400_000
    producer.produce(topic_name, b"old", partition=0, timestamp=two_days_ago, on_delivery=lambda e, m: reports.append(e))
    assert producer.flush(10) == 0
    assert len(reports) == 1 and reports[0] is not None and reports[0].code() == KafkaError.INVALID_TIMESTAMP, reports
    assert watermarks(broker.bootstrap, topic_name) == (0, 0)
    # A record stamped now is within the bound (message.timestamp.after.max.ms left at its default).
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"now")])
    assert watermarks(broker.bootstrap, topic_name) == (0, 1)
