"""Records at the edges of the format: null versus empty keys and values, null header values,
non-ASCII header names, a value near the default size limit, and many small batches."""

import os

import pytest

from clients import Message, consume, create_topic, produce, watermarks

EDGE = [
    Message(None, None),                       # tombstone with no key
    Message(b"", b""),                         # empty, not null
    Message(b"k", None, (("null-value", None),)),
    Message(None, b"v", (("empty", b""), ("ünïcödé-名前", "värde".encode()))),
    Message(b"\x00\xff" * 10, b"\x00" * 100, (("dup", b"1"), ("dup", b"2"), ("dup", b"3"))),
]


@pytest.mark.parametrize("consumer", ["confluent", "kafka-python", "aiokafka"])
@pytest.mark.parametrize("producer", ["confluent", "kafka-python", "aiokafka"])
def test_null_and_empty_are_kept_apart(broker, topic_name, producer, consumer):
    create_topic(broker.bootstrap, topic_name)
    # kafka-python's and aiokafka's send() refuse a record with neither key nor value, and
    # kafka-python a null header value.
    messages = EDGE if producer == "confluent" else EDGE[1:]
    if producer == "kafka-python":
        messages = [m for m in messages if all(v is not None for _, v in m.headers)]
    produce(producer, broker.bootstrap, topic_name, messages)
    records = consume(consumer, broker.bootstrap, topic_name, len(messages))
    assert [r.message() for r in records] == messages


@pytest.mark.parametrize("consumer", ["confluent", "kafka-python", "aiokafka"])
def test_value_near_the_default_size_limit(broker, topic_name, consumer):
    create_topic(broker.bootstrap, topic_name)
    big = os.urandom(900_000)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"big", big), Message(b"next", b"small")])
    records = consume(consumer, broker.bootstrap, topic_name, 2)
    assert [(r.offset, r.key, r.value) for r in records] == [(0, b"big", big), (1, b"next", b"small")]


@pytest.mark.parametrize("consumer", ["confluent", "kafka-python", "aiokafka"])
def test_many_small_batches(broker, topic_name, consumer):
    create_topic(broker.bootstrap, topic_name)
    messages = [Message(str(i).encode(), f"value-{i}".encode()) for i in range(3000)]
    # Several produce calls with small batches, different codecs.
    for start, codec in zip(range(0, 3000, 1000), ["none", "lz4", "zstd"]):
        produce("confluent", broker.bootstrap, topic_name, messages[start:start + 1000], codec=codec,
                config={"batch.num.messages": 37})
    assert watermarks(broker.bootstrap, topic_name) == (0, 3000)
    records = consume(consumer, broker.bootstrap, topic_name, 3000, timeout=30)
    assert [r.offset for r in records] == list(range(3000))
    assert [r.message() for r in records] == messages
