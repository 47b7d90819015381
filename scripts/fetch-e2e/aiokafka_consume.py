"""aiokafka reads COUNT records of TOPIC (3 partitions) with small partition limits.

Usage: aiokafka_consume.py BOOTSTRAP TOPIC COUNT
"""
import asyncio
import sys

from aiokafka import AIOKafkaConsumer


async def main():
    bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None,
        max_partition_fetch_bytes=1500, fetch_max_wait_ms=100,
    )
    await consumer.start()
    received = 0
    try:
        while received < count:
            batch = await asyncio.wait_for(consumer.getmany(timeout_ms=1000), 10)
            received += sum(len(records) for records in batch.values())
    finally:
        await consumer.stop()
    print(f"aiokafka: {received}/{count} records")
    assert received == count
    print("OK")


asyncio.run(main())
