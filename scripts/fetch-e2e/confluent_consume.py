"""confluent-kafka (librdkafka) reads COUNT records of TOPIC (3 partitions), read_committed, with
fetch limits below a batch's size.

Usage: confluent_consume.py BOOTSTRAP TOPIC COUNT
"""
import sys

from confluent_kafka import Consumer, TopicPartition

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
consumer = Consumer({
    "bootstrap.servers": bootstrap, "group.id": "fetch-e2e", "fetch.max.bytes": 20000, "message.max.bytes": 20000,
    "max.partition.fetch.bytes": 3000, "isolation.level": "read_committed", "enable.auto.commit": False,
})
consumer.assign([TopicPartition(topic, partition, 0) for partition in range(3)])
received = 0
idle = 0
while received < count and idle < 10:
    message = consumer.poll(1)
    if message is None:
        idle += 1
        continue
    assert not message.error(), message.error()
    received += 1
consumer.close()
print(f"confluent-kafka: {received}/{count} records")
assert received == count
print("OK")
