"""kafka-python 3.x uses KIP-227 fetch sessions: consume 3000 records over many polls while they
are produced, and check that one session was created and the later fetches were incremental.

Usage: kafka_python_sessions.py BOOTSTRAP TOPIC
"""
import logging
import sys
import threading
import time

from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

BOOTSTRAP, TOPIC = sys.argv[1], sys.argv[2]
COUNT = 3000


class SessionLog(logging.Handler):
    """Counts what kafka-python's FetchSessionHandler logs about the broker's answers."""

    def __init__(self):
        super().__init__()
        self.created = 0
        self.incremental = 0
        self.problems = []

    def emit(self, record):
        message = record.getMessage()
        if "created a new incremental fetch session" in message:
            self.created += 1
        elif "sent an incremental fetch response for session" in message:
            self.incremental += 1
        elif "unable to process" in message or "invalid" in message:
            self.problems.append(message)


sessions = SessionLog()
fetcher_log = logging.getLogger("kafka.consumer.fetcher")
fetcher_log.setLevel(logging.DEBUG)
fetcher_log.addHandler(sessions)

KafkaAdminClient(bootstrap_servers=BOOTSTRAP).create_topics([NewTopic(TOPIC, 3, 1)])
# Not idempotent: InitProducerId is not this branch's concern.
producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, linger_ms=5, enable_idempotence=False)


def produce():
    for i in range(COUNT):
        producer.send(TOPIC, key=str(i % 7).encode(), value=f"v{i}".encode())
        if i % 100 == 0:
            time.sleep(0.05)
    producer.flush()


thread = threading.Thread(target=produce)
thread.start()
consumer = KafkaConsumer(
    TOPIC, bootstrap_servers=BOOTSTRAP, auto_offset_reset="earliest", group_id=None,
    fetch_max_wait_ms=200, max_partition_fetch_bytes=2048,
)
seen = set()
polls = 0
deadline = time.time() + 60
while len(seen) < COUNT and time.time() < deadline:
    for records in consumer.poll(timeout_ms=500).values():
        seen.update(record.value for record in records)
    polls += 1
thread.join()
consumer.close()
print(f"kafka-python: {len(seen)}/{COUNT} records in {polls} polls; sessions created {sessions.created}, "
      f"incremental responses {sessions.incremental}, problems {sessions.problems[:3]}")
assert len(seen) == COUNT
assert sessions.created >= 1 and sessions.incremental >= 10, "incremental fetch sessions were not used"
assert not sessions.problems
print("OK")
