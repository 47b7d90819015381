"""Consumer-group benchmark against a running broker (not part of the test suite).

  python scripts/bench/group_bench.py BOOTSTRAP [--members 10] [--partitions 60] [--repeats 3]
                                              [--committers 8] [--cases eager,cooperative,consumer,commits]

Measures, with confluent-kafka (librdkafka):
  - the time for a group of N members to settle again after one more member joins, for the
    classic protocol with eager (range) and cooperative-sticky assignment and for KIP-848
    (group.protocol=consumer): from the new member's subscribe() until every member's assignment
    is stable, non-overlapping and covers every partition;
  - synchronous offset commits per second from one consumer, and from --committers consumers
    in as many groups at once (each waits for its commit before the next).
Prints medians with every sample.
"""

import argparse
import statistics
import threading
import time
import uuid

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic


def make_consumer(bootstrap, group, mode):
    config = {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False}
    if mode == "consumer":
        config["group.protocol"] = "consumer"
    else:
        config["partition.assignment.strategy"] = "range" if mode == "eager" else "cooperative-sticky"
        config["session.timeout.ms"] = 10000
        config["heartbeat.interval.ms"] = 500
    return Consumer(config)


class Member:
    def __init__(self, bootstrap, group, topic, mode):
        self.consumer = make_consumer(bootstrap, group, mode)
        self.topic = topic
        self.stop = False
        self.lock = threading.Lock()
        self.assignment = frozenset()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self):
        self.consumer.subscribe([self.topic])
        self.thread.start()

    def run(self):
        while not self.stop:
            self.consumer.poll(0.05)
            current = frozenset(tp.partition for tp in self.consumer.assignment())
            with self.lock:
                self.assignment = current

    def close(self):
        self.stop = True
        self.thread.join()
        self.consumer.close()


def settled(members, partitions):
    seen = []
    for member in members:
        with member.lock:
            seen.append(member.assignment)
    union = frozenset().union(*seen)
    return union == frozenset(range(partitions)) and sum(len(a) for a in seen) == partitions and all(seen)


def wait_settled(members, partitions, timeout=120):
    start = time.monotonic()
    stable_since = None
    while time.monotonic() - start < timeout:
        if settled(members, partitions):
            if stable_since is None:
                stable_since = time.monotonic()
            if time.monotonic() - stable_since >= 0.5:
                return stable_since - start
        else:
            stable_since = None
        time.sleep(0.01)
    raise RuntimeError("the group did not settle")


def settle_after_join(bootstrap, topic, partitions, members, mode):
    group = f"bench-{mode}-{uuid.uuid4().hex[:8]}"
    group_members = [Member(bootstrap, group, topic, mode) for _ in range(members)]
    try:
        for member in group_members:
            member.start()
        wait_settled(group_members, partitions)
        newcomer = Member(bootstrap, group, topic, mode)
        group_members.append(newcomer)
        newcomer.start()
        return wait_settled(group_members, partitions)
    finally:
        for member in group_members:
            member.close()


def commits_per_second(bootstrap, topic, committers=1, seconds=5.0):
    """Total synchronous commits/s of `committers` consumers, each in its own group and thread."""
    consumers = [make_consumer(bootstrap, f"bench-commit-{uuid.uuid4().hex[:8]}", "eager") for _ in range(committers)]
    counts = [0] * committers
    start_line = threading.Barrier(committers + 1)

    def run(index):
        consumer = consumers[index]
        consumer.assign([TopicPartition(topic, 0, 0)])
        consumer.commit(offsets=[TopicPartition(topic, 0, 0)], asynchronous=False)  # connected and warm
        start_line.wait()
        end = time.monotonic() + seconds
        offset = 0
        while time.monotonic() < end:
            offset += 1
            consumer.commit(offsets=[TopicPartition(topic, 0, offset)], asynchronous=False)
            counts[index] += 1

    threads = [threading.Thread(target=run, args=(i,)) for i in range(committers)]
    for thread in threads:
        thread.start()
    start_line.wait()
    start = time.monotonic()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    for consumer in consumers:
        consumer.close()
    return sum(counts) / elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bootstrap")
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--partitions", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--committers", type=int, default=8)
    parser.add_argument("--cases", default="eager,cooperative,consumer,commits", help="which cases to run, comma-separated")
    args = parser.parse_args()
    topic = f"group-bench-{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": args.bootstrap})
    admin.create_topics([NewTopic(topic, args.partitions, 1)])[topic].result()

    print(f"| case | {args.members} members + 1: settle time, median (samples) |")
    print("|---|---|")
    cases = args.cases.split(",")
    for mode in [m for m in ("eager", "cooperative", "consumer") if m in cases]:
        samples = [settle_after_join(args.bootstrap, topic, args.partitions, args.members, mode) for _ in range(args.repeats)]
        label = {"eager": "classic, eager (range)", "cooperative": "classic, cooperative-sticky", "consumer": "KIP-848 (uniform)"}[mode]
        print(f"| {label} | {statistics.median(samples):.2f} s ({', '.join(f'{s:.2f}' for s in samples)}) |", flush=True)
    for committers in (1, args.committers) if "commits" in cases else ():
        rates = [commits_per_second(args.bootstrap, topic, committers) for _ in range(args.repeats)]
        who = "one consumer" if committers == 1 else f"{committers} consumers in {committers} groups"
        print(f"| synchronous offset commits, {who} | {statistics.median(rates):.0f}/s ({', '.join(f'{r:.0f}' for r in rates)}) |", flush=True)


if __name__ == "__main__":
    main()
