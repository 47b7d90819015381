"""Fetch edge cases (out of range, deleted records, a record larger than the fetch limits) and what
Metadata and DescribeCluster tell clients."""

import json
import subprocess
import time

import kafka
from confluent_kafka import OFFSET_BEGINNING, KafkaError, TopicPartition

from clients import Message, admin, confluent_consumer, consume, create_topic, produce, sample_messages, watermarks


def poll_one(consumer, timeout: float = 10.0):
    """The first record or error the consumer delivers (partition EOF events skipped)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg = consumer.poll(0.2)
        if msg is None:
            continue
        if msg.error() and msg.error().code() == KafkaError._PARTITION_EOF:
            continue
        return msg
    return None


def test_fetch_past_the_end_is_out_of_range(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, sample_messages(5))
    consumer = confluent_consumer(broker.bootstrap, **{"auto.offset.reset": "error"})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 100)])
        msg = poll_one(consumer)
        assert msg is not None and msg.error() is not None, "fetching offset 100 of 5 gave no error"
        assert msg.error().code() == KafkaError._AUTO_OFFSET_RESET, msg.error()
        assert "out of range" in msg.error().str().lower() or "OFFSET_OUT_OF_RANGE" in msg.error().str()
    finally:
        consumer.close()


def test_fetch_past_the_end_resets_to_earliest(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, sample_messages(5))
    consumer = confluent_consumer(broker.bootstrap, **{"auto.offset.reset": "earliest"})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 100)])
        msg = poll_one(consumer)
        assert msg is not None and msg.error() is None and msg.offset() == 0
    finally:
        consumer.close()


def test_delete_records_moves_the_log_start(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    messages = sample_messages(10)
    produce("confluent", broker.bootstrap, topic_name, messages[:4])
    produce("confluent", broker.bootstrap, topic_name, messages[4:])
    client = admin(broker.bootstrap)
    [future] = client.delete_records([TopicPartition(topic_name, 0, 6)], request_timeout=10).values()
    result = future.result(10)
    assert result.low_watermark == 6

    assert watermarks(broker.bootstrap, topic_name) == (6, 10)
    consumer = confluent_consumer(broker.bootstrap, **{"auto.offset.reset": "error"})
    try:
        consumer.assign([TopicPartition(topic_name, 0, OFFSET_BEGINNING)])
        msg = poll_one(consumer)
        assert msg is not None and msg.error() is None and msg.offset() == 6
    finally:
        consumer.close()
    records = consume("kafka-python", broker.bootstrap, topic_name, 4, offset=6)
    assert [r.message() for r in records] == messages[6:]

    # Below the log start is out of range now.
    consumer = confluent_consumer(broker.bootstrap, **{"auto.offset.reset": "error"})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 2)])
        msg = poll_one(consumer)
        assert msg is not None and msg.error() is not None and msg.error().code() == KafkaError._AUTO_OFFSET_RESET
    finally:
        consumer.close()

    # And it survives a restart.
    broker.restart()
    assert watermarks(broker.bootstrap, topic_name) == (6, 10)


def test_a_record_larger_than_the_fetch_limits_is_still_returned(broker, topic_name):
    """KIP-74: the first batch comes back whole even when it exceeds fetch.max.bytes."""
    create_topic(broker.bootstrap, topic_name)
    big = bytes(range(256)) * 200  # 51200 bytes, not compressible by much
    produce("confluent", broker.bootstrap, topic_name, [Message(b"big", big), Message(b"small", b"after")])
    consumer = confluent_consumer(broker.bootstrap, **{
        "fetch.max.bytes": 1024, "max.partition.fetch.bytes": 1024, "message.max.bytes": 1000,
    })
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        first = poll_one(consumer)
        second = poll_one(consumer)
    finally:
        consumer.close()
    assert first is not None and first.error() is None and first.value() == big
    assert second is not None and second.error() is None and second.value() == b"after"


def test_metadata_describes_the_single_broker(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=3)
    metadata = admin(broker.bootstrap).list_topics(timeout=10)
    assert len(metadata.brokers) == 1
    [node] = metadata.brokers.values()
    assert (node.host, node.port) == ("127.0.0.1", broker.port)
    assert metadata.controller_id == node.id
    topic = metadata.topics[topic_name]
    assert topic.error is None
    assert sorted(topic.partitions) == [0, 1, 2]
    for p in topic.partitions.values():
        assert (p.leader, p.replicas, p.isrs) == (node.id, [node.id], [node.id])

    client = kafka.KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=10000)
    try:
        assert topic_name in client.list_topics()
        [described] = client.describe_topics([topic_name])
        assert described["error_code"] == 0 and len(described["partitions"]) == 3
    finally:
        client.close()


def test_metadata_for_unknown_topic_without_auto_create(broker, topic_name):
    from confluent_kafka.admin import AdminClient

    client = AdminClient({"bootstrap.servers": broker.bootstrap, "allow.auto.create.topics": False})
    metadata = client.list_topics(topic_name, timeout=10)
    entry = metadata.topics.get(topic_name)
    assert entry is not None and entry.error is not None, "unknown topic reported without an error"
    assert entry.error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART
    # Asking did not create it.
    assert topic_name not in client.list_topics(timeout=10).topics


def test_metadata_auto_creates_when_the_client_allows(broker, topic_name):
    """auto.create.topics.enable defaults to true in Kafka; num.partitions defaults to 1."""
    client = kafka.KafkaProducer(bootstrap_servers=broker.bootstrap, request_timeout_ms=10000, max_block_ms=10000)
    try:
        client.send(topic_name, b"auto").get(15)
    finally:
        client.close(5)
    assert len(admin(broker.bootstrap).list_topics(timeout=10).topics[topic_name].partitions) == 1
    assert [r.value for r in consume("confluent", broker.bootstrap, topic_name, 1)] == [b"auto"]


def test_describe_cluster(broker):
    client = admin(broker.bootstrap)
    cluster = client.describe_cluster(request_timeout=10).result(10)
    assert cluster.cluster_id
    assert len(cluster.nodes) == 1
    assert cluster.controller is not None and cluster.controller.id == cluster.nodes[0].id
    assert cluster.nodes[0].port == broker.port


def test_kcat_lists_metadata(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=2)
    done = subprocess.run(["kcat", "-b", broker.bootstrap, "-L", "-J", "-t", topic_name],
                          capture_output=True, timeout=20)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    doc = json.loads(done.stdout)
    assert [b["name"] for b in doc["brokers"]] == [broker.bootstrap]
    [topic] = doc["topics"]
    assert topic["topic"] == topic_name and "error" not in topic
    assert sorted(p["partition"] for p in topic["partitions"]) == [0, 1]
    assert all(p["leader"] == doc["brokers"][0]["id"] for p in topic["partitions"])


def test_waiting_fetch_wakes_up_when_records_arrive(broker, topic_name):
    """A consumer's long poll (fetch.wait.max.ms=4s) is answered as soon as a record lands, not at the timeout."""
    create_topic(broker.bootstrap, topic_name)
    consumer = confluent_consumer(broker.bootstrap, **{
        "fetch.wait.max.ms": 4000, "socket.timeout.ms": 20_000, "enable.partition.eof": True,
    })
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        # Reaching the end of the empty partition means a fetch is now parked on the broker.
        deadline = time.monotonic() + 10
        while True:
            assert time.monotonic() < deadline, "never reached the end of the empty partition"
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() and msg.error().code() == KafkaError._PARTITION_EOF:
                break
        time.sleep(0.3)
        produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"wake up")])
        sent = time.monotonic()
        msg = poll_one(consumer, timeout=15)
        waited = time.monotonic() - sent
    finally:
        consumer.close()
    assert msg is not None and msg.error() is None and msg.value() == b"wake up"
    assert waited < 2, f"record arrived {waited:.1f}s after it was produced: the parked fetch was not woken"
