"""Producing and consuming with each real client, in one shape the tests can compare.

A message to produce is `Message(key, value, headers)`; a consumed one is a `Record` that adds the
partition, offset and timestamp. Consumers read by explicit assignment (no consumer groups) from a
given offset until they have `count` records or time runs out.
"""

import asyncio
import json
import logging
import subprocess
import time
from dataclasses import dataclass, field

import aiokafka
import kafka
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
PRODUCERS = ["confluent", "kafka-python", "aiokafka", "kcat"]
CONSUMERS = ["confluent", "kafka-python", "aiokafka", "kcat"]

# librdkafka defaults are tuned for real clusters; these keep each test short on loopback. Its log
# goes through Python logging (delivered on poll), so pytest shows it with the test that failed
# instead of every client writing to stderr until it is garbage collected.
FAST_LIBRDKAFKA = {
    "logger": logging.getLogger("librdkafka"),
    "broker.address.family": "v4",
    "socket.timeout.ms": 5000,
    "reconnect.backoff.ms": 50,
    "reconnect.backoff.max.ms": 500,
    "retry.backoff.ms": 50,
    "retry.backoff.max.ms": 500,
    "topic.metadata.refresh.fast.interval.ms": 50,
}


@dataclass(frozen=True)
class Message:
    key: bytes | None
    value: bytes | None
    headers: tuple = ()  # ((name: str, value: bytes), ...)
    timestamp: int | None = None  # CreateTime in ms, None to let the client choose


@dataclass(frozen=True)
class Record:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple = ()
    timestamp: int | None = field(default=None, compare=False)

    def message(self) -> Message:
        return Message(self.key, self.value, self.headers)


class DeliveryFailed(Exception):
    pass


# ---------------------------------------------------------------- admin


def admin(bootstrap: str) -> AdminClient:
    return AdminClient({"bootstrap.servers": bootstrap, **FAST_LIBRDKAFKA})


def create_topic(bootstrap: str, name: str, partitions: int = 1, config: dict | None = None, timeout: float = 10):
    """Creates a topic with confluent-kafka's admin client and waits for the result (raises on error)."""
    client = admin(bootstrap)  # must outlive the future: destroying the handle fails it
    futures = client.create_topics(
        [NewTopic(name, num_partitions=partitions, replication_factor=1, config=config or {})],
        operation_timeout=timeout,
        request_timeout=timeout,
    )
    futures[name].result(timeout)
    return name


def sample_messages(count: int, prefix: str = "m", headers: bool = True) -> list[Message]:
    """Keys, values and headers that vary: a null key, an empty value, binary bytes, repeated header names."""
    messages = []
    for i in range(count):
        key = None if i % 7 == 3 else f"key-{i}".encode()
        value = b"" if i % 11 == 5 else f"{prefix}-{i}-".encode() + bytes(range(256))[: (i * 37) % 200] * 3
        hdrs = ()
        if headers and i % 3 != 2:
            hdrs = (("trace", f"t{i}".encode()), ("bin", bytes([0, 255, i % 256])))
            if i % 5 == 0:
                hdrs += (("trace", b"again"),)
        messages.append(Message(key, value, hdrs))
    return messages


def text_messages(count: int, prefix: str = "line") -> list[Message]:
    """Printable messages for kcat, which reads lines and writes JSON strings."""
    return [Message(f"k{i}".encode(), f"{prefix}-{i} with some text".encode(), ()) for i in range(count)]


# ---------------------------------------------------------------- producers


def produce(client: str, bootstrap: str, topic: str, messages, partition: int = 0, codec: str = "none", **options):
    return {
        "confluent": produce_confluent,
        "kafka-python": produce_kafka_python,
        "aiokafka": produce_aiokafka,
        "kcat": produce_kcat,
    }[client](bootstrap, topic, messages, partition=partition, codec=codec, **options)


def confluent_producer(bootstrap: str, **config) -> Producer:
    return Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, "message.timeout.ms": 15000, **FAST_LIBRDKAFKA, **config})


def produce_confluent(bootstrap, topic, messages, partition=0, codec="none", config=None, timeout=20):
    """Produces and waits for every delivery report; returns the offsets, raises DeliveryFailed on any error."""
    producer = confluent_producer(bootstrap, **{"compression.type": codec, "acks": "all", **(config or {})})
    results = [None] * len(messages)

    def report(index):
        def on_delivery(error, msg):
            results[index] = error if error is not None else msg.offset()

        return on_delivery

    for i, m in enumerate(messages):
        kwargs = {}
        if m.timestamp is not None:
            kwargs["timestamp"] = m.timestamp
        producer.produce(
            topic, value=m.value, key=m.key, headers=list(m.headers) or None, partition=partition,
            on_delivery=report(i), **kwargs,
        )
        producer.poll(0)
    remaining = producer.flush(timeout)
    if remaining:
        raise DeliveryFailed(f"{remaining} messages still undelivered after {timeout}s")
    errors = [r for r in results if not isinstance(r, int)]
    if errors:
        raise DeliveryFailed(f"{len(errors)} of {len(messages)} deliveries failed, first: {errors[0]!r}")
    return results


def produce_kafka_python(bootstrap, topic, messages, partition=0, codec="none", timeout=20):
    producer = kafka.KafkaProducer(
        bootstrap_servers=bootstrap,
        compression_type=None if codec == "none" else codec,
        acks="all",
        linger_ms=5,
        request_timeout_ms=10000,
        max_block_ms=10000,
        retry_backoff_ms=50,
    )
    try:
        futures = [
            producer.send(
                topic, value=m.value, key=m.key, headers=list(m.headers), partition=partition, timestamp_ms=m.timestamp
            )
            for m in messages
        ]
        producer.flush(timeout)
        return [f.get(timeout).offset for f in futures]
    finally:
        producer.close(5)


def produce_aiokafka(bootstrap, topic, messages, partition=0, codec="none", timeout=20):
    async def run():
        producer = aiokafka.AIOKafkaProducer(
            bootstrap_servers=bootstrap,
            compression_type=None if codec == "none" else codec,
            acks="all",
            linger_ms=5,
            request_timeout_ms=10000,
            retry_backoff_ms=50,
        )
        await producer.start()
        try:
            futures = [
                await producer.send(
                    topic, value=m.value, key=m.key, headers=list(m.headers) or None, partition=partition,
                    timestamp_ms=m.timestamp,
                )
                for m in messages
            ]
            metadata = await asyncio.wait_for(asyncio.gather(*futures), timeout)
            return [md.offset for md in metadata]
        finally:
            await producer.stop()

    return asyncio.run(run())


def produce_kcat(bootstrap, topic, messages, partition=0, codec="none", timeout=20):
    """kcat -P: one message per line, key before ':'; headers (-H) apply to every message."""
    headers = messages[0].headers if messages else ()
    for m in messages:
        assert m.headers == headers, "kcat gives every message the same headers"
        assert m.key is not None and b":" not in m.key and b"\n" not in (m.value or b"") + m.key
    args = ["kcat", "-b", bootstrap, "-P", "-t", topic, "-p", str(partition), "-K", ":", "-z", codec,
            "-X", "message.timeout.ms=15000", "-X", "broker.address.family=v4", "-X", "acks=all"]
    for name, value in headers:
        args += ["-H", f"{name}={value.decode()}"]
    data = b"".join(m.key + b":" + (m.value or b"") + b"\n" for m in messages)
    done = subprocess.run(args, input=data, capture_output=True, timeout=timeout)
    if done.returncode != 0:
        raise DeliveryFailed(f"kcat -P exited {done.returncode}: {done.stderr.decode(errors='replace')}")


# ---------------------------------------------------------------- consumers


def consume(client: str, bootstrap: str, topic: str, count: int, partition: int = 0, offset: int = 0, timeout: float = 15):
    return {
        "confluent": consume_confluent,
        "kafka-python": consume_kafka_python,
        "aiokafka": consume_aiokafka,
        "kcat": consume_kcat,
    }[client](bootstrap, topic, count, partition=partition, offset=offset, timeout=timeout)


def confluent_consumer(bootstrap: str, **config) -> Consumer:
    # librdkafka insists on a group.id; with assign() and no commits no group is ever joined.
    return Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "interop-unused",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "fetch.wait.max.ms": 50,
        "fetch.error.backoff.ms": 50,
        **FAST_LIBRDKAFKA,
        **config,
    })


def consume_confluent(bootstrap, topic, count, partition=0, offset=0, timeout=15, partitions=None):
    """Reads `count` records from the given partitions (default: just `partition`) starting at `offset`."""
    consumer = confluent_consumer(bootstrap)
    parts = partitions if partitions is not None else [partition]
    consumer.assign([TopicPartition(topic, p, offset) for p in parts])
    records = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < count and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    continue
                raise AssertionError(f"confluent consumer error: {msg.error()}")
            records.append(Record(
                msg.partition(), msg.offset(), msg.key(), msg.value(),
                tuple(msg.headers() or ()), msg.timestamp()[1],
            ))
    finally:
        consumer.close()
    return records


def consume_kafka_python(bootstrap, topic, count, partition=0, offset=0, timeout=15):
    consumer = kafka.KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        request_timeout_ms=10000,
        retry_backoff_ms=50,
    )
    tp = kafka.TopicPartition(topic, partition)
    consumer.assign([tp])
    consumer.seek(tp, offset)
    records = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < count and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                for r in batch:
                    records.append(Record(
                        r.partition, r.offset, r.key, r.value,
                        tuple((k, v) for k, v in (r.headers or [])), r.timestamp,
                    ))
    finally:
        consumer.close()
    return records


def consume_aiokafka(bootstrap, topic, count, partition=0, offset=0, timeout=15):
    async def run():
        consumer = aiokafka.AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            group_id=None,
            enable_auto_commit=False,
            fetch_max_wait_ms=50,
            request_timeout_ms=10000,
            retry_backoff_ms=50,
        )
        await consumer.start()
        tp = aiokafka.TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        records = []
        deadline = time.monotonic() + timeout
        try:
            while len(records) < count and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=200)
                for batch in batches.values():
                    for r in batch:
                        records.append(Record(
                            r.partition, r.offset, r.key, r.value,
                            tuple((k, v) for k, v in (r.headers or ())), r.timestamp,
                        ))
        finally:
            await consumer.stop()
        return records

    return asyncio.run(run())


def consume_kcat(bootstrap, topic, count, partition=0, offset=0, timeout=15):
    """kcat -C -e -J: reads to the end of the partition and exits; JSON strings, so text payloads only."""
    args = ["kcat", "-b", bootstrap, "-C", "-t", topic, "-p", str(partition), "-o", str(offset), "-e", "-J",
            "-c", str(count), "-X", "broker.address.family=v4", "-X", "fetch.wait.max.ms=50"]
    done = subprocess.run(args, capture_output=True, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(f"kcat -C exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    records = []
    for line in done.stdout.decode().splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        flat = doc.get("headers") or []
        headers = tuple((flat[i], None if flat[i + 1] is None else flat[i + 1].encode()) for i in range(0, len(flat), 2))
        records.append(Record(
            doc["partition"], doc["offset"],
            None if doc["key"] is None else doc["key"].encode(),
            None if doc["payload"] is None else doc["payload"].encode(),
            headers, doc.get("ts"),
        ))
    return records


def watermarks(bootstrap: str, topic: str, partition: int = 0, timeout: float = 10) -> tuple[int, int]:
    """(low, high) from ListOffsets earliest/latest, via confluent-kafka."""
    consumer = confluent_consumer(bootstrap)
    try:
        return consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=timeout, cached=False)
    finally:
        consumer.close()
