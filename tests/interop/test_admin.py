"""The topic life cycle through confluent-kafka's AdminClient: create with configs, describe,
alter incrementally, add partitions, delete, and the errors Kafka gives for bad requests."""

import os
import time

import pytest
from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import (
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    ConfigSource,
    NewPartitions,
    NewTopic,
    ResourceType,
)

from clients import DeliveryFailed, Message, admin, consume, create_topic, produce, watermarks

TIMEOUT = 10


def describe(client, topic: str) -> dict:
    resource = ConfigResource(ResourceType.TOPIC, topic)
    return client.describe_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)


def partition_count(client, topic: str) -> int | None:
    metadata = client.list_topics(timeout=TIMEOUT)
    entry = metadata.topics.get(topic)
    if entry is None or entry.error is not None:
        return None
    return len(entry.partitions)


def error_of(future) -> KafkaError:
    with pytest.raises(KafkaException) as raised:
        future.result(TIMEOUT)
    return raised.value.args[0]


def test_create_with_configs_then_describe(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, partitions=2,
                 config={"retention.ms": "3600000", "cleanup.policy": "compact"})

    assert partition_count(client, topic_name) == 2
    configs = describe(client, topic_name)
    assert configs["retention.ms"].value == "3600000"
    assert ConfigSource(configs["retention.ms"].source) == ConfigSource.DYNAMIC_TOPIC_CONFIG
    assert configs["cleanup.policy"].value == "compact"
    assert ConfigSource(configs["cleanup.policy"].source) == ConfigSource.DYNAMIC_TOPIC_CONFIG
    # A config the topic does not override is reported with Kafka's default.
    assert configs["segment.bytes"].value == "1073741824"
    assert ConfigSource(configs["segment.bytes"].source) == ConfigSource.DEFAULT_CONFIG
    assert configs["max.message.bytes"].value == "1048588"


def test_incremental_alter_configs(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000"})
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("segment.ms", "600000", incremental_operation=AlterConfigOpType.SET),
    ])
    client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)

    configs = describe(client, topic_name)
    assert configs["retention.ms"].value == "7200000"
    assert configs["segment.ms"].value == "600000"
    assert ConfigSource(configs["segment.ms"].source) == ConfigSource.DYNAMIC_TOPIC_CONFIG

    # DELETE drops the override: back to the default (7 days) with a default source.
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", None, incremental_operation=AlterConfigOpType.DELETE),
    ])
    client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    configs = describe(client, topic_name)
    assert configs["retention.ms"].value == "604800000"
    assert ConfigSource(configs["retention.ms"].source) == ConfigSource.DEFAULT_CONFIG
    assert configs["segment.ms"].value == "600000"


def test_incremental_alter_with_invalid_value_changes_nothing(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000"})
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "not-a-number", incremental_operation=AlterConfigOpType.SET),
    ])
    error = error_of(client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource])
    assert error.code() == KafkaError.INVALID_CONFIG, error
    assert describe(client, topic_name)["retention.ms"].value == "3600000"


def test_create_partitions(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, partitions=1)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"before")], partition=0)

    client.create_partitions([NewPartitions(topic_name, 3)], request_timeout=TIMEOUT)[topic_name].result(TIMEOUT)
    assert partition_count(client, topic_name) == 3
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"in the new partition")], partition=2)
    assert [r.value for r in consume("confluent", broker.bootstrap, topic_name, 1, partition=2)] == [b"in the new partition"]
    assert [r.value for r in consume("confluent", broker.bootstrap, topic_name, 1, partition=0)] == [b"before"]

    # Fewer partitions than now is refused.
    error = error_of(client.create_partitions([NewPartitions(topic_name, 2)], request_timeout=TIMEOUT)[topic_name])
    assert error.code() == KafkaError.INVALID_PARTITIONS, error


def test_delete_topic_then_create_again(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, partitions=2)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"old")] * 3)

    client.delete_topics([topic_name], operation_timeout=TIMEOUT, request_timeout=TIMEOUT)[topic_name].result(TIMEOUT)
    deadline = time.monotonic() + TIMEOUT
    while partition_count(client, topic_name) is not None:
        assert time.monotonic() < deadline, "deleted topic still listed in metadata"
        time.sleep(0.1)
    assert topic_name not in client.list_topics(timeout=TIMEOUT).topics

    # A new topic of the same name starts empty.
    create_topic(broker.bootstrap, topic_name, partitions=1)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"new")])
    records = consume("confluent", broker.bootstrap, topic_name, 1)
    assert [(r.offset, r.value) for r in records] == [(0, b"new")]


def test_delete_unknown_topic(broker, topic_name):
    client = admin(broker.bootstrap)
    future = client.delete_topics([topic_name], operation_timeout=TIMEOUT, request_timeout=TIMEOUT)[topic_name]
    assert error_of(future).code() == KafkaError.UNKNOWN_TOPIC_OR_PART


def test_create_existing_topic(broker, topic_name):
    create_topic(broker.bootstrap, topic_name, partitions=2)
    client = admin(broker.bootstrap)
    future = client.create_topics([NewTopic(topic_name, 4, 1)], request_timeout=TIMEOUT)[topic_name]
    assert error_of(future).code() == KafkaError.TOPIC_ALREADY_EXISTS
    assert partition_count(client, topic_name) == 2


@pytest.mark.parametrize("config", [
    pytest.param({"retention.ms": "forever"}, id="retention-not-a-number"),
    pytest.param({"cleanup.policy": "shred"}, id="unknown-cleanup-policy"),
    pytest.param({"no.such.config": "1"}, id="unknown-config-name"),
])
def test_create_with_invalid_config(broker, topic_name, config):
    client = admin(broker.bootstrap)
    future = client.create_topics([NewTopic(topic_name, 1, 1, config=config)], request_timeout=TIMEOUT)[topic_name]
    assert error_of(future).code() == KafkaError.INVALID_CONFIG
    assert topic_name not in client.list_topics(timeout=TIMEOUT).topics


def test_create_with_replication_factor_above_broker_count(broker, topic_name):
    client = admin(broker.bootstrap)
    future = client.create_topics([NewTopic(topic_name, 1, 3)], request_timeout=TIMEOUT)[topic_name]
    assert error_of(future).code() == KafkaError.INVALID_REPLICATION_FACTOR
    assert topic_name not in client.list_topics(timeout=TIMEOUT).topics


def test_create_validate_only_creates_nothing(broker, topic_name):
    client = admin(broker.bootstrap)
    client.create_topics([NewTopic(topic_name, 2, 1)], validate_only=True, request_timeout=TIMEOUT)[topic_name].result(TIMEOUT)
    assert topic_name not in client.list_topics(timeout=TIMEOUT).topics


@pytest.mark.filterwarnings("ignore:alter_configs has been deprecated")
def test_legacy_alter_configs_replaces_every_override(broker, topic_name):
    """AlterConfigs (not incremental) sets the topic's whole override set: what it omits reverts."""
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000"})
    resource = ConfigResource(ResourceType.TOPIC, topic_name, set_config={"segment.ms": "600000"})
    client.alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    configs = describe(client, topic_name)
    assert configs["segment.ms"].value == "600000"
    assert configs["retention.ms"].value == "604800000"
    assert ConfigSource(configs["retention.ms"].source) == ConfigSource.DEFAULT_CONFIG


def test_incremental_append_and_subtract_on_a_list_config(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"cleanup.policy": "delete"})

    def alter(op, value):
        resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
            ConfigEntry("cleanup.policy", value, incremental_operation=op),
        ])
        client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
        return describe(client, topic_name)["cleanup.policy"].value

    assert alter(AlterConfigOpType.APPEND, "compact") == "delete,compact"
    assert alter(AlterConfigOpType.SUBTRACT, "delete") == "compact"


def test_validate_only_alter_changes_nothing(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000"})
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET),
    ])
    client.incremental_alter_configs([resource], validate_only=True, request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    assert describe(client, topic_name)["retention.ms"].value == "3600000"


def test_altered_max_message_bytes_applies_to_the_next_produce(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name)
    produce("confluent", broker.bootstrap, topic_name, [Message(b"k", b"x" * 5000)])  # fits the default
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("max.message.bytes", "1024", incremental_operation=AlterConfigOpType.SET),
    ])
    client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    with pytest.raises(DeliveryFailed, match="MSG_SIZE_TOO_LARGE"):
        produce("confluent", broker.bootstrap, topic_name, [Message(b"k", os.urandom(5000))],
                config={"message.timeout.ms": 5000})
    assert watermarks(broker.bootstrap, topic_name) == (0, 1)


def test_describe_broker_configs(broker):
    client = admin(broker.bootstrap)
    node_id = next(iter(client.list_topics(timeout=TIMEOUT).brokers))
    resource = ConfigResource(ResourceType.BROKER, str(node_id))
    configs = client.describe_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    assert configs["num.partitions"].value == "1"
    assert configs["auto.create.topics.enable"].value == "true"
    assert configs["message.max.bytes"].value == "1048588"


def test_configs_survive_a_restart(broker, topic_name):
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000", "cleanup.policy": "compact"})
    resource = ConfigResource(ResourceType.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("segment.ms", "600000", incremental_operation=AlterConfigOpType.SET),
    ])
    client.incremental_alter_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)
    broker.restart()
    configs = describe(admin(broker.bootstrap), topic_name)
    assert (configs["retention.ms"].value, configs["cleanup.policy"].value, configs["segment.ms"].value) == (
        "3600000", "compact", "600000")
    assert ConfigSource(configs["segment.ms"].source) == ConfigSource.DYNAMIC_TOPIC_CONFIG


def test_describe_log_dirs_reports_partition_sizes(broker, topic_name):
    """DescribeLogDirs (kafka-python's admin): the data directory, its disk space, and each
    partition's size on disk growing with what was produced."""
    from kafka.admin import KafkaAdminClient

    create_topic(broker.bootstrap, topic_name, partitions=2)
    produce("confluent", broker.bootstrap, topic_name, [Message(key=None, value=b"x" * 1000) for _ in range(20)], partition=0)
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        [answer] = client.describe_log_dirs(topic_partitions={topic_name: [0, 1]})
    finally:
        client.close()
    [log_dir] = answer["log_dirs"]
    assert log_dir["error_code"] == 0
    assert os.path.samefile(log_dir["log_dir"], broker.data_dir)
    assert 0 < log_dir["usable_bytes"] <= log_dir["total_bytes"]
    [topic] = [t for t in log_dir["topics"] if t["name"] == topic_name]
    sizes = {p["partition_index"]: p["partition_size"] for p in topic["partitions"]}
    assert sizes[0] >= 20 * 1000
    assert sizes[1] == 0
