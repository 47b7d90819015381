"""Long poll: a confluent-kafka consumer with fetch.wait.max.ms=5000 receives a record produced
1 s into its wait right away (the broker wakes the waiting fetch), not when the 5 s run out.

Usage: confluent_long_poll.py BOOTSTRAP TOPIC
"""
import sys
import threading
import time

from confluent_kafka import Consumer, Producer, TopicPartition

BOOTSTRAP, TOPIC = sys.argv[1], sys.argv[2]
producer = Producer({"bootstrap.servers": BOOTSTRAP})
producer.produce(TOPIC, b"warmup")
producer.flush(10)
consumer = Consumer({
    "bootstrap.servers": BOOTSTRAP, "group.id": "long-poll", "fetch.wait.max.ms": 5000,
    "fetch.min.bytes": 1, "enable.auto.commit": False,
})
consumer.assign([TopicPartition(TOPIC, 0, 0)])
first = consumer.poll(15)
assert first is not None and first.value() == b"warmup", first
for round in range(3):
    time.sleep(2)  # the consumer's next fetch is now waiting at the log end
    sent = {}

    def produce_later():
        time.sleep(1.0)
        sent["at"] = time.monotonic()
        producer.produce(TOPIC, f"late-{round}".encode())
        producer.flush(10)

    threading.Thread(target=produce_later).start()
    message = consumer.poll(10)
    assert message is not None and not message.error(), message
    delay = time.monotonic() - sent["at"]
    print(f"round {round}: {message.value()!r} arrived {delay * 1000:.0f} ms after it was produced")
    assert message.value() == f"late-{round}".encode()
    assert delay < 1.0, "the waiting fetch was not woken by the produce"
consumer.close()
print("OK")
