"""An idempotent producer (enable.idempotence=True) writes every message exactly once, densely."""

import collections

from clients import Message, confluent_producer, consume_confluent, create_topic, watermarks


def test_idempotent_producer_writes_once_and_densely(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=2)
    producer = confluent_producer(broker.bootstrap, **{
        "enable.idempotence": True,
        "linger.ms": 2,
        "batch.num.messages": 20,
        "compression.type": "lz4",
    })
    delivered = []
    errors = []

    def on_delivery(error, msg):
        (errors if error else delivered).append(error or (msg.partition(), msg.offset(), msg.value()))

    total = 400
    for i in range(total):
        producer.produce(topic_name, key=f"k{i}".encode(), value=f"v{i}".encode(), partition=i % 2,
                         on_delivery=on_delivery)
        producer.poll(0)
    assert producer.flush(20) == 0
    assert errors == []
    assert len(delivered) == total

    for partition in (0, 1):
        expected = [f"v{i}".encode() for i in range(partition, total, 2)]
        assert watermarks(broker.bootstrap, topic_name, partition) == (0, len(expected))
        records = consume_confluent(broker.bootstrap, topic_name, len(expected), partition=partition)
        assert [r.offset for r in records] == list(range(len(expected)))
        assert [r.value for r in records] == expected  # in order, each once
        reported = sorted((o, v) for p, o, v in delivered if p == partition)
        assert reported == [(r.offset, r.value) for r in records]
    counts = collections.Counter(v for _, _, v in delivered)
    assert max(counts.values()) == 1
