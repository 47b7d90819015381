"""A record batch larger than the topic's max.message.bytes is refused with MESSAGE_TOO_LARGE."""

import os

import kafka
import kafka.errors
import pytest
from confluent_kafka import KafkaError

from clients import Message, confluent_producer, consume, create_topic, produce, produce_confluent, watermarks


def test_confluent_message_too_large(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, config={"max.message.bytes": "2048"})
    # The producer's own limit is far above the topic's, so only the broker can refuse it.
    producer = confluent_producer(broker.bootstrap, **{"message.max.bytes": 1_000_000, "message.timeout.ms": 5000})
    reports = []
    producer.produce(topic_name, os.urandom(10_000), partition=0, on_delivery=lambda err, msg: reports.append(err))
    assert producer.flush(10) == 0
    assert len(reports) == 1 and reports[0] is not None, reports
    assert reports[0].code() == KafkaError.MSG_SIZE_TOO_LARGE, reports[0]
    assert watermarks(broker.bootstrap, topic_name) == (0, 0)

    # Below the limit is fine, and lands at offset 0.
    assert produce_confluent(broker.bootstrap, topic_name, [Message(b"small", os.urandom(500))]) == [0]


def test_kafka_python_message_too_large(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, config={"max.message.bytes": "2048"})
    producer = kafka.KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", request_timeout_ms=10000)
    try:
        future = producer.send(topic_name, value=os.urandom(10_000), partition=0)
        with pytest.raises(kafka.errors.MessageSizeTooLargeError):
            future.get(15)
    finally:
        producer.close(5)
    assert watermarks(broker.bootstrap, topic_name) == (0, 0)
    produce("kafka-python", broker.bootstrap, topic_name, [Message(None, b"fits")])
    assert [r.value for r in consume("kafka-python", broker.bootstrap, topic_name, 1)] == [b"fits"]
