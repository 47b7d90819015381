"""Each client reads back what it wrote, with keys, headers, timestamps and every compression codec."""

import pytest

from clients import CODECS, Message, consume, create_topic, produce, sample_messages, text_messages, watermarks


def with_timestamps(messages, base=1_700_000_000_000):
    return [Message(m.key, m.value, m.headers, base + 1000 * i) for i, m in enumerate(messages)]


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("client", ["confluent", "kafka-python", "aiokafka"])
def test_round_trip(broker, topic_name, client, codec):
    create_topic(broker.bootstrap, topic_name)
    messages = with_timestamps(sample_messages(25))
    # One large, very compressible value so the codec has real work to do.
    messages.append(Message(b"big", b"0123456789abcdef" * 4096, (("size", b"65536"),), messages[-1].timestamp + 1))

    produce(client, broker.bootstrap, topic_name, messages, codec=codec)
    records = consume(client, broker.bootstrap, topic_name, len(messages))

    assert [r.offset for r in records] == list(range(len(messages)))
    assert [r.message() for r in records] == [Message(m.key, m.value, m.headers) for m in messages]
    assert [r.timestamp for r in records] == [m.timestamp for m in messages]


@pytest.mark.parametrize("codec", CODECS)
def test_kcat_round_trip(broker, topic_name, codec):
    create_topic(broker.bootstrap, topic_name)
    messages = [Message(m.key, m.value, (("origin", b"kcat"), ("codec", codec.encode()))) for m in text_messages(20)]

    produce("kcat", broker.bootstrap, topic_name, messages, codec=codec)
    records = consume("kcat", broker.bootstrap, topic_name, len(messages))

    assert [r.offset for r in records] == list(range(len(messages)))
    assert [r.message() for r in records] == messages


@pytest.mark.parametrize("partition", [0, 2])
def test_keys_and_values_land_in_the_partition_asked_for(broker, topic_name, partition):
    create_topic(broker.bootstrap, topic_name, partitions=3)
    messages = sample_messages(10)
    produce("confluent", broker.bootstrap, topic_name, messages, partition=partition)

    records = consume("confluent", broker.bootstrap, topic_name, len(messages), partition=partition)
    assert [(r.partition, r.offset) for r in records] == [(partition, i) for i in range(len(messages))]
    assert [r.message() for r in records] == messages
    for other in {0, 1, 2} - {partition}:
        assert watermarks(broker.bootstrap, topic_name, other) == (0, 0)


@pytest.mark.parametrize("codec", ["gzip", "zstd"])
def test_broker_keeps_the_producers_compression(broker, topic_name, codec):
    """With the default compression.type=producer, the batch is stored as the producer compressed it."""
    create_topic(broker.bootstrap, topic_name)
    marker = b"uncompressed-marker-" * 2000
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", marker)], codec=codec)
    stored = b"".join(p.read_bytes() for p in broker.data_dir.rglob("*.log") if p.is_file())
    assert stored, f"no .log files under {broker.data_dir}"
    assert marker[:200] not in stored
    assert consume("confluent", broker.bootstrap, topic_name, 1)[0].value == marker
