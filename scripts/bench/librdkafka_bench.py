#!/usr/bin/env python3
"""Produce / consume benchmark with librdkafka (confluent-kafka), the counterpart of
`sluice bench produce|consume`; prints one JSON object with the same field names.

Produce latency is per message, from produce() to its delivery report (librdkafka's own
Message.latency(), taken when poll() hands the report over; poll() runs every 100 messages and
while a capped rate waits), i.e. including time in the batch (linger) and in flight.
Consume uses assign() from the earliest offset, without a consumer group.
"""

import argparse
import json
import random
import string
import sys
import time

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an ascending list; 0 when empty."""
    if not sorted_values:
        return 0.0
    rank = max(0, min(len(sorted_values) - 1, int(round(fraction * len(sorted_values) + 0.5)) - 1))
    return sorted_values[rank]


def latency_summary(seconds):
    values = sorted(seconds)
    ms = lambda v: v * 1000.0
    return {
        "count": len(values),
        "avg_ms": ms(sum(values) / len(values)) if values else 0.0,
        "p50_ms": ms(percentile(values, 0.50)),
        "p95_ms": ms(percentile(values, 0.95)),
        "p99_ms": ms(percentile(values, 0.99)),
        "p999_ms": ms(percentile(values, 0.999)),
        "max_ms": ms(values[-1]) if values else 0.0,
    }


def throughput(records, size_bytes, elapsed):
    return {
        "records": records,
        "bytes": size_bytes,
        "elapsed_seconds": elapsed,
        "records_per_second": records / elapsed if elapsed > 0 else 0.0,
        "bytes_per_second": size_bytes / elapsed if elapsed > 0 else 0.0,
        "megabytes_per_second": size_bytes / elapsed / 1048576 if elapsed > 0 else 0.0,
    }


def ensure_topic(bootstrap, topic, partitions):
    admin = AdminClient({"bootstrap.servers": bootstrap})
    existing = admin.list_topics(timeout=10).topics
    if topic in existing:
        return
    futures = admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    for future in futures.values():
        try:
            future.result(timeout=30)
        except KafkaException as error:
            if "TOPIC_ALREADY_EXISTS" not in str(error):
                raise
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        metadata = admin.list_topics(topic=topic, timeout=10).topics.get(topic)
        if metadata is not None and metadata.error is None and metadata.partitions and all(
            p.leader >= 0 for p in metadata.partitions.values()
        ):
            return
        time.sleep(0.1)
    raise SystemExit(f"topic {topic} has no leader after 30 s")


def produce(args):
    ensure_topic(args.bootstrap_server, args.topic, args.partitions)
    acks = {"all": "all", "-1": "all", "1": "1", "0": "0"}[args.acks]
    producer = Producer({
        "bootstrap.servers": args.bootstrap_server,
        "acks": acks,
        "batch.size": args.batch_size,
        "linger.ms": args.linger_ms,
        "compression.type": args.compression,
        "max.in.flight.requests.per.connection": args.max_in_flight,
        "enable.idempotence": False,
        "queue.buffering.max.kbytes": 32 * 1024,
    })
    # Connect and learn the topic before the clock starts.
    producer.list_topics(topic=args.topic, timeout=10)
    value = "".join(random.choice(string.ascii_uppercase) for _ in range(args.record_size)).encode()
    latencies = []
    failures = []

    def delivered(error, message):
        if error is not None:
            failures.append(str(error))
        else:
            latencies.append(message.latency())

    interval = 1.0 / args.throughput if args.throughput > 0 else 0.0
    start = time.monotonic()
    for sent in range(args.num_records):
        if interval:
            # Serve delivery reports while waiting: Message.latency() is taken when the report
            # is handed over, so a late poll would inflate it.
            due = start + sent * interval
            ahead = due - time.monotonic()
            while ahead > 0.001:
                producer.poll(ahead)
                ahead = due - time.monotonic()
        while True:
            try:
                producer.produce(args.topic, value, on_delivery=delivered)
                break
            except BufferError:
                producer.poll(0.01)
        if sent % 100 == 0:
            producer.poll(0)
    remaining = producer.flush(120)
    elapsed = time.monotonic() - start
    acknowledged = len(latencies)
    report = {
        "client": f"librdkafka {__import__('confluent_kafka').libversion()[0]}",
        "topic": args.topic,
        "record_size": args.record_size,
        "acks": args.acks,
        "batch_size": args.batch_size,
        "linger_ms": args.linger_ms,
        "compression": args.compression,
        "throughput": throughput(acknowledged, acknowledged * args.record_size, elapsed),
        "failed": len(failures) + remaining,
        "first_error": failures[0] if failures else None,
        "latency": latency_summary([l for l in latencies if l is not None]),
        "latency_measure": "per message, from produce() to its delivery report (Message.latency())",
    }
    print(json.dumps(report, indent=2, sort_keys=True))
    return 0 if acknowledged else 1


def consume(args):
    consumer = Consumer({
        "bootstrap.servers": args.bootstrap_server,
        "group.id": "librdkafka-bench",  # required by the client; only assign() is used
        "enable.auto.commit": False,
        "fetch.wait.max.ms": args.fetch_max_wait_ms,
        "fetch.min.bytes": args.fetch_min_bytes,
        "fetch.max.bytes": args.fetch_max_bytes,
        "max.partition.fetch.bytes": args.max_partition_fetch_bytes,
    })
    metadata = consumer.list_topics(topic=args.topic, timeout=10).topics.get(args.topic)
    if metadata is None or metadata.error is not None or not metadata.partitions:
        raise SystemExit(f"topic {args.topic} not found")
    consumer.assign([TopicPartition(args.topic, p, OFFSET_BEGINNING) for p in sorted(metadata.partitions)])
    records = 0
    size_bytes = 0
    start = time.monotonic()
    last = start
    timed_out = False
    while records < args.num_records:
        messages = consumer.consume(num_messages=min(10000, args.num_records - records), timeout=0.5)
        now = time.monotonic()
        good = 0
        for message in messages:
            if message.error() is not None:
                continue
            good += 1
            size_bytes += len(message.value() or b"") + len(message.key() or b"")
        if good:
            records += good
            last = now
        elif now - last > args.timeout_ms / 1000.0:
            timed_out = True
            break
    consumer.close()
    report = {
        "client": f"librdkafka {__import__('confluent_kafka').libversion()[0]}",
        "topic": args.topic,
        "throughput": throughput(records, size_bytes, last - start),
        "timed_out": timed_out,
    }
    print(json.dumps(report, indent=2, sort_keys=True))
    return 0 if records else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["produce", "consume"])
    parser.add_argument("--bootstrap-server", default="127.0.0.1:9092")
    parser.add_argument("--topic", default="librdkafka-bench")
    parser.add_argument("--num-records", type=int, default=100_000)
    parser.add_argument("--record-size", type=int, default=100)
    parser.add_argument("--throughput", type=int, default=-1)
    parser.add_argument("--acks", default="all", choices=["0", "1", "all", "-1"])
    parser.add_argument("--batch-size", type=int, default=16384)
    parser.add_argument("--linger-ms", type=int, default=5)
    parser.add_argument("--compression", default="none")
    parser.add_argument("--max-in-flight", type=int, default=5)
    parser.add_argument("--partitions", type=int, default=1)
    parser.add_argument("--timeout-ms", type=int, default=10_000)
    parser.add_argument("--fetch-max-wait-ms", type=int, default=500)
    parser.add_argument("--fetch-min-bytes", type=int, default=1)
    parser.add_argument("--fetch-max-bytes", type=int, default=52_428_800)
    parser.add_argument("--max-partition-fetch-bytes", type=int, default=1_048_576)
    args = parser.parse_args()
    if args.num_records <= 0 or args.record_size < 0:
        parser.error("--num-records must be positive and --record-size not negative")
    return produce(args) if args.mode == "produce" else consume(args)


if __name__ == "__main__":
    sys.exit(main())
