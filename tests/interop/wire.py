"""Just enough of Kafka's wire format, written from the protocol guide, to send hand-made requests
over a raw socket: request headers v1/v2, ApiVersions, Produce with a record batch (magic 2),
InitProducerId, the group requests the tests need, and the replies to those.
"""

import socket
import struct
import time

from kafka.record.util import calc_crc32c

API_PRODUCE = 0
API_VERSIONS = 18
API_INIT_PRODUCER_ID = 22

# ---------------------------------------------------------------- primitives


def crc32c(data: bytes) -> int:
    """CRC-32C (Castagnoli), as record batches carry it; kafka-python's implementation."""
    return calc_crc32c(data)


def uvarint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def varint(n: int) -> bytes:
    return uvarint((n << 1) ^ (n >> 63))  # zigzag


def string(s: str | None) -> bytes:
    if s is None:
        return struct.pack(">h", -1)
    data = s.encode()
    return struct.pack(">h", len(data)) + data


def compact_string(s: str | None) -> bytes:
    if s is None:
        return uvarint(0)
    data = s.encode()
    return uvarint(len(data) + 1) + data


NO_TAGS = uvarint(0)


class Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ValueError(f"reply truncated: wanted {n} bytes at {self.pos} of {len(self.data)}")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str):
        values = struct.unpack(fmt, self.take(struct.calcsize(fmt)))
        return values[0] if len(values) == 1 else values

    def uvarint(self) -> int:
        shift = result = 0
        while True:
            b = self.take(1)[0]
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def string(self) -> str | None:
        n = self.unpack(">h")
        return None if n < 0 else self.take(n).decode()

    def compact_string(self) -> str | None:
        n = self.uvarint()
        return None if n == 0 else self.take(n - 1).decode()

    def array_len(self, flexible: bool) -> int:
        return self.uvarint() - 1 if flexible else self.unpack(">i")

    def skip_tags(self):
        for _ in range(self.uvarint()):
            self.uvarint()
            self.take(self.uvarint())

    def remaining(self) -> int:
        return len(self.data) - self.pos


# ---------------------------------------------------------------- framing


def request(api_key: int, version: int, correlation_id: int, body: bytes, flexible: bool, client_id="interop-raw") -> bytes:
    """A size-prefixed request: header v2 (with tagged fields) when flexible, else header v1."""
    header = struct.pack(">hhi", api_key, version, correlation_id) + string(client_id)
    if flexible:
        header += NO_TAGS
    payload = header + body
    return struct.pack(">i", len(payload)) + payload


def connect(bootstrap: str, timeout: float = 5.0) -> socket.socket:
    host, port = bootstrap.rsplit(":", 1)
    s = socket.create_connection((host, int(port)), timeout=timeout)
    s.settimeout(timeout)
    return s


def recv_exact(sock: socket.socket, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError(f"connection closed after {len(data)} of {n} bytes")
        data += chunk
    return bytes(data)


def read_frame(sock: socket.socket) -> bytes:
    size = struct.unpack(">i", recv_exact(sock, 4))[0]
    if size < 0 or size > 64 * 1024 * 1024:
        raise ValueError(f"implausible reply size {size}")
    return recv_exact(sock, size)


def closed_by_peer(sock: socket.socket, timeout: float = 5.0) -> bool:
    """True if the peer closes (EOF or reset) within `timeout`; False if it stays open without a word.
    Any bytes the peer sends first are discarded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            if not sock.recv(65536):
                return True
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError):
            return True
    return False


# ---------------------------------------------------------------- ApiVersions


def api_versions_v0_request(correlation_id: int) -> bytes:
    return request(API_VERSIONS, 0, correlation_id, b"", flexible=False)


def parse_api_versions_v0(frame: bytes):
    """Returns (correlation_id, error_code, {api_key: (min, max)}, leftover byte count)."""
    r = Reader(frame)
    correlation_id = r.unpack(">i")
    error_code = r.unpack(">h")
    ranges = {}
    for _ in range(r.unpack(">i")):
        key, low, high = r.unpack(">hhh")
        ranges[key] = (low, high)
    return correlation_id, error_code, ranges, r.remaining()


def supported_versions(bootstrap: str) -> dict:
    with connect(bootstrap) as s:
        s.sendall(api_versions_v0_request(1))
        _, error, ranges, _ = parse_api_versions_v0(read_frame(s))
        assert error == 0, f"ApiVersions v0 failed with error {error}"
        return ranges


# ---------------------------------------------------------------- record batches


def record_batch(values: list[bytes], base_timestamp: int | None = None, producer_id: int = -1,
                 producer_epoch: int = -1, base_sequence: int = -1) -> bytes:
    """An uncompressed magic-2 batch with base offset 0, null keys and no headers; no producer id
    unless one is given (then idempotent: producer id, epoch and the first record's sequence)."""
    ts = base_timestamp if base_timestamp is not None else int(time.time() * 1000)
    records = bytearray()
    for delta, value in enumerate(values):
        body = bytes([0]) + varint(0) + varint(delta) + varint(-1) + varint(len(value)) + value + varint(0)
        records += varint(len(body)) + body
    after_crc = struct.pack(
        ">hiqqqhii", 0, len(values) - 1, ts, ts, producer_id, producer_epoch, base_sequence, len(values)
    ) + bytes(records)
    crc = crc32c(after_crc)
    after_length = struct.pack(">ibI", 0, 2, crc) + after_crc
    return struct.pack(">qi", 0, len(after_length)) + after_length


# Byte offsets inside a batch: baseOffset(8) batchLength(4) partitionLeaderEpoch(4) magic(1) crc(4).
BATCH_CRC_AT = 17
BATCH_ATTRIBUTES_AT = 21


def corrupt(batch: bytes, at: int) -> bytes:
    data = bytearray(batch)
    data[at] ^= 0x5A
    return bytes(data)


# ---------------------------------------------------------------- Produce


def produce_request(version: int, correlation_id: int, topic: str, partition: int, batch: bytes, acks: int = -1,
                    timeout_ms: int = 5000) -> bytes:
    """Produce v3-v12 (v9+ flexible). v13 addresses topics by id and is not built here."""
    assert 3 <= version <= 12, version
    if version >= 9:
        body = (
            compact_string(None) + struct.pack(">hi", acks, timeout_ms)
            + uvarint(2) + compact_string(topic)
            + uvarint(2) + struct.pack(">i", partition) + uvarint(len(batch) + 1) + batch + NO_TAGS
            + NO_TAGS + NO_TAGS
        )
        return request(API_PRODUCE, version, correlation_id, body, flexible=True)
    body = (
        string(None) + struct.pack(">hi", acks, timeout_ms)
        + struct.pack(">i", 1) + string(topic)
        + struct.pack(">i", 1) + struct.pack(">i", partition) + struct.pack(">i", len(batch)) + batch
    )
    return request(API_PRODUCE, version, correlation_id, body, flexible=False)


def parse_produce_response(version: int, frame: bytes):
    """Returns (correlation_id, [(topic, partition, error_code, base_offset)])."""
    flexible = version >= 9
    r = Reader(frame)
    correlation_id = r.unpack(">i")
    if flexible:
        r.skip_tags()
    results = []
    for _ in range(r.array_len(flexible)):
        name = r.compact_string() if flexible else r.string()
        for _ in range(r.array_len(flexible)):
            index, error_code, base_offset = r.unpack(">ihq")
            r.unpack(">q")  # log_append_time_ms
            if version >= 5:
                r.unpack(">q")  # log_start_offset
            if version >= 8:
                for _ in range(r.array_len(flexible)):
                    r.unpack(">i")
                    r.compact_string() if flexible else r.string()
                    if flexible:
                        r.skip_tags()
                r.compact_string() if flexible else r.string()
            if flexible:
                r.skip_tags()
            results.append((name, index, error_code, base_offset))
        if flexible:
            r.skip_tags()
    return correlation_id, results


def produce_version(bootstrap: str) -> int:
    """The highest Produce version in 3..12 that both this module and the broker speak."""
    low, high = supported_versions(bootstrap)[API_PRODUCE]
    version = min(high, 12)
    assert version >= max(low, 3), f"broker's Produce range {low}..{high} has nothing in 3..12"
    return version


def roundtrip(bootstrap: str, api_key: int, version: int, body: bytes, flexible: bool, correlation_id: int = 11) -> Reader:
    """Sends one request on a fresh connection; returns a Reader past the response header."""
    with connect(bootstrap, timeout=10) as sock:
        sock.sendall(request(api_key, version, correlation_id, body, flexible=flexible))
        r = Reader(read_frame(sock))
    assert r.unpack(">i") == correlation_id
    if flexible:  # response header v1 (not for ApiVersions, which this is not used for)
        r.skip_tags()
    return r


# ---------------------------------------------------------------- InitProducerId


def init_producer_id(bootstrap: str) -> tuple[int, int]:
    """InitProducerId v1 (no transactional id): returns (producer_id, producer_epoch)."""
    body = string(None) + struct.pack(">i", 60000)
    r = roundtrip(bootstrap, API_INIT_PRODUCER_ID, 1, body, flexible=False)
    _throttle, error_code, producer_id, producer_epoch = r.unpack(">ihqh")
    assert error_code == 0, f"InitProducerId failed with error {error_code}"
    return producer_id, producer_epoch


# ---------------------------------------------------------------- ConsumerGroupDescribe (KIP-848)


def _describe_assignment(r: Reader) -> dict:
    assignment = {}
    for _ in range(r.array_len(True)):
        r.take(16)
        name = r.compact_string()
        assignment[name] = sorted(r.unpack(">i") for _ in range(r.array_len(True)))
        r.skip_tags()
    r.skip_tags()
    return assignment


def consumer_group_describe(bootstrap: str, group: str) -> dict:
    """ConsumerGroupDescribe v0 of one group: error, state, epochs and members (id -> epoch and
    assignment), which the Python clients' admin APIs do not show."""
    body = uvarint(2) + compact_string(group) + b"\x00" + NO_TAGS
    r = roundtrip(bootstrap, 69, 0, body, flexible=True)
    r.unpack(">i")  # throttle
    assert r.array_len(True) == 1
    described = {"error": r.unpack(">h"), "message": r.compact_string(), "group": r.compact_string(),
                 "state": r.compact_string(), "group_epoch": r.unpack(">i"), "assignment_epoch": r.unpack(">i"),
                 "assignor": r.compact_string(), "members": {}}
    for _ in range(r.array_len(True)):
        member_id = r.compact_string()
        r.compact_string()  # instance id
        r.compact_string()  # rack id
        epoch = r.unpack(">i")
        client_id = r.compact_string()
        r.compact_string()  # client host
        for _ in range(r.array_len(True)):
            r.compact_string()
        r.compact_string()  # regex
        assignment = _describe_assignment(r)
        _describe_assignment(r)  # target
        r.skip_tags()
        described["members"][member_id] = {"epoch": epoch, "client_id": client_id, "assignment": assignment}
    return described


def consumer_group_heartbeat_join(bootstrap: str, group: str, member_id: str, topics: list[str]) -> int:
    """A ConsumerGroupHeartbeat v1 join (epoch 0); returns the error code."""
    body = (compact_string(group) + compact_string(member_id) + struct.pack(">i", 0)
            + compact_string(None) + compact_string(None) + struct.pack(">i", 30000)
            + uvarint(len(topics) + 1) + b"".join(compact_string(t) for t in topics)
            + compact_string(None)  # regex
            + compact_string(None)  # server assignor
            + uvarint(1)  # owned partitions: empty
            + NO_TAGS)
    r = roundtrip(bootstrap, 68, 1, body, flexible=True)
    r.unpack(">i")  # throttle
    return r.unpack(">h")


def join_group(bootstrap: str, group: str, member_id: str = "") -> int:
    """A classic JoinGroup v5 of a consumer with the range protocol; returns the error code."""
    body = (string(group) + struct.pack(">ii", 10000, 30000) + string(member_id) + string(None)
            + string("consumer") + struct.pack(">i", 1) + string("range") + struct.pack(">i", 0))
    r = roundtrip(bootstrap, 11, 5, body, flexible=False)
    r.unpack(">i")  # throttle
    return r.unpack(">h")
