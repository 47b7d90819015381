#!/usr/bin/env python3
"""A small fake Kafka broker that records the request frames real clients send.

Python 3.11, stdlib only. The wire codec is spec-driven (kafka_spec.py beside
this file reads Kafka's JSON message specs); this file holds the broker:

  serve   listen on a loopback port as broker node 1, answer plausibly, and write
          each request frame (header + body, without the 4-byte length prefix) to
          <out>/<client>/<Api>-v<version>-<n>.bin, a few per API/version.
  check   decode every recorded frame and re-encode it; report any byte mismatch.
  index   write <out>/index.json describing every recorded frame.
  dump    print one frame decoded, as JSON.

The broker keeps everything in memory: topics (auto-created on first mention),
the produced record batches per partition (so Fetch returns them), groups
(single-member rebalances, KIP-394 member ids) and committed offsets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import signal
import socket
import socketserver
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kafka_spec as ks  # noqa: E402

log = logging.getLogger("fake_broker")

NODE_ID = 1
ZERO_UUID = "00000000-0000-0000-0000-000000000000"
CLUSTER_ID = "sluice-fixture-cluster"
# APIs not advertised even though a KRaft broker would list them: client telemetry
# (KIP-714: clients would start pushing metrics), the KIP-848 consumer-group and
# KIP-932 share-group protocols (clients would switch group protocols), raft voter
# admin, DescribeTopicPartitions (admin clients would prefer it over Metadata).
NOT_ADVERTISED = {68, 69, 71, 72, 75, 76, 77, 78, 79, 80, 81, 83, 84, 85, 86, 87}

# Kafka error codes used here.
NONE = 0
OFFSET_OUT_OF_RANGE = 1
UNKNOWN_TOPIC_OR_PARTITION = 3
UNSUPPORTED_VERSION = 35
TOPIC_ALREADY_EXISTS = 36
MEMBER_ID_REQUIRED = 79
UNKNOWN_TOPIC_ID = 100


def topic_uuid(name: str) -> str:
    """Stable, non-zero topic id derived from the name (reproducible fixtures)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "sluice-fixtures/" + name))


@dataclass
class Partition:
    batches: list = field(default_factory=list)  # (base_offset, last_offset, max_ts, bytes)
    end: int = 0


@dataclass
class Topic:
    name: str
    id: str
    partitions: list[Partition]


@dataclass
class Group:
    generation: int = 0
    protocol_type: str | None = None
    protocol: str | None = None
    leader: str | None = None
    members: dict = field(default_factory=dict)  # member id -> (instance id, metadata)
    assignments: dict = field(default_factory=dict)  # member id -> bytes
    offsets: dict = field(default_factory=dict)  # (topic, partition) -> (offset, epoch, metadata)


class Recorder:
    """Writes the first few distinct frames per (API, version, variant)."""

    def __init__(self, out: Path, max_per_key: int):
        self.out = out
        self.max_per_key = max_per_key
        self.lock = threading.Lock()
        self.counts: dict = {}
        self.numbers: dict = {}
        self.seen: set = set()
        out.mkdir(parents=True, exist_ok=True)

    def record(self, api_name: str, version: int, variant, frame: bytes) -> Path | None:
        # Frames that differ only in correlation id (heartbeats, idle fetches) are duplicates.
        digest = hashlib.sha256(frame[:4] + frame[8:]).digest()
        key = (api_name, version, variant)
        with self.lock:
            if digest in self.seen or self.counts.get(key, 0) >= self.max_per_key:
                return None
            self.seen.add(digest)
            self.counts[key] = self.counts.get(key, 0) + 1
            n = self.numbers.get((api_name, version), 0) + 1
            self.numbers[(api_name, version)] = n
            path = self.out / f"{api_name}-v{version}-{n}.bin"
            path.write_bytes(frame)
            return path


class Broker:
    def __init__(self, reg: ks.Registry, host: str, port: int, partitions: int,
                 recorder: Recorder | None, max_wait_cap_ms: int = 1000):
        self.reg = reg
        self.host = host
        self.port = port
        self.default_partitions = partitions
        self.recorder = recorder
        self.max_wait_cap_ms = max_wait_cap_ms
        self.cond = threading.Condition()
        self.topics: dict[str, Topic] = {}
        self.groups: dict[str, Group] = {}
        self.client_software: dict = {}
        self.advertised = self._advertised_apis()
        self.handlers = {
            "ApiVersions": self.h_api_versions, "Metadata": self.h_metadata,
            "Produce": self.h_produce, "Fetch": self.h_fetch, "ListOffsets": self.h_list_offsets,
            "FindCoordinator": self.h_find_coordinator, "JoinGroup": self.h_join_group,
            "SyncGroup": self.h_sync_group, "Heartbeat": self.h_heartbeat,
            "LeaveGroup": self.h_leave_group, "OffsetCommit": self.h_offset_commit,
            "OffsetFetch": self.h_offset_fetch, "CreateTopics": self.h_create_topics,
            "DeleteTopics": self.h_delete_topics, "InitProducerId": self.h_init_producer_id,
            "DescribeCluster": self.h_describe_cluster, "DescribeConfigs": self.h_describe_configs,
            "OffsetForLeaderEpoch": self.h_offset_for_leader_epoch,
        }

    # ------------------------------------------------------------ helpers

    def _advertised_apis(self) -> list[dict]:
        out = []
        for key, spec in sorted(self.reg.requests.items()):
            if "broker" not in spec.listeners or key in NOT_ADVERTISED:
                continue
            hi = spec.valid.hi - (1 if spec.latest_unstable else 0)
            if hi < spec.valid.lo:
                continue
            out.append({"ApiKey": key, "MinVersion": spec.valid.lo, "MaxVersion": hi})
        return out

    def topic(self, name: str, create: bool = True, partitions: int | None = None) -> Topic | None:
        """Caller holds self.cond."""
        t = self.topics.get(name)
        if t is None and create and name:
            n = partitions if partitions and partitions > 0 else self.default_partitions
            t = Topic(name, topic_uuid(name), [Partition() for _ in range(n)])
            self.topics[name] = t
            log.info("created topic %s (%d partitions)", name, n)
        return t

    def topic_by_id(self, tid: str) -> Topic | None:
        for t in self.topics.values():
            if t.id == tid:
                return t
        return None

    def variant(self, name: str, body: dict | None):
        """Recording variant: Produce frames are kept per codec / idempotence, ListOffsets
        frames per kind of timestamp (earliest / latest / max / a real time)."""
        if name == "ListOffsets" and body:
            kinds = {-1: "latest", -2: "earliest", -3: "max"}
            return tuple(sorted({kinds.get(p.get("Timestamp"), "other" if p.get("Timestamp", 0) < 0 else "time")
                                 for t in body.get("Topics") or [] for p in t.get("Partitions") or []}))
        if name != "Produce" or not body:
            return None
        codecs, idem = set(), False
        for td in body.get("TopicData") or []:
            for pd in td.get("PartitionData") or []:
                for info, _ in ks.split_batches(pd.get("Records")):
                    codecs.add(info.codec)
                    idem = idem or info.producer_id >= 0
        return (tuple(sorted(codecs)), idem, body.get("TransactionalId") is not None)

    # ------------------------------------------------------------ dispatch

    def handle_frame(self, frame: bytes, peer: str) -> bytes | None:
        req = ks.decode_request(self.reg, frame)
        key, ver = req.api_key, req.api_version
        name = self.reg.api_name(key)
        corr = req.header.get("CorrelationId", 0)
        client_id = req.header.get("ClientId")
        if self.recorder:
            path = self.recorder.record(name, ver, self.variant(name, req.body), frame)
            if path:
                log.debug("recorded %s", path.name)
        for note in req.notes:
            log.warning("%s v%d: %s", name, ver, note)

        if key == 18 and req.body_error and ver > self.reg.requests[18].valid.hi:
            log.info("ApiVersions v%d from %s: too new, answering v0 with UNSUPPORTED_VERSION", ver, client_id)
            return ks.encode_response(self.reg, 18, 0, corr, {
                "ErrorCode": UNSUPPORTED_VERSION, "ApiKeys": self.advertised}, header_version=0)
        if req.body_error:
            log.error("cannot decode %s v%d from %s: %s", name, ver, client_id, req.body_error)
            return b""  # close the connection
        handler = self.handlers.get(name)
        ctx = {"client_id": client_id, "peer": peer, "version": ver, "header": req.header}
        if handler is None:
            log.warning("UNHANDLED %s v%d from %s: answering with spec defaults", name, ver, client_id)
            resp = {}
        else:
            resp = handler(ctx, ver, req.body)
            if resp is None:
                log.info("%s v%d from %s: no response", name, ver, client_id)
                return None
        log.info("%s v%d corr=%d client=%s", name, ver, corr, client_id)
        return ks.encode_response(self.reg, key, ver, corr, resp)

    # ------------------------------------------------------------ handlers

    def h_api_versions(self, ctx, v, body):
        if v >= 3:
            sw = {"name": body.get("ClientSoftwareName"), "version": body.get("ClientSoftwareVersion")}
            with self.cond:
                if self.client_software.get(ctx["client_id"] or "") != sw:
                    self.client_software[ctx["client_id"] or ""] = sw
                    log.info("client software %s %s", sw["name"], sw["version"])
                    if self.recorder:
                        (self.recorder.out / "clients.json").write_text(
                            json.dumps(self.client_software, indent=2, sort_keys=True) + "\n")
        return {"ErrorCode": NONE, "ApiKeys": self.advertised, "ThrottleTimeMs": 0}

    def _metadata_topic(self, t: Topic | None, name, tid, v):
        if t is None:
            return {"ErrorCode": UNKNOWN_TOPIC_OR_PARTITION, "Name": name,
                    "TopicId": tid or ZERO_UUID, "Partitions": []}
        return {
            "ErrorCode": NONE, "Name": t.name, "TopicId": t.id, "IsInternal": False,
            "Partitions": [{
                "ErrorCode": NONE, "PartitionIndex": i, "LeaderId": NODE_ID, "LeaderEpoch": 0,
                "ReplicaNodes": [NODE_ID], "IsrNodes": [NODE_ID], "OfflineReplicas": [],
            } for i in range(len(t.partitions))],
        }

    def h_metadata(self, ctx, v, body):
        req_topics = body.get("Topics")
        topics = []
        with self.cond:
            if req_topics is None or (v == 0 and not req_topics):
                topics = [self._metadata_topic(t, t.name, t.id, v) for t in self.topics.values()]
            else:
                for rt in req_topics:
                    name, tid = rt.get("Name"), rt.get("TopicId")
                    if name:
                        t = self.topic(name, create=True)
                    else:
                        t = self.topic_by_id(tid)
                    topics.append(self._metadata_topic(t, name, tid, v))
        return {
            "ThrottleTimeMs": 0,
            "Brokers": [{"NodeId": NODE_ID, "Host": self.host, "Port": self.port, "Rack": None}],
            "ClusterId": CLUSTER_ID, "ControllerId": NODE_ID, "Topics": topics,
        }

    def h_produce(self, ctx, v, body):
        responses = []
        with self.cond:
            for td in body.get("TopicData") or []:
                name = td.get("Name")
                t = self.topic(name, create=True) if name else self.topic_by_id(td.get("TopicId"))
                parts = []
                for pd in td.get("PartitionData") or []:
                    idx = pd["Index"]
                    if t is None or not 0 <= idx < len(t.partitions):
                        parts.append({"Index": idx, "ErrorCode": UNKNOWN_TOPIC_OR_PARTITION, "BaseOffset": -1})
                        continue
                    p = t.partitions[idx]
                    base = p.end
                    for info, raw in ks.split_batches(pd.get("Records")):
                        raw = bytearray(raw)
                        struct.pack_into(">q", raw, 0, p.end)  # assign offsets
                        if info.magic >= 2:
                            struct.pack_into(">i", raw, 12, 0)  # partitionLeaderEpoch (not in CRC)
                        last = p.end + max(info.last_offset_delta, 0)
                        p.batches.append((p.end, last, info.max_timestamp, bytes(raw)))
                        p.end = last + 1
                        log.info("produce %s[%d] %s x%d -> %d..%d", t.name, idx, info.codec,
                                 info.count, base, last)
                    parts.append({"Index": idx, "ErrorCode": NONE, "BaseOffset": base,
                                  "LogAppendTimeMs": -1, "LogStartOffset": 0})
                responses.append({"Name": name, "TopicId": td.get("TopicId"), "PartitionResponses": parts})
            self.cond.notify_all()
        if body.get("Acks") == 0:
            return None
        for r in responses:
            if r["TopicId"] is None:
                del r["TopicId"]
        return {"Responses": responses, "ThrottleTimeMs": 0}

    def _fetch_once(self, v, body):
        total = 0
        responses = []
        for ft in body.get("Topics") or []:
            if v >= 13:
                t = self.topic_by_id(ft.get("TopicId"))
                missing = UNKNOWN_TOPIC_ID
            else:
                t = self.topic(ft.get("Topic"), create=False)
                missing = UNKNOWN_TOPIC_OR_PARTITION
            parts = []
            for fp in ft.get("Partitions") or []:
                idx = fp["Partition"]
                entry = {"PartitionIndex": idx, "ErrorCode": NONE, "HighWatermark": -1,
                         "LastStableOffset": -1, "LogStartOffset": -1,
                         "AbortedTransactions": None, "PreferredReadReplica": -1, "Records": None}
                if t is None or not 0 <= idx < len(t.partitions):
                    entry["ErrorCode"] = missing
                    parts.append(entry)
                    continue
                p = t.partitions[idx]
                entry.update(HighWatermark=p.end, LastStableOffset=p.end, LogStartOffset=0)
                off = fp["FetchOffset"]
                if off > p.end or off < 0:
                    entry["ErrorCode"] = OFFSET_OUT_OF_RANGE
                else:
                    chunks, size = [], 0
                    limit = fp.get("PartitionMaxBytes", 1 << 20)
                    for base, last, _, raw in p.batches:
                        if last < off:
                            continue
                        if chunks and size + len(raw) > limit:
                            break
                        chunks.append(raw)
                        size += len(raw)
                    entry["Records"] = b"".join(chunks)
                    total += size
                parts.append(entry)
            resp_t = {"Partitions": parts}
            if v >= 13:
                resp_t["TopicId"] = ft.get("TopicId")
            else:
                resp_t["Topic"] = ft.get("Topic")
            responses.append(resp_t)
        return total, {"ThrottleTimeMs": 0, "ErrorCode": NONE, "SessionId": 0, "Responses": responses}

    def h_fetch(self, ctx, v, body):
        wait_ms = min(max(body.get("MaxWaitMs", 0), 0), self.max_wait_cap_ms)
        deadline = time.monotonic() + wait_ms / 1000.0
        with self.cond:
            while True:
                total, resp = self._fetch_once(v, body)
                remaining = deadline - time.monotonic()
                if total > 0 or total >= body.get("MinBytes", 1) or remaining <= 0:
                    return resp
                self.cond.wait(remaining)

    def h_list_offsets(self, ctx, v, body):
        topics = []
        with self.cond:
            for lt in body.get("Topics") or []:
                t = self.topic(lt["Name"], create=False)
                parts = []
                for lp in lt.get("Partitions") or []:
                    idx, ts = lp["PartitionIndex"], lp["Timestamp"]
                    if t is None or not 0 <= idx < len(t.partitions):
                        parts.append({"PartitionIndex": idx, "ErrorCode": UNKNOWN_TOPIC_OR_PARTITION,
                                      "OldStyleOffsets": []})
                        continue
                    p = t.partitions[idx]
                    off, rts = -1, -1
                    if ts == -1:  # latest
                        off = p.end
                    elif ts in (-2, -4, -5):  # earliest (local / tiered)
                        off = 0
                    elif ts == -3:  # max timestamp
                        if p.batches:
                            best = max(p.batches, key=lambda b: b[2])
                            off, rts = best[1], best[2]
                    else:  # first batch whose max timestamp >= ts (batch granularity)
                        for base, last, mts, _ in p.batches:
                            if mts >= ts:
                                off, rts = base, mts
                                break
                    parts.append({"PartitionIndex": idx, "ErrorCode": NONE, "Timestamp": rts,
                                  "Offset": off, "LeaderEpoch": 0,
                                  "OldStyleOffsets": [off] if off >= 0 else []})
                topics.append({"Name": lt["Name"], "Partitions": parts})
        return {"ThrottleTimeMs": 0, "Topics": topics}

    def h_find_coordinator(self, ctx, v, body):
        if v >= 4:
            return {"ThrottleTimeMs": 0, "Coordinators": [
                {"Key": k, "NodeId": NODE_ID, "Host": self.host, "Port": self.port,
                 "ErrorCode": NONE, "ErrorMessage": None}
                for k in body.get("CoordinatorKeys") or []]}
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE, "ErrorMessage": None,
                "NodeId": NODE_ID, "Host": self.host, "Port": self.port}

    def h_join_group(self, ctx, v, body):
        gid, member = body["GroupId"], body["MemberId"]
        protocols = body.get("Protocols") or []
        nullable_name = None if v >= 7 else ""
        if not member:
            member = f"{ctx['client_id'] or 'member'}-{uuid.uuid4()}"
            if v >= 4:  # KIP-394: hand out a member id, the client rejoins with it
                return {"ErrorCode": MEMBER_ID_REQUIRED, "GenerationId": -1,
                        "ProtocolType": None, "ProtocolName": nullable_name,
                        "Leader": "", "MemberId": member, "Members": []}
        with self.cond:
            g = self.groups.setdefault(gid, Group())
            # One member per group in these scenarios: every join starts a new generation.
            g.generation += 1
            g.protocol_type = body.get("ProtocolType")
            g.protocol = protocols[0]["Name"] if protocols else None
            g.leader = member
            g.members = {member: (body.get("GroupInstanceId"), protocols[0]["Metadata"] if protocols else b"")}
            g.assignments = {}
            gen = g.generation
        return {
            "ThrottleTimeMs": 0, "ErrorCode": NONE, "GenerationId": gen,
            "ProtocolType": g.protocol_type, "ProtocolName": g.protocol, "Leader": member,
            "SkipAssignment": False, "MemberId": member,
            "Members": [{"MemberId": m, "GroupInstanceId": inst, "Metadata": md}
                        for m, (inst, md) in g.members.items()],
        }

    def h_sync_group(self, ctx, v, body):
        with self.cond:
            g = self.groups.setdefault(body["GroupId"], Group())
            for a in body.get("Assignments") or []:
                g.assignments[a["MemberId"]] = a["Assignment"]
            assignment = g.assignments.get(body["MemberId"], b"")
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE,
                "ProtocolType": body.get("ProtocolType"), "ProtocolName": body.get("ProtocolName"),
                "Assignment": assignment}

    def h_heartbeat(self, ctx, v, body):
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE}

    def h_leave_group(self, ctx, v, body):
        with self.cond:
            g = self.groups.get(body["GroupId"])
            leaving = [body.get("MemberId")] if v < 3 else [m["MemberId"] for m in body.get("Members") or []]
            if g:
                for m in leaving:
                    g.members.pop(m, None)
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE, "Members": [
            {"MemberId": m["MemberId"], "GroupInstanceId": m.get("GroupInstanceId"), "ErrorCode": NONE}
            for m in body.get("Members") or []]}

    def h_offset_commit(self, ctx, v, body):
        topics = []
        with self.cond:
            g = self.groups.setdefault(body["GroupId"], Group())
            for t in body.get("Topics") or []:
                parts = []
                for p in t.get("Partitions") or []:
                    g.offsets[(t["Name"], p["PartitionIndex"])] = (
                        p["CommittedOffset"], p.get("CommittedLeaderEpoch", -1), p.get("CommittedMetadata"))
                    parts.append({"PartitionIndex": p["PartitionIndex"], "ErrorCode": NONE})
                    log.info("commit %s %s[%d]=%d", body["GroupId"], t["Name"], p["PartitionIndex"],
                             p["CommittedOffset"])
                topics.append({"Name": t["Name"], "Partitions": parts})
        return {"ThrottleTimeMs": 0, "Topics": topics}

    def _committed(self, gid, req_topics):
        """Caller holds self.cond. req_topics None = every committed partition."""
        g = self.groups.get(gid) or Group()
        if req_topics is None:
            by_topic: dict = {}
            for (tn, pi) in sorted(g.offsets):
                by_topic.setdefault(tn, []).append(pi)
            req_topics = [{"Name": tn, "PartitionIndexes": ps} for tn, ps in by_topic.items()]
        out = []
        for t in req_topics:
            parts = []
            for pi in t.get("PartitionIndexes") or []:
                off, epoch, md = g.offsets.get((t["Name"], pi), (-1, -1, ""))
                parts.append({"PartitionIndex": pi, "CommittedOffset": off, "CommittedLeaderEpoch": epoch,
                              "Metadata": md, "ErrorCode": NONE})
            out.append({"Name": t["Name"], "Partitions": parts})
        return out

    def h_offset_fetch(self, ctx, v, body):
        with self.cond:
            if v >= 8:
                return {"ThrottleTimeMs": 0, "Groups": [
                    {"GroupId": gr["GroupId"], "Topics": self._committed(gr["GroupId"], gr.get("Topics")),
                     "ErrorCode": NONE} for gr in body.get("Groups") or []]}
            return {"ThrottleTimeMs": 0, "ErrorCode": NONE,
                    "Topics": self._committed(body["GroupId"], body.get("Topics"))}

    def h_create_topics(self, ctx, v, body):
        results = []
        with self.cond:
            for ct in body.get("Topics") or []:
                name = ct["Name"]
                exists = name in self.topics
                n = ct.get("NumPartitions", -1)
                if not exists and not body.get("ValidateOnly"):
                    self.topic(name, create=True, partitions=n)
                t = self.topics.get(name)
                results.append({
                    "Name": name, "TopicId": t.id if t else topic_uuid(name),
                    "ErrorCode": TOPIC_ALREADY_EXISTS if exists else NONE,
                    "ErrorMessage": f"Topic '{name}' already exists." if exists else None,
                    "NumPartitions": len(t.partitions) if t else (n if n > 0 else self.default_partitions),
                    "ReplicationFactor": 1, "Configs": [],
                })
        return {"ThrottleTimeMs": 0, "Topics": results}

    def h_delete_topics(self, ctx, v, body):
        results = []
        with self.cond:
            wanted = ([{"Name": n, "TopicId": None} for n in body.get("TopicNames") or []] if v < 6
                      else body.get("Topics") or [])
            for w in wanted:
                t = self.topics.get(w["Name"]) if w.get("Name") else self.topic_by_id(w.get("TopicId"))
                if t:
                    del self.topics[t.name]
                results.append({"Name": t.name if t else w.get("Name"),
                                "TopicId": t.id if t else (w.get("TopicId") or topic_uuid("")),
                                "ErrorCode": NONE if t else UNKNOWN_TOPIC_OR_PARTITION,
                                "ErrorMessage": None})
        return {"ThrottleTimeMs": 0, "Responses": results}

    def h_init_producer_id(self, ctx, v, body):
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE, "ProducerId": 1000, "ProducerEpoch": 0}

    def h_describe_cluster(self, ctx, v, body):
        return {"ThrottleTimeMs": 0, "ErrorCode": NONE, "ErrorMessage": None,
                "EndpointType": body.get("EndpointType", 1), "ClusterId": CLUSTER_ID,
                "ControllerId": NODE_ID,
                "Brokers": [{"BrokerId": NODE_ID, "Host": self.host, "Port": self.port, "Rack": None}],
                "ClusterAuthorizedOperations": -2147483648}

    TOPIC_CONFIGS = {"cleanup.policy": "delete", "compression.type": "producer",
                     "retention.ms": "604800000", "segment.bytes": "1073741824",
                     "max.message.bytes": "1048588", "min.insync.replicas": "1"}
    BROKER_CONFIGS = {"num.partitions": "3", "default.replication.factor": "1",
                      "auto.create.topics.enable": "true", "log.retention.hours": "168",
                      "message.max.bytes": "1048588"}

    def h_describe_configs(self, ctx, v, body):
        results = []
        for r in body.get("Resources") or []:
            known = self.TOPIC_CONFIGS if r["ResourceType"] == 2 else self.BROKER_CONFIGS
            keys = r.get("ConfigurationKeys")
            names = list(known) if keys is None else keys
            results.append({
                "ErrorCode": NONE, "ErrorMessage": None, "ResourceType": r["ResourceType"],
                "ResourceName": r["ResourceName"],
                "Configs": [{"Name": k, "Value": known.get(k), "ReadOnly": False, "IsDefault": True,
                             "ConfigSource": 5, "IsSensitive": False, "Synonyms": [],
                             "ConfigType": 0, "Documentation": None} for k in names],
            })
        return {"ThrottleTimeMs": 0, "Results": results}

    def h_offset_for_leader_epoch(self, ctx, v, body):
        topics = []
        with self.cond:
            for ot in body.get("Topics") or []:
                t = self.topic(ot["Topic"], create=False)
                parts = []
                for op in ot.get("Partitions") or []:
                    idx = op["Partition"]
                    ok = t is not None and 0 <= idx < len(t.partitions)
                    parts.append({"ErrorCode": NONE if ok else UNKNOWN_TOPIC_OR_PARTITION,
                                  "Partition": idx, "LeaderEpoch": 0 if ok else -1,
                                  "EndOffset": t.partitions[idx].end if ok else -1})
                topics.append({"Topic": ot["Topic"], "Partitions": parts})
        return {"ThrottleTimeMs": 0, "Topics": topics}


# ---------------------------------------------------------------- server

class _Handler(socketserver.BaseRequestHandler):
    def handle(self):
        broker: Broker = self.server.broker  # type: ignore[attr-defined]
        sock: socket.socket = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        peer = "%s:%d" % self.client_address[:2]
        log.debug("connection from %s", peer)
        try:
            while True:
                head = _recv_exact(sock, 4)
                if head is None:
                    return
                (size,) = struct.unpack(">i", head)
                if size <= 0 or size > 64 << 20:
                    log.error("bad frame size %d from %s", size, peer)
                    return
                frame = _recv_exact(sock, size)
                if frame is None:
                    return
                try:
                    resp = broker.handle_frame(frame, peer)
                except Exception:
                    log.exception("handler failed")
                    return
                if resp == b"":
                    return
                if resp is not None:
                    sock.sendall(struct.pack(">i", len(resp)) + resp)
        except (ConnectionError, OSError) as e:
            log.debug("connection %s closed: %s", peer, e)


def _recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def cmd_serve(args):
    reg = ks.Registry(ks.find_spec_dir(args.specs))
    recorder = Recorder(Path(args.out) / args.client, args.max_per_key) if args.out else None
    server = _Server((args.host, args.port), _Handler)
    port = server.server_address[1]
    broker = Broker(reg, args.host, port, args.partitions, recorder)
    server.broker = broker  # type: ignore[attr-defined]
    log.info("fake broker node %d listening on %s:%d (client folder %s)", NODE_ID, args.host, port, args.client)
    if args.port_file:
        tmp = args.port_file + ".tmp"
        Path(tmp).write_text(str(port))
        os.replace(tmp, args.port_file)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    server.server_close()
    log.info("fake broker stopped")


# ---------------------------------------------------------------- check / index / dump

def frame_files(root: Path):
    return sorted(p for p in root.rglob("*.bin"))


def describe_frame(reg, path: Path) -> dict:
    frame = path.read_bytes()
    req = ks.decode_request(reg, frame)
    entry = {
        "file": None, "client": path.parent.name, "apiKey": req.api_key,
        "apiName": reg.api_name(req.api_key), "apiVersion": req.api_version,
        "headerVersion": req.header_version, "size": len(frame),
        "clientId": req.header.get("ClientId"),
    }
    if req.trailing:
        entry["trailingBytes"] = req.trailing
    if req.body and entry["apiName"] == "Produce":
        batches = []
        for td in req.body.get("TopicData") or []:
            for pd in td.get("PartitionData") or []:
                for info, _ in ks.split_batches(pd.get("Records")):
                    batches.append({"magic": info.magic, "compression": info.codec,
                                    "attributes": info.attributes, "records": info.count,
                                    "producerId": info.producer_id, "baseSequence": info.base_sequence})
        entry["batches"] = batches
        entry["compression"] = sorted({b["compression"] for b in batches})
    return entry


def cmd_check(args):
    reg = ks.Registry(ks.find_spec_dir(args.specs))
    root = Path(args.dir)
    ok = bad = quirks = 0
    for path in frame_files(root):
        rel = path.relative_to(root)
        frame = path.read_bytes()
        req = ks.decode_request(reg, frame)
        if req.body_error or req.body is None:
            print(f"FAIL {rel}: decode: {req.body_error}")
            bad += 1
            continue
        again = ks.encode_request(reg, req.api_key, req.api_version, req.header, req.body)
        if req.trailing and again == frame[:-req.trailing]:
            print(f"QUIRK {rel}: decodes like Kafka's broker does, re-encodes to the frame minus "
                  f"its {req.trailing} trailing bytes ({frame[-req.trailing:].hex()})")
            quirks += 1
            continue
        if again != frame:
            i = next((k for k in range(min(len(again), len(frame))) if again[k] != frame[k]),
                     min(len(again), len(frame)))
            print(f"FAIL {rel}: re-encoded {len(again)} bytes vs {len(frame)}, first difference at byte {i}"
                  f" (orig {frame[i:i + 8].hex()} / ours {again[i:i + 8].hex()})")
            bad += 1
            continue
        for note in req.notes:
            print(f"NOTE {rel}: {note}")
        if req.api_key == 0:
            for td in req.body.get("TopicData") or []:
                for pd in td.get("PartitionData") or []:
                    for info, raw in ks.split_batches(pd.get("Records")):
                        if info.magic >= 2 and not ks.batch_crc_ok(raw):
                            print(f"NOTE {rel}: record batch CRC-32C mismatch")
        ok += 1
        if args.verbose:
            print(f"ok   {rel}")
    print(f"round-trip: {ok} exact, {quirks} exact except trailing bytes, {bad} failed, "
          f"{ok + quirks + bad} frames")
    return 1 if bad else 0


def cmd_index(args):
    reg = ks.Registry(ks.find_spec_dir(args.specs))
    root = Path(args.dir)
    frames = []
    for path in frame_files(root):
        e = describe_frame(reg, path)
        e["file"] = str(path.relative_to(root))
        frames.append(e)
    # Client descriptions: kept from an earlier index, updated from --clients-info (library
    # versions, written by record.py) and from the broker's clients.json files (the
    # ClientSoftwareName/Version pairs seen in ApiVersions v3+), which are folded in and removed.
    old = root / "index.json"
    clients = json.loads(old.read_text()).get("clients", {}) if old.exists() else {}
    if args.clients_info:
        for name, info in json.loads(Path(args.clients_info).read_text()).items():
            clients.setdefault(name, {}).update(info)
    for cj in sorted(root.glob("*/clients.json")):
        seen = json.loads(cj.read_text())
        clients.setdefault(cj.parent.name, {})["apiVersionsSoftware"] = sorted(
            {f"{v['name']} {v['version']}" for v in seen.values()})
        cj.unlink()
    present = {p.parent.name for p in frame_files(root)}
    clients = {k: v for k, v in sorted(clients.items()) if k in present}
    doc = {"clients": clients, "frames": frames}
    (root / "index.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(f"index: {len(frames)} frames -> {root / 'index.json'}")
    return 0


def cmd_summary(args):
    """Table of recorded frames per client / API / version, and the codec of each Produce frame."""
    doc = json.loads((Path(args.dir) / "index.json").read_text())
    counts: dict = {}
    for f in doc["frames"]:
        k = (f["client"], f["apiKey"], f["apiName"], f["apiVersion"], f["headerVersion"])
        counts[k] = counts.get(k, 0) + 1
    print("| client | api (key) | version | header | frames |")
    print("| --- | --- | --- | --- | --- |")
    for (client, key, name, ver, hv), n in sorted(counts.items()):
        print(f"| {client} | {name} ({key}) | {ver} | v{hv} | {n} |")
    print()
    print("| Produce frame | compression per batch | records per batch | producer id |")
    print("| --- | --- | --- | --- |")
    for f in doc["frames"]:
        if f["apiName"] == "Produce":
            bs = f.get("batches", [])
            print(f"| {f['file']} | {', '.join(b['compression'] for b in bs)} | "
                  f"{', '.join(str(b['records']) for b in bs)} | {bs[0]['producerId'] if bs else ''} |")
    print(f"\n{len(doc['frames'])} frames, {sum(f['size'] for f in doc['frames'])} bytes")
    return 0


def cmd_dump(args):
    reg = ks.Registry(ks.find_spec_dir(args.specs))
    frame = Path(args.file).read_bytes()
    req = ks.decode_request(reg, frame)
    print(json.dumps(ks.to_jsonable({
        "api": reg.api_name(req.api_key), "version": req.api_version,
        "headerVersion": req.header_version, "header": req.header, "body": req.body,
        "error": req.body_error, "notes": req.notes}), indent=1))
    return 0


def cmd_selftest(args):
    """Start a broker in-process and check that its answers decode (incl. the ApiVersions fallback)."""
    if not args.verbose:
        logging.getLogger().setLevel(logging.ERROR)
    reg = ks.Registry(ks.find_spec_dir(args.specs))
    server = _Server(("127.0.0.1", 0), _Handler)
    port = server.server_address[1]
    server.broker = Broker(reg, "127.0.0.1", port, 3, None)  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sock = socket.create_connection(("127.0.0.1", port))

    def call(key, ver, body):
        spec_max = reg.requests[key].valid.hi
        frame = ks.encode_request(reg, key, min(ver, spec_max), {"CorrelationId": ver, "ClientId": "selftest"}, body)
        frame = frame[:2] + struct.pack(">h", ver) + frame[4:]
        sock.sendall(struct.pack(">i", len(frame)) + frame)
        size = struct.unpack(">i", _recv_exact(sock, 4))[0]
        return _recv_exact(sock, size)

    failures = 0

    def expect(what, cond):
        nonlocal failures
        print(("ok   " if cond else "FAIL ") + what)
        failures += 0 if cond else 1

    # Codec: tagged fields (known, struct-valued, nested, unknown) survive decode -> encode.
    fetch = {"ClusterId": "c1", "ReplicaState": {"ReplicaId": 3, "ReplicaEpoch": 9}, "MaxWaitMs": 5,
             "MinBytes": 1, "Topics": [{"TopicId": topic_uuid("t"), "Partitions": [
                 {"Partition": 0, "FetchOffset": 7, "PartitionMaxBytes": 100,
                  "ReplicaDirectoryId": topic_uuid("d"), "_unknown_tags": [(9, b"xy")]}]}],
             "ForgottenTopicsData": [], "RackId": "r", "_unknown_tags": [(5, b"\x01")]}
    frame = ks.encode_request(reg, 1, 17, {"CorrelationId": 1, "ClientId": None}, fetch)
    back = ks.decode_request(reg, frame)
    expect("tagged fields round-trip (Fetch v17, null ClientId)",
           not back.body_error and back.body["ReplicaState"]["ReplicaEpoch"] == 9
           and back.body["Topics"][0]["Partitions"][0]["_unknown_tags"] == [(9, b"xy")]
           and ks.encode_request(reg, 1, 17, back.header, back.body) == frame)

    too_new = reg.requests[18].valid.hi + 1
    _, b = ks.decode_response(reg, 18, 0, call(18, too_new, {}))
    expect(f"ApiVersions v{too_new} -> v0 body, error 35, {len(b['ApiKeys'])} APIs",
           b["ErrorCode"] == UNSUPPORTED_VERSION and b["ApiKeys"])
    advertised = {a["ApiKey"] for a in b["ApiKeys"]}
    expect("telemetry / KIP-848 / share-group APIs not advertised", not advertised & NOT_ADVERTISED)
    batch = bytearray(ks.BATCH_HEADER.pack(0, 49, -1, 2, 0, 0, 0, 0, 0, -1, -1, -1, 1) + b"\x00")
    struct.pack_into(">I", batch, 17, ks.crc32c(bytes(batch[21:])))
    probes = [
        (18, 3, {"ClientSoftwareName": "selftest", "ClientSoftwareVersion": "1"}),
        (3, 12, {"Topics": [{"Name": "selftest"}], "AllowAutoTopicCreation": True}),
        (3, 1, {"Topics": None}),
        (0, 11, {"Acks": -1, "TimeoutMs": 1000, "TopicData": [
            {"Name": "selftest", "PartitionData": [{"Index": 0, "Records": bytes(batch)}]}]}),
        (1, 4, {"MaxWaitMs": 10, "MinBytes": 1, "Topics": [
            {"Topic": "selftest", "Partitions": [{"Partition": 0, "FetchOffset": 0, "PartitionMaxBytes": 1 << 20}]}]}),
        (1, 17, {"MaxWaitMs": 10, "MinBytes": 1, "Topics": [
            {"TopicId": topic_uuid("selftest"), "Partitions": [{"Partition": 0, "FetchOffset": 1,
                                                                 "PartitionMaxBytes": 1 << 20}]}]}),
        (2, 0, {"ReplicaId": -1, "Topics": [{"Name": "selftest", "Partitions": [
            {"PartitionIndex": 0, "Timestamp": -1, "MaxNumOffsets": 1}]}]}),
        (10, 6, {"KeyType": 0, "CoordinatorKeys": ["g1", "g2"]}),
        (10, 2, {"Key": "g1", "KeyType": 0}),
        (11, 9, {"GroupId": "g1", "SessionTimeoutMs": 6000, "MemberId": "", "ProtocolType": "consumer",
                 "Protocols": [{"Name": "range", "Metadata": b"m"}]}),
        (11, 9, {"GroupId": "g1", "SessionTimeoutMs": 6000, "MemberId": "m1", "ProtocolType": "consumer",
                 "Protocols": [{"Name": "range", "Metadata": b"m"}]}),
        (14, 5, {"GroupId": "g1", "GenerationId": 1, "MemberId": "m1", "ProtocolType": "consumer",
                 "ProtocolName": "range", "Assignments": [{"MemberId": "m1", "Assignment": b"a"}]}),
        (8, 9, {"GroupId": "g1", "Topics": [{"Name": "selftest", "Partitions": [
            {"PartitionIndex": 0, "CommittedOffset": 1, "CommittedMetadata": ""}]}]}),
        (9, 9, {"Groups": [{"GroupId": "g1", "Topics": None}]}),
        (9, 1, {"GroupId": "g1", "Topics": [{"Name": "selftest", "PartitionIndexes": [0]}]}),
        (12, 4, {"GroupId": "g1", "GenerationId": 1, "MemberId": "m1"}),
        (13, 5, {"GroupId": "g1", "Members": [{"MemberId": "m1"}]}),
        (19, 7, {"Topics": [{"Name": "t2", "NumPartitions": 2, "ReplicationFactor": 1}], "TimeoutMs": 1000}),
        (20, 6, {"Topics": [{"Name": "t2"}], "TimeoutMs": 1000}),
        (22, 5, {"TransactionalId": None, "TransactionTimeoutMs": 1000}),
        (32, 4, {"Resources": [{"ResourceType": 2, "ResourceName": "selftest", "ConfigurationKeys": None}]}),
        (60, 1, {}),
        (23, 4, {"Topics": [{"Topic": "selftest", "Partitions": [{"Partition": 0, "LeaderEpoch": 0}]}]}),
        (15, 5, {"Groups": ["g1"]}),  # unhandled: spec defaults
    ]
    for key, ver, body in probes:
        name = reg.api_name(key)
        try:
            _, resp = ks.decode_response(reg, key, ver, call(key, ver, body))
        except Exception as e:  # noqa: BLE001
            expect(f"{name} v{ver}: {e}", False)
            continue
        detail = ""
        if name == "JoinGroup":
            detail = f" error={resp['ErrorCode']} member={resp['MemberId'][:12]}"
        elif name == "Fetch":
            p = resp["Responses"][0]["Partitions"][0]
            detail = f" error={p['ErrorCode']} hw={p['HighWatermark']} records={len(p['Records'] or b'')}B"
        elif name == "OffsetFetch" and ver >= 8:
            detail = f" committed={resp['Groups'][0]['Topics']}"
        expect(f"{name} v{ver} answered and decodes{detail}", True)
    server.shutdown()
    print(f"selftest: {len(probes) + 3 - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--specs", help="directory of Kafka JSON message specs")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--port-file")
    s.add_argument("--out", help="record frames under OUT/CLIENT/")
    s.add_argument("--client", default="client")
    s.add_argument("--partitions", type=int, default=3)
    s.add_argument("--max-per-key", type=int, default=3)
    s.add_argument("--log-file")
    c = sub.add_parser("check")
    c.add_argument("dir")
    i = sub.add_parser("index")
    i.add_argument("dir")
    i.add_argument("--clients-info", help="JSON {client folder: {...}} merged into index.json")
    d = sub.add_parser("dump")
    d.add_argument("file")
    sub.add_parser("selftest")
    sm = sub.add_parser("summary")
    sm.add_argument("dir")
    args = ap.parse_args(argv)
    handlers = [logging.StreamHandler(sys.stderr)]
    if getattr(args, "log_file", None):
        handlers = [logging.FileHandler(args.log_file)]
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s", handlers=handlers)
    commands = {"serve": cmd_serve, "check": cmd_check, "index": cmd_index, "dump": cmd_dump,
                "selftest": cmd_selftest, "summary": cmd_summary}
    return commands[args.cmd](args) or 0


if __name__ == "__main__":
    sys.exit(main())
