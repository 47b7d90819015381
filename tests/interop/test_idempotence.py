"""An idempotent producer (enable.idempotence=True) writes every message exactly once, densely."""

import asyncio
import collections

import aiokafka
import kafka
import pytest

import wire
from clients import confluent_producer, consume_confluent, create_topic, watermarks

OUT_OF_ORDER_SEQUENCE_NUMBER = 45


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


@pytest.mark.parametrize("client", ["kafka-python", "aiokafka"])
def test_idempotent_python_producers(broker, topic_name, client):
    create_topic(broker.bootstrap, topic_name)
    values = [f"v{i}".encode() for i in range(120)]
    if client == "kafka-python":
        producer = kafka.KafkaProducer(bootstrap_servers=broker.bootstrap, enable_idempotence=True, acks="all",
                                       linger_ms=2, request_timeout_ms=10000)
        try:
            futures = [producer.send(topic_name, value=v, partition=0) for v in values]
            producer.flush(20)
            offsets = [f.get(10).offset for f in futures]
        finally:
            producer.close(5)
    else:
        async def run():
            producer = aiokafka.AIOKafkaProducer(bootstrap_servers=broker.bootstrap, enable_idempotence=True,
                                                 linger_ms=2, request_timeout_ms=10000)
            await producer.start()
            try:
                futures = [await producer.send(topic_name, value=v, partition=0) for v in values]
                return [(await f).offset for f in futures]
            finally:
                await producer.stop()

        offsets = asyncio.run(run())
    assert offsets == list(range(len(values)))
    records = consume_confluent(broker.bootstrap, topic_name, len(values))
    assert [(r.offset, r.value) for r in records] == list(enumerate(values))


def test_duplicate_batch_is_written_once(broker, topic_name):
    """The same idempotent batch sent twice (a retry) is acknowledged twice but stored once."""
    create_topic(broker.bootstrap, topic_name)
    version = wire.produce_version(broker.bootstrap)
    producer_id, epoch = wire.init_producer_id(broker.bootstrap)
    assert producer_id >= 0 and epoch >= 0

    def send(batch, correlation_id):
        with wire.connect(broker.bootstrap) as s:
            s.sendall(wire.produce_request(version, correlation_id, topic_name, 0, batch))
            _, [(_, _, error_code, base_offset)] = wire.parse_produce_response(version, wire.read_frame(s))
        return error_code, base_offset

    first = wire.record_batch([b"a", b"b", b"c"], producer_id=producer_id, producer_epoch=epoch, base_sequence=0)
    assert send(first, 1) == (0, 0)
    assert send(first, 2) == (0, 0)  # duplicate: same answer, nothing appended
    assert watermarks(broker.bootstrap, topic_name) == (0, 3)

    second = wire.record_batch([b"d"], producer_id=producer_id, producer_epoch=epoch, base_sequence=3)
    assert send(second, 3) == (0, 3)

    # A gap in the sequence (expected 4) is refused: OUT_OF_ORDER_SEQUENCE_NUMBER.
    gap = wire.record_batch([b"x"], producer_id=producer_id, producer_epoch=epoch, base_sequence=9)
    assert send(gap, 4)[0] == OUT_OF_ORDER_SEQUENCE_NUMBER
    assert watermarks(broker.bootstrap, topic_name) == (0, 4)
    records = consume_confluent(broker.bootstrap, topic_name, 4)
    assert [r.value for r in records] == [b"a", b"b", b"c", b"d"]


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_duplicate_after_restart_is_still_recognised(broker, topic_name, how):
    """Producer state survives a restart (snapshot on clean shutdown, log replay after a kill):
    a retry of an acknowledged batch is still answered with its first offsets, not stored again."""
    create_topic(broker.bootstrap, topic_name)
    version = wire.produce_version(broker.bootstrap)
    producer_id, epoch = wire.init_producer_id(broker.bootstrap)

    def send(batch, correlation_id):
        with wire.connect(broker.bootstrap) as s:
            s.sendall(wire.produce_request(version, correlation_id, topic_name, 0, batch))
            _, [(_, _, error_code, base_offset)] = wire.parse_produce_response(version, wire.read_frame(s))
        return error_code, base_offset

    first = wire.record_batch([b"a", b"b"], producer_id=producer_id, producer_epoch=epoch, base_sequence=0)
    second = wire.record_batch([b"c"], producer_id=producer_id, producer_epoch=epoch, base_sequence=2)
    assert send(first, 1) == (0, 0)
    assert send(second, 2) == (0, 2)

    if how == "sigterm":
        broker.stop()
    else:
        broker.kill()
    broker.restart()

    assert send(first, 3) == (0, 0)
    assert send(second, 4) == (0, 2)
    assert watermarks(broker.bootstrap, topic_name) == (0, 3)
    # The sequence carries on where it was.
    third = wire.record_batch([b"d"], producer_id=producer_id, producer_epoch=epoch, base_sequence=3)
    assert send(third, 5) == (0, 3)
    gap = wire.record_batch([b"x"], producer_id=producer_id, producer_epoch=epoch, base_sequence=7)
    assert send(gap, 6)[0] == OUT_OF_ORDER_SEQUENCE_NUMBER
