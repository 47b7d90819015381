"""Every client reads what every other client wrote: keys, values, headers and offsets must agree."""

import pytest

from clients import CONSUMERS, PRODUCERS, Message, consume, create_topic, produce, sample_messages


def messages_for(producer: str, consumer: str) -> list[Message]:
    if producer == "kcat":
        # kcat -P sends the same headers with every line and only text.
        return [Message(f"key-{i}".encode(), f"from kcat {i}".encode(), (("producer", b"kcat"), ("n", b"1")))
                for i in range(15)]
    if consumer == "kcat":
        # kcat -J prints strings, so keep it printable; still vary null keys, empty values and headers.
        return [
            Message(None if i % 4 == 1 else f"key-{i}".encode(), b"" if i == 6 else f"value {i}".encode(),
                    () if i % 3 == 0 else (("producer", producer.encode()), ("i", str(i).encode())))
            for i in range(15)
        ]
    return sample_messages(15, prefix=producer)


@pytest.mark.parametrize("consumer", CONSUMERS)
@pytest.mark.parametrize("producer", PRODUCERS)
def test_cross_client(broker, topic_name, producer, consumer):
    create_topic(broker.bootstrap, topic_name, partitions=2)
    messages = messages_for(producer, consumer)
    # Two batches into partition 1, so offsets continue across produce requests.
    produce(producer, broker.bootstrap, topic_name, messages[:5], partition=1, codec="lz4")
    produce(producer, broker.bootstrap, topic_name, messages[5:], partition=1, codec="none")

    records = consume(consumer, broker.bootstrap, topic_name, len(messages), partition=1)
    assert [(r.partition, r.offset) for r in records] == [(1, i) for i in range(len(messages))]
    assert [r.message() for r in records] == messages

    # Reading from the middle starts exactly there.
    tail = consume(consumer, broker.bootstrap, topic_name, len(messages) - 7, partition=1, offset=7)
    assert [r.offset for r in tail] == list(range(7, len(messages)))
    assert [r.message() for r in tail] == messages[7:]
