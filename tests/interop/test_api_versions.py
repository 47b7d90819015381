"""ApiVersions: the supported ranges, and the v0-format error reply to a version the broker lacks."""

import wire

UNSUPPORTED_VERSION = 35


def test_api_versions_v0_lists_the_core_apis(broker):
    ranges = wire.supported_versions(broker.bootstrap)
    for api in (0, 1, 2, 3, 18, 19, 20):  # Produce, Fetch, ListOffsets, Metadata, ApiVersions, CreateTopics, DeleteTopics
        assert api in ranges, f"API key {api} not advertised"
        low, high = ranges[api]
        assert 0 <= low <= high
    assert ranges[18][0] == 0 and ranges[18][1] >= 3


def test_api_versions_with_unsupported_version(broker):
    # v99 is past every version; its header is parsed as v2 (flexible) as Kafka does for v3+.
    body = wire.compact_string("interop") + wire.compact_string("1.0") + wire.NO_TAGS
    with wire.connect(broker.bootstrap) as s:
        s.sendall(wire.request(wire.API_VERSIONS, 99, 4242, body, flexible=True))
        frame = wire.read_frame(s)
        correlation_id, error_code, ranges, leftover = wire.parse_api_versions_v0(frame)
        assert correlation_id == 4242
        assert error_code == UNSUPPORTED_VERSION
        # v0 format exactly: no throttle time, no tagged fields after the array.
        assert leftover == 0, f"{leftover} bytes after the v0 body"
        assert 18 in ranges and ranges[18][0] == 0 and ranges[18][1] >= 3
        assert 0 in ranges and 1 in ranges

        # The connection stays usable.
        s.sendall(wire.api_versions_v0_request(4243))
        correlation_id, error_code, _, _ = wire.parse_api_versions_v0(wire.read_frame(s))
        assert (correlation_id, error_code) == (4243, 0)


def test_api_versions_v3_reply_is_flexible(broker):
    body = wire.compact_string("interop") + wire.compact_string("1.0") + wire.NO_TAGS
    with wire.connect(broker.bootstrap) as s:
        s.sendall(wire.request(wire.API_VERSIONS, 3, 77, body, flexible=True))
        r = wire.Reader(wire.read_frame(s))
    # The ApiVersions response header stays v0 (no tagged fields) even for flexible versions.
    assert r.unpack(">i") == 77
    assert r.unpack(">h") == 0
    count = r.uvarint() - 1
    keys = []
    for _ in range(count):
        key, low, high = r.unpack(">hhh")
        r.skip_tags()
        keys.append(key)
        assert low <= high
    assert 18 in keys
    r.unpack(">i")  # throttle_time_ms
    r.skip_tags()
    assert r.remaining() == 0
