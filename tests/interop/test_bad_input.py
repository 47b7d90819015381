"""Hand-made bytes over raw sockets: the broker refuses what is malformed without storing anything,
stays up, and keeps serving other clients."""

import os
import struct

import pytest

import wire
from clients import Message, consume, create_topic, produce, watermarks

CORRUPT_MESSAGE = 2


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def assert_still_serving(broker, topic: str):
    """The broker is alive and a real client can still write and read."""
    assert broker.alive(), f"sluice died:\n{broker.log_tail()}"
    _, high = watermarks(broker.bootstrap, topic)
    produce("confluent", broker.bootstrap, topic, [Message(b"ok", b"still serving")])
    records = consume("confluent", broker.bootstrap, topic, 1, offset=high)
    assert [(r.offset, r.value) for r in records] == [(high, b"still serving")]


@pytest.mark.parametrize("payload", [
    pytest.param(b"\x00\x00\x00\x20" + b"\x7f\x00" + os.urandom(30), id="frame-with-unknown-api-key"),
    pytest.param(b"\x00\x00\x00\x03\x00\x12\x00", id="frame-shorter-than-a-header"),
    pytest.param(b"\x00\x00\x00\x0c" + b"\x00\x12\x00\x00\x00\x00\x00\x01\x7f\xff\x41\x42", id="client-id-longer-than-frame"),
])
def test_garbage_frame_closes_the_connection(broker, topic_name, payload):
    create_topic(broker.bootstrap, topic_name)
    with wire.connect(broker.bootstrap) as s:
        s.sendall(payload)
        assert wire.closed_by_peer(s), "broker kept a connection open after a malformed request"
    assert_still_serving(broker, topic_name)


def test_http_request_instead_of_kafka(broker, topic_name):
    """'GET ' read as a length prefix is ~1.2 GB: refused at once, not buffered."""
    create_topic(broker.bootstrap, topic_name)
    with wire.connect(broker.bootstrap) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert wire.closed_by_peer(s)
    assert_still_serving(broker, topic_name)


@pytest.mark.parametrize("prefix", [0x7FFFFFFF, -1, -0x80000000], ids=["huge", "minus-one", "most-negative"])
def test_bad_length_prefix_closes_the_connection(broker, topic_name, prefix):
    create_topic(broker.bootstrap, topic_name)
    before = rss_kib(broker.pid)
    with wire.connect(broker.bootstrap) as s:
        s.sendall(struct.pack(">i", prefix) + b"\x00" * 64)
        assert wire.closed_by_peer(s), f"length prefix {prefix} did not close the connection"
    # Nothing close to the announced size was allocated.
    assert rss_kib(broker.pid) - before < 256 * 1024
    assert_still_serving(broker, topic_name)


def test_connection_dropped_mid_frame(broker, topic_name):
    create_topic(broker.bootstrap, topic_name)
    frame = wire.produce_request(wire.produce_version(broker.bootstrap), 1, topic_name, 0, wire.record_batch([b"x"]))
    with wire.connect(broker.bootstrap) as s:
        s.sendall(frame[: len(frame) // 2])
    assert watermarks(broker.bootstrap, topic_name) == (0, 0)
    assert_still_serving(broker, topic_name)


def send_produce(broker, version: int, topic: str, batch: bytes, correlation_id: int):
    """Returns the partition's (error_code, base_offset), or None if the broker closed the connection."""
    with wire.connect(broker.bootstrap) as s:
        s.sendall(wire.produce_request(version, correlation_id, topic, 0, batch))
        try:
            frame = wire.read_frame(s)
        except (ConnectionError, OSError):
            return None
    got_id, results = wire.parse_produce_response(version, frame)
    assert got_id == correlation_id
    assert [(t, p) for t, p, _, _ in results] == [(topic, 0)]
    return results[0][2], results[0][3]


@pytest.mark.parametrize("flip_at", [
    pytest.param(wire.BATCH_CRC_AT, id="crc-field"),
    pytest.param(wire.BATCH_ATTRIBUTES_AT + 2, id="last-offset-delta"),
    pytest.param(-3, id="record-value"),
])
@pytest.mark.parametrize("version_choice", ["newest", "v7"])
def test_produce_with_bad_crc_is_refused(broker, topic_name, flip_at, version_choice):
    create_topic(broker.bootstrap, topic_name)
    # The newest version this module speaks (flexible from v9) and a classic non-flexible one.
    version = wire.produce_version(broker.bootstrap) if version_choice == "newest" else 7

    # The hand-made batch is good as made: it is stored at offset 0.
    good = wire.record_batch([b"first", b"second"])
    assert send_produce(broker, version, topic_name, good, 7) == (0, 0)
    assert watermarks(broker.bootstrap, topic_name) == (0, 2)

    bad = wire.corrupt(wire.record_batch([b"evil", b"twin"]), flip_at % len(wire.record_batch([b"evil", b"twin"])))
    outcome = send_produce(broker, version, topic_name, bad, 8)
    assert outcome is None or outcome[0] == CORRUPT_MESSAGE, f"corrupt batch answered with {outcome}"
    assert watermarks(broker.bootstrap, topic_name) == (0, 2), "a corrupt batch was stored"
    records = consume("confluent", broker.bootstrap, topic_name, 2)
    assert [r.value for r in records] == [b"first", b"second"]
    assert_still_serving(broker, topic_name)


def test_produce_to_unknown_topic_over_raw_socket(broker, topic_name):
    version = wire.produce_version(broker.bootstrap)
    outcome = send_produce(broker, version, topic_name + "-missing", wire.record_batch([b"x"]), 9)
    # UNKNOWN_TOPIC_OR_PARTITION (3); a broker that auto-creates topics would answer 0 instead.
    assert outcome is not None and outcome[0] == 3, outcome


def test_acks_zero_corrupt_batch_closes_the_connection(broker, topic_name):
    """With acks=0 there is no reply to carry an error, so Kafka closes the connection instead."""
    create_topic(broker.bootstrap, topic_name)
    version = wire.produce_version(broker.bootstrap)
    with wire.connect(broker.bootstrap) as s:
        s.sendall(wire.produce_request(version, 1, topic_name, 0, wire.record_batch([b"fine"]), acks=0))
        assert not wire.closed_by_peer(s, timeout=1.0), "acks=0 produce of a good batch closed the connection"
        bad = wire.corrupt(wire.record_batch([b"evil"]), wire.BATCH_CRC_AT)
        s.sendall(wire.produce_request(version, 2, topic_name, 0, bad, acks=0))
        assert wire.closed_by_peer(s), "acks=0 produce of a corrupt batch left the connection open"
    assert watermarks(broker.bootstrap, topic_name) == (0, 1)
    assert [r.value for r in consume("confluent", broker.bootstrap, topic_name, 1)] == [b"fine"]
    assert_still_serving(broker, topic_name)
