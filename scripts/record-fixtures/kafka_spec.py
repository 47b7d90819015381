"""Spec-driven Kafka message codec (Python 3.11, stdlib only).

Reads Kafka's JSON message specs (the files under kafka-protocol/messages, which
contain `//` comments) and encodes/decodes any request or response body and the
request/response headers, for any version the spec declares:

  * fixed-width ints, bool, float64, uuid;
  * strings/bytes/records/arrays, classic (int16/int32 length) or compact
    (unsigned varint length + 1) in flexible versions;
  * nullable fields (per nullableVersions), nullable structs (int8 -1/1 marker);
  * tagged fields (flexible versions only), kept exactly as present on the wire:
    a decoded message holds a tagged field's name only if the tag was sent, and
    unknown tags are kept raw under "_unknown_tags" so re-encoding is faithful;
  * field-level flexibleVersions (RequestHeader.ClientId is "none": always int16).

Decoded values: dict per struct (field name -> value), list per array, str for
strings (surrogateescape, so invalid UTF-8 still round-trips), bytes for
bytes/records, str (canonical 8-4-4-4-12) for uuid.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
from dataclasses import dataclass, field
from pathlib import Path

PRIMITIVES = {
    "bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64",
    "string", "uuid", "bytes", "records",
}

_FIXED = {
    "int8": ">b", "int16": ">h", "uint16": ">H", "int32": ">i", "uint32": ">I",
    "int64": ">q", "float64": ">d",
}


class CodecError(Exception):
    pass


def strip_json_comments(text: str) -> str:
    """Remove // and /* */ comments outside JSON strings (a // inside a string stays)."""
    out = []
    i, n = 0, len(text)
    in_str = False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_str = False
            i += 1
            continue
        if c == '"':
            in_str = True
            out.append(c)
            i += 1
        elif c == "/" and i + 1 < n and text[i + 1] == "/":
            j = text.find("\n", i)
            i = n if j < 0 else j  # keep the newline
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            j = text.find("*/", i + 2)
            if j < 0:
                raise ValueError("unterminated /* comment")
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Versions:
    """A version range as written in the specs: "3", "0-2", "3+", "none"."""

    __slots__ = ("lo", "hi", "text")

    def __init__(self, text: str | None):
        self.text = text
        t = (text or "none").strip()
        if t == "none" or t == "":
            self.lo, self.hi = 1, 0  # empty
        elif t.endswith("+"):
            self.lo, self.hi = int(t[:-1]), 1 << 15
        elif "-" in t:
            a, b = t.split("-", 1)
            self.lo, self.hi = int(a), int(b)
        else:
            self.lo = self.hi = int(t)

    def __contains__(self, v: int) -> bool:
        return self.lo <= v <= self.hi

    @property
    def empty(self) -> bool:
        return self.lo > self.hi

    def __repr__(self):
        return f"Versions({self.text!r})"


@dataclass
class Field:
    name: str
    type: str
    versions: Versions
    nullable: Versions
    tagged: Versions
    tag: int | None
    flexible_override: Versions | None
    default: str | None
    fields: list["Field"] | None  # for struct / array-of-struct
    is_array: bool
    elem: str  # element type (== type for non-arrays)
    is_struct: bool  # struct or array of structs

    def is_tagged_in(self, v: int, flexible: bool) -> bool:
        return flexible and self.tag is not None and v in self.tagged


@dataclass
class MessageSpec:
    name: str
    type: str  # request / response / header / data
    api_key: int | None
    valid: Versions
    flexible: Versions
    fields: list[Field]
    listeners: list[str] = field(default_factory=list)
    latest_unstable: bool = False

    @property
    def api_name(self) -> str:
        for suffix in ("Request", "Response"):
            if self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name


def _default_text(d) -> str | None:
    """Defaults are usually strings ("-1", "null", "0x7fffffff") but a few specs use bare JSON numbers."""
    if d is None:
        return None
    if isinstance(d, bool):
        return "true" if d else "false"
    return str(d)


def _parse_fields(raw: list[dict], common: dict[str, list[dict]]) -> list[Field]:
    out = []
    for f in raw or []:
        t = f["type"]
        is_array = t.startswith("[]")
        elem = t[2:] if is_array else t
        is_struct = elem not in PRIMITIVES
        sub = None
        if is_struct:
            sub_raw = f.get("fields")
            if sub_raw is None:
                if elem not in common:
                    raise ValueError(f"field {f['name']}: unknown struct type {elem}")
                sub_raw = common[elem]
            sub = _parse_fields(sub_raw, common)
        out.append(Field(
            name=f["name"], type=t,
            versions=Versions(f.get("versions")),
            nullable=Versions(f.get("nullableVersions")),
            tagged=Versions(f.get("taggedVersions")),
            tag=f.get("tag"),
            flexible_override=Versions(f["flexibleVersions"]) if "flexibleVersions" in f else None,
            default=_default_text(f.get("default")),
            fields=sub, is_array=is_array, elem=elem, is_struct=is_struct,
        ))
    return out


def load_spec_file(path: Path) -> MessageSpec:
    doc = json.loads(strip_json_comments(path.read_text()))
    common = {s["name"]: s.get("fields", []) for s in doc.get("commonStructs", [])}
    return MessageSpec(
        name=doc["name"], type=doc["type"], api_key=doc.get("apiKey"),
        valid=Versions(doc.get("validVersions")),
        flexible=Versions(doc.get("flexibleVersions", "none")),
        fields=_parse_fields(doc.get("fields", []), common),
        listeners=doc.get("listeners", []),
        latest_unstable=bool(doc.get("latestVersionUnstable", False)),
    )


def find_spec_dir(explicit: str | None = None) -> Path:
    """--specs / $KAFKA_SPECS, else the first ancestor holding shared/kafka-protocol/messages."""
    cand = explicit or os.environ.get("KAFKA_SPECS")
    if cand:
        return Path(cand)
    here = Path(__file__).resolve().parent
    for anc in [here, *here.parents]:
        p = anc / "shared" / "kafka-protocol" / "messages"
        if (p / "RequestHeader.json").exists():
            return p
    raise FileNotFoundError("cannot find shared/kafka-protocol/messages; pass --specs")


class Registry:
    def __init__(self, spec_dir: Path):
        self.dir = spec_dir
        self.requests: dict[int, MessageSpec] = {}
        self.responses: dict[int, MessageSpec] = {}
        self.request_header = load_spec_file(spec_dir / "RequestHeader.json")
        self.response_header = load_spec_file(spec_dir / "ResponseHeader.json")
        for p in sorted(spec_dir.glob("*.json")):
            if p.name.endswith("Request.json") and p.name != "RequestHeader.json":
                s = load_spec_file(p)
                if s.type == "request":
                    self.requests[s.api_key] = s
            elif p.name.endswith("Response.json") and p.name != "ResponseHeader.json":
                s = load_spec_file(p)
                if s.type == "response":
                    self.responses[s.api_key] = s

    def api_name(self, key: int) -> str:
        s = self.requests.get(key)
        return s.api_name if s else f"Unknown{key}"

    def is_flexible(self, key: int, version: int) -> bool:
        s = self.requests.get(key)
        if s is None:
            return False
        # A version newer than the spec knows is flexible if flexibility is open-ended.
        return version in s.flexible

    def request_header_version(self, key: int, version: int) -> int:
        if key == 7 and version == 0:  # ControlledShutdown v0
            return 0
        return 2 if self.is_flexible(key, version) else 1

    def response_header_version(self, key: int, version: int) -> int:
        if key == 18:  # ApiVersions responses always use header v0
            return 0
        return 1 if self.is_flexible(key, version) else 0


# ---------------------------------------------------------------- reading

class Reader:
    __slots__ = ("buf", "pos", "end", "notes")

    def __init__(self, buf: bytes, pos: int = 0, end: int | None = None, notes: list | None = None):
        self.buf = buf
        self.pos = pos
        self.end = len(buf) if end is None else end
        self.notes = notes if notes is not None else []

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > self.end:
            raise CodecError(f"need {n} bytes at {self.pos}, have {self.end - self.pos}")
        b = self.buf[self.pos:self.pos + n]
        self.pos += n
        return b

    def fixed(self, t: str):
        fmt = _FIXED[t]
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size))[0]

    def uvarint(self) -> int:
        shift = result = 0
        start = self.pos
        while True:
            b = self.take(1)[0]
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                break
            shift += 7
            if shift > 35:
                raise CodecError("uvarint too long")
        if self.pos - start > 1 and b == 0:
            self.notes.append(f"non-minimal uvarint at {start}")
        return result

    @property
    def remaining(self) -> int:
        return self.end - self.pos


def _decode_prim(t: str, flex: bool, r: Reader):
    if t in _FIXED:
        return r.fixed(t)
    if t == "bool":
        b = r.take(1)[0]
        if b not in (0, 1):
            r.notes.append(f"bool byte {b} at {r.pos - 1}")
        return b != 0
    if t == "uuid":
        return str(uuid.UUID(bytes=r.take(16)))
    if t == "string":
        n = r.uvarint() - 1 if flex else r.fixed("int16")
        if n < 0:
            if n != -1:
                r.notes.append(f"string length {n}")
            return None
        return r.take(n).decode("utf-8", "surrogateescape")
    if t in ("bytes", "records"):
        n = r.uvarint() - 1 if flex else r.fixed("int32")
        if n < 0:
            if n != -1:
                r.notes.append(f"bytes length {n}")
            return None
        return bytes(r.take(n))
    raise CodecError(f"unknown primitive {t}")


def _decode_value(f: Field, v: int, flex: bool, r: Reader, path: str):
    fflex = flex if f.flexible_override is None else (v in f.flexible_override)
    nullable = v in f.nullable
    if f.is_array:
        n = r.uvarint() - 1 if fflex else r.fixed("int32")
        if n < 0:
            if not nullable:
                r.notes.append(f"{path}: null array in non-nullable version {v}")
            return None
        if f.is_struct:
            return [decode_fields(f.fields, v, flex, r, f"{path}[{i}]") for i in range(n)]
        return [_decode_prim(f.elem, fflex, r) for _ in range(n)]
    if f.is_struct:
        if nullable:
            marker = r.fixed("int8")
            if marker < 0:
                return None
        return decode_fields(f.fields, v, flex, r, path)
    val = _decode_prim(f.elem, fflex, r)
    if val is None and not nullable:
        r.notes.append(f"{path}: null {f.elem} in non-nullable version {v}")
    return val


def decode_fields(fields: list[Field], v: int, flex: bool, r: Reader, path: str = "") -> dict:
    out: dict = {}
    tagged: dict[int, Field] = {}
    for f in fields:
        if v not in f.versions:
            continue
        if f.is_tagged_in(v, flex):
            tagged[f.tag] = f
            continue
        out[f.name] = _decode_value(f, v, flex, r, f"{path}.{f.name}")
    if flex:
        count = r.uvarint()
        unknown = []
        last = -1
        for _ in range(count):
            tag = r.uvarint()
            size = r.uvarint()
            if tag <= last:
                r.notes.append(f"{path}: tagged fields out of order ({tag} after {last})")
            last = tag
            data = r.take(size)
            f = tagged.get(tag)
            if f is None:
                unknown.append((tag, bytes(data)))
                continue
            sub = Reader(data, notes=r.notes)
            out[f.name] = _decode_value(f, v, True, sub, f"{path}.{f.name}")
            if sub.remaining:
                raise CodecError(f"{path}.{f.name}: {sub.remaining} trailing bytes in tagged field")
        if unknown:
            out["_unknown_tags"] = unknown
    return out


# ---------------------------------------------------------------- writing

def _uvarint(n: int) -> bytes:
    if n < 0:
        raise CodecError(f"negative uvarint {n}")
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _default_value(f: Field, v: int):
    d = f.default
    if f.is_array:
        return None if d == "null" else []
    if f.is_struct:
        return None if (d == "null" and v in f.nullable) else {}
    t = f.elem
    if t in _FIXED:
        if not d:
            return 0
        return float(d) if t == "float64" else int(d, 0)
    if t == "bool":
        return d == "true"
    if t == "string":
        return None if d == "null" else (d or "")
    if t == "bytes":
        return None if d == "null" else b""
    if t == "records":
        return None
    if t == "uuid":
        return "00000000-0000-0000-0000-000000000000"
    raise CodecError(f"no default for {t}")


def _encode_prim(t: str, flex: bool, val) -> bytes:
    if t in _FIXED:
        return struct.pack(_FIXED[t], val)
    if t == "bool":
        return b"\x01" if val else b"\x00"
    if t == "uuid":
        if isinstance(val, (bytes, bytearray)):
            return bytes(val)
        return uuid.UUID(val).bytes
    if t == "string":
        if val is None:
            return b"\x00" if flex else struct.pack(">h", -1)
        b = val.encode("utf-8", "surrogateescape")
        return (_uvarint(len(b) + 1) if flex else struct.pack(">h", len(b))) + b
    if t in ("bytes", "records"):
        if val is None:
            return b"\x00" if flex else struct.pack(">i", -1)
        b = bytes(val)
        return (_uvarint(len(b) + 1) if flex else struct.pack(">i", len(b))) + b
    raise CodecError(f"unknown primitive {t}")


def _encode_value(f: Field, v: int, flex: bool, val) -> bytes:
    fflex = flex if f.flexible_override is None else (v in f.flexible_override)
    if f.is_array:
        if val is None:
            return b"\x00" if fflex else struct.pack(">i", -1)
        head = _uvarint(len(val) + 1) if fflex else struct.pack(">i", len(val))
        if f.is_struct:
            return head + b"".join(encode_fields(f.fields, v, flex, e) for e in val)
        return head + b"".join(_encode_prim(f.elem, fflex, e) for e in val)
    if f.is_struct:
        if v in f.nullable:
            if val is None:
                return b"\xff"
            return b"\x01" + encode_fields(f.fields, v, flex, val)
        return encode_fields(f.fields, v, flex, val or {})
    return _encode_prim(f.elem, fflex, val)


def encode_fields(fields: list[Field], v: int, flex: bool, obj: dict) -> bytes:
    """Encode a struct. Missing non-tagged fields take their spec default; tagged
    fields are written only when their name is present in obj."""
    parts = []
    tagged = []
    for f in fields:
        if v not in f.versions:
            continue
        if f.is_tagged_in(v, flex):
            if f.name in obj:
                tagged.append((f.tag, _encode_value(f, v, True, obj[f.name])))
            continue
        val = obj[f.name] if f.name in obj else _default_value(f, v)
        try:
            parts.append(_encode_value(f, v, flex, val))
        except (struct.error, TypeError, AttributeError, ValueError) as e:
            raise CodecError(f"field {f.name}={val!r}: {e}") from e
    if flex:
        tagged.extend(obj.get("_unknown_tags", []))
        tagged.sort(key=lambda t: t[0])
        parts.append(_uvarint(len(tagged)))
        for tag, data in tagged:
            parts.append(_uvarint(tag) + _uvarint(len(data)) + data)
    return b"".join(parts)


# ---------------------------------------------------------------- frames

@dataclass
class DecodedRequest:
    api_key: int
    api_version: int
    header_version: int
    header: dict
    body: dict | None
    notes: list[str]
    body_error: str | None = None
    trailing: int = 0  # bytes left after the body (Kafka's broker ignores them)


def decode_request(reg: Registry, frame: bytes) -> DecodedRequest:
    """Decode a request frame (header + body, without the 4-byte length)."""
    if len(frame) < 8:
        raise CodecError("frame shorter than a request header")
    key, ver = struct.unpack_from(">hh", frame)
    hv = reg.request_header_version(key, ver)
    r = Reader(frame)
    header = decode_fields(reg.request_header.fields, hv, hv >= 2, r, "header")
    spec = reg.requests.get(key)
    if spec is None:
        return DecodedRequest(key, ver, hv, header, None, r.notes, f"unknown api key {key}")
    if ver not in spec.valid:
        return DecodedRequest(key, ver, hv, header, None, r.notes,
                              f"{spec.name} v{ver} outside {spec.valid.text}")
    try:
        body = decode_fields(spec.fields, ver, ver in spec.flexible, r, spec.api_name)
    except CodecError as e:
        return DecodedRequest(key, ver, hv, header, None, r.notes, str(e))
    if r.remaining:
        r.notes.append(f"{r.remaining} trailing bytes after body: {frame[r.pos:r.pos + 16].hex()}")
    return DecodedRequest(key, ver, hv, header, body, r.notes, trailing=r.remaining)


def encode_request(reg: Registry, key: int, ver: int, header: dict, body: dict) -> bytes:
    hv = reg.request_header_version(key, ver)
    spec = reg.requests[key]
    h = dict(header)
    h.setdefault("RequestApiKey", key)
    h.setdefault("RequestApiVersion", ver)
    return (encode_fields(reg.request_header.fields, hv, hv >= 2, h)
            + encode_fields(spec.fields, ver, ver in spec.flexible, body))


def encode_response(reg: Registry, key: int, ver: int, correlation_id: int, body: dict,
                    header_version: int | None = None) -> bytes:
    hv = reg.response_header_version(key, ver) if header_version is None else header_version
    spec = reg.responses[key]
    return (encode_fields(reg.response_header.fields, hv, hv >= 1, {"CorrelationId": correlation_id})
            + encode_fields(spec.fields, ver, ver in spec.flexible, body))


def decode_response(reg: Registry, key: int, ver: int, frame: bytes) -> tuple[dict, dict]:
    hv = reg.response_header_version(key, ver)
    r = Reader(frame)
    header = decode_fields(reg.response_header.fields, hv, hv >= 1, r, "header")
    spec = reg.responses[key]
    body = decode_fields(spec.fields, ver, ver in spec.flexible, r, spec.api_name)
    if r.remaining:
        raise CodecError(f"{r.remaining} trailing bytes after response body")
    return header, body


# ---------------------------------------------------------------- record batches

BATCH_HEADER = struct.Struct(">qiibIhiqqqhii")  # 61 bytes, magic v2
CODECS = {0: "none", 1: "gzip", 2: "snappy", 3: "lz4", 4: "zstd"}


@dataclass
class BatchInfo:
    base_offset: int
    length: int  # total bytes incl. offset+length prefix
    magic: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    count: int

    @property
    def codec(self) -> str:
        return CODECS.get(self.attributes & 0x7, f"codec{self.attributes & 0x7}")

    @property
    def transactional(self) -> bool:
        return bool(self.attributes & 0x10)

    @property
    def control(self) -> bool:
        return bool(self.attributes & 0x20)


def _crc32c_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C = _crc32c_table()


def crc32c(data: bytes) -> int:
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC32C[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def batch_crc_ok(raw: bytes) -> bool:
    """Magic v2: the CRC-32C at byte 17 covers everything from the attributes (byte 21) on."""
    return struct.unpack_from(">I", raw, 17)[0] == crc32c(raw[21:])


def split_batches(data: bytes | None) -> list[tuple[BatchInfo, bytes]]:
    """Split a records blob into (info, raw batch bytes). Partial trailing batches are dropped."""
    out = []
    if not data:
        return out
    pos = 0
    while pos + 17 <= len(data):
        base, blen = struct.unpack_from(">qi", data, pos)
        total = 12 + blen
        if blen < 0 or pos + total > len(data):
            break
        magic = data[pos + 16]
        raw = data[pos:pos + total]
        if magic >= 2 and total >= BATCH_HEADER.size:
            (_, _, _, _, _, attrs, lod, bts, mts, pid, pep, bseq, cnt) = BATCH_HEADER.unpack_from(raw)
            info = BatchInfo(base, total, magic, attrs, lod, bts, mts, pid, pep, bseq, cnt)
        else:  # legacy message set entry: one (possibly wrapper) message
            attrs = raw[17 + 4] if magic in (0, 1) and len(raw) > 21 else 0
            info = BatchInfo(base, total, magic, attrs, 0, -1, -1, -1, -1, -1, 1)
        out.append((info, raw))
        pos += total
    return out


def to_jsonable(obj):
    """For debug dumps: bytes -> hex."""
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, (bytes, bytearray)):
        return {"hex": bytes(obj).hex()} if len(obj) <= 256 else {"hex": bytes(obj[:256]).hex(), "len": len(obj)}
    return obj
