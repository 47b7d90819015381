#!/usr/bin/env python3
"""Record golden request frames from real Kafka clients against fake_broker.py.

For each client folder (librdkafka via confluent-kafka, kafka-python, kcat) this
starts a fresh fake broker on a free loopback port, runs that client's scenarios
one by one as time-boxed subprocesses (killed if they hang), stops the broker,
then writes index.json and round-trip checks every frame.

  record.py [--out DIR] [--clients librdkafka,kafka-python,kcat] [--timeout 60]
  record.py scenario CLIENT NAME --bootstrap HOST:PORT   (internal: one scenario)

The client libraries come from the venv that record.sh sets up; kcat from Debian.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "Tests" / "SluiceProtocolTests" / "Fixtures" / "frames"
CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
N_MESSAGES = 4


def payload(i: int, codec: str) -> tuple[bytes, bytes]:
    # Small but compressible, so every codec really compresses (librdkafka sends a
    # batch uncompressed when compressing does not make it smaller).
    return (f"key-{i}".encode(), f"{codec} message {i}: ".encode() + b"sluice " * 10)


def topic_for(client: str) -> str:
    return "fixtures-" + client


# ---------------------------------------------------------------- librdkafka (confluent-kafka)

def ck_admin(bootstrap, topic):
    from confluent_kafka.admin import AdminClient, NewTopic, ConfigResource
    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "sluice-fixtures-admin"})
    for _, fut in admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)],
                                      operation_timeout=5).items():
        fut.result(timeout=15)
    for _, fut in admin.create_topics([NewTopic(topic + "-scratch", 1, 1)]).items():
        fut.result(timeout=15)
    md = admin.list_topics(timeout=10)
    print("topics:", sorted(md.topics))
    print("cluster:", admin.describe_cluster().result(timeout=15).cluster_id)
    for _, fut in admin.describe_configs([ConfigResource("topic", topic)]).items():
        print("configs:", sorted(fut.result(timeout=15)))
    for _, fut in admin.delete_topics([topic + "-scratch"], operation_timeout=5).items():
        fut.result(timeout=15)


def ck_produce(bootstrap, topic, codec, idempotent=False):
    from confluent_kafka import Producer
    conf = {"bootstrap.servers": bootstrap, "compression.type": codec, "linger.ms": 20,
            "client.id": f"sluice-fixtures-producer-{codec}"}
    if idempotent:
        conf.update({"enable.idempotence": True, "client.id": "sluice-fixtures-idempotent"})
    p = Producer(conf)
    errors = []
    for i in range(N_MESSAGES):
        k, v = payload(i, codec + ("-idempotent" if idempotent else ""))
        p.produce(topic, key=k, value=v, headers=[("trace", b"t%d" % i), ("codec", codec.encode())],
                  on_delivery=lambda err, msg: err and errors.append(err))
    left = p.flush(20)
    if left or errors:
        raise SystemExit(f"undelivered={left} errors={errors}")


def ck_consume(bootstrap, topic):
    from confluent_kafka import Consumer, TopicPartition
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "sluice-fixtures-librdkafka",
                  "client.id": "sluice-fixtures-consumer",
                  "partition.assignment.strategy": "range", "auto.offset.reset": "earliest",
                  "enable.auto.commit": False, "session.timeout.ms": 6000,
                  "heartbeat.interval.ms": 500, "fetch.wait.max.ms": 200})
    c.subscribe([topic])
    got, deadline = 0, time.time() + 25
    while time.time() < deadline and got < 6 * N_MESSAGES:
        m = c.poll(0.5)
        if m is None:
            continue
        if m.error():
            print("error:", m.error())
            continue
        got += 1
    print("consumed", got)
    if not got:
        raise SystemExit("nothing consumed")
    c.commit(asynchronous=False)
    print("committed:", c.committed([TopicPartition(topic, p) for p in range(3)], timeout=10))
    end = time.time() + 2  # let heartbeats flow
    while time.time() < end:
        c.poll(0.2)
    c.close()  # LeaveGroup


def ck_offsets(bootstrap, topic):
    from confluent_kafka import Consumer, TopicPartition
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "sluice-fixtures-librdkafka-offsets",
                  "client.id": "sluice-fixtures-offsets"})
    ts = int(time.time() * 1000) - 3600_000
    print("offsets_for_times:", c.offsets_for_times([TopicPartition(topic, p, ts) for p in range(3)], timeout=10))
    print("watermarks:", c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10, cached=False))
    c.close()


def scenarios_librdkafka():
    s = [("admin", lambda b, t: ck_admin(b, t))]
    for codec in CODECS:
        s.append((f"produce-{codec}", lambda b, t, c=codec: ck_produce(b, t, c)))
    s.append(("produce-idempotent", lambda b, t: ck_produce(b, t, "none", idempotent=True)))
    s.append(("consume-group", ck_consume))
    s.append(("offsets-for-times", ck_offsets))
    return s


# ---------------------------------------------------------------- kafka-python

def kp_admin(bootstrap, topic):
    from kafka.admin import KafkaAdminClient, NewTopic
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="sluice-fixtures-admin")
    print(admin.create_topics([NewTopic(topic, 3, 1), NewTopic(topic + "-scratch", 1, 1)]))
    print("topics:", admin.list_topics())
    print("cluster:", admin.describe_cluster())
    from kafka.admin import ConfigResource, ConfigResourceType
    print("configs:", admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)]))
    admin.delete_topics([topic + "-scratch"])
    admin.close()


def kp_produce(bootstrap, topic, codec, idempotent=False):
    from kafka import KafkaProducer
    kw = {}
    if idempotent:
        kw["enable_idempotence"] = True
    p = KafkaProducer(bootstrap_servers=bootstrap, client_id=f"sluice-fixtures-producer-{codec}",
                      compression_type=None if codec == "none" else codec, linger_ms=20, acks="all", **kw)
    futs = []
    for i in range(N_MESSAGES):
        k, v = payload(i, codec + ("-idempotent" if idempotent else ""))
        futs.append(p.send(topic, key=k, value=v, headers=[("trace", b"t%d" % i), ("codec", codec.encode())]))
    p.flush(20)
    for f in futs:
        f.get(timeout=10)
    p.close(timeout=10)


def kp_consume(bootstrap, topic):
    from kafka import KafkaConsumer, TopicPartition
    c = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="sluice-fixtures-kafka-python",
                      client_id="sluice-fixtures-consumer", auto_offset_reset="earliest",
                      enable_auto_commit=False, heartbeat_interval_ms=500, session_timeout_ms=6000,
                      fetch_max_wait_ms=200)
    got, deadline = 0, time.time() + 25
    while time.time() < deadline and got < 6 * N_MESSAGES:
        for recs in c.poll(timeout_ms=500).values():
            got += len(recs)
    print("consumed", got)
    if not got:
        raise SystemExit("nothing consumed")
    c.commit()
    print("committed:", [c.committed(TopicPartition(topic, p)) for p in range(3)])
    end = time.time() + 2  # let heartbeats flow
    while time.time() < end:
        c.poll(timeout_ms=200)
    c.close()  # LeaveGroup


def kp_offsets(bootstrap, topic):
    from kafka import KafkaConsumer, TopicPartition
    c = KafkaConsumer(bootstrap_servers=bootstrap, client_id="sluice-fixtures-offsets")
    tps = [TopicPartition(topic, p) for p in range(3)]
    ts = int(time.time() * 1000) - 3600_000
    print("offsets_for_times:", c.offsets_for_times({tp: ts for tp in tps}))
    print("beginning:", c.beginning_offsets(tps), "end:", c.end_offsets(tps))
    c.close()


def scenarios_kafka_python():
    s = [("admin", kp_admin)]
    for codec in CODECS:
        s.append((f"produce-{codec}", lambda b, t, c=codec: kp_produce(b, t, c)))
    s.append(("produce-idempotent", lambda b, t: kp_produce(b, t, "none", idempotent=True)))
    s.append(("consume-group", kp_consume))
    s.append(("offsets-for-times", kp_offsets))
    return s


# ---------------------------------------------------------------- aiokafka

def ak_run(coro):
    import asyncio
    asyncio.run(coro)


async def _ak_admin(bootstrap, topic):
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="sluice-fixtures-admin")
    await admin.start()
    try:
        print(await admin.create_topics([NewTopic(topic, 3, 1), NewTopic(topic + "-scratch", 1, 1)]))
        print("topics:", await admin.list_topics())
        from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
        print("configs:", await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)]))
        print(await admin.delete_topics([topic + "-scratch"]))
    finally:
        await admin.close()


async def _ak_produce(bootstrap, topic, codec, idempotent):
    from aiokafka import AIOKafkaProducer
    p = AIOKafkaProducer(bootstrap_servers=bootstrap, client_id=f"sluice-fixtures-producer-{codec}",
                         compression_type=None if codec == "none" else codec, linger_ms=20, acks="all",
                         enable_idempotence=idempotent)
    await p.start()
    try:
        futs = []
        for i in range(N_MESSAGES):
            k, v = payload(i, codec + ("-idempotent" if idempotent else ""))
            futs.append(await p.send(topic, key=k, value=v,
                                     headers=[("trace", b"t%d" % i), ("codec", codec.encode())]))
        await p.flush()
        for f in futs:
            await f
    finally:
        await p.stop()


async def _ak_consume(bootstrap, topic):
    from aiokafka import AIOKafkaConsumer, TopicPartition
    c = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="sluice-fixtures-aiokafka",
                         client_id="sluice-fixtures-consumer", auto_offset_reset="earliest",
                         enable_auto_commit=False, heartbeat_interval_ms=500, session_timeout_ms=6000,
                         fetch_max_wait_ms=200)
    await c.start()
    try:
        got, deadline = 0, time.time() + 25
        while time.time() < deadline and got < 6 * N_MESSAGES:
            for recs in (await c.getmany(timeout_ms=500)).values():
                got += len(recs)
        print("consumed", got)
        if not got:
            raise SystemExit("nothing consumed")
        await c.commit()
        print("committed:", [await c.committed(TopicPartition(topic, p)) for p in range(3)])
        tps = [TopicPartition(topic, p) for p in range(3)]
        ts = int(time.time() * 1000) - 3600_000
        print("offsets_for_times:", await c.offsets_for_times({tp: ts for tp in tps}))
        end = time.time() + 2  # let heartbeats flow
        while time.time() < end:
            await c.getmany(timeout_ms=200)
    finally:
        await c.stop()  # LeaveGroup


def scenarios_aiokafka():
    s = [("admin", lambda b, t: ak_run(_ak_admin(b, t)))]
    for codec in CODECS:
        s.append((f"produce-{codec}", lambda b, t, c=codec: ak_run(_ak_produce(b, t, c, False))))
    s.append(("produce-idempotent", lambda b, t: ak_run(_ak_produce(b, t, "none", True))))
    s.append(("consume-group", lambda b, t: ak_run(_ak_consume(b, t))))
    return s


# ---------------------------------------------------------------- kcat

KCAT = shutil.which("kcat") or "/usr/bin/kcat"


def kcat_cmds(bootstrap, topic):
    cmds = [("metadata", [KCAT, "-b", bootstrap, "-L"], None)]
    for codec in CODECS:
        lines = "".join(f"{k.decode()}:{v.decode()}\n" for k, v in (payload(i, codec) for i in range(N_MESSAGES)))
        cmds.append((f"produce-{codec}", [KCAT, "-b", bootstrap, "-P", "-t", topic, "-K:", "-z", codec,
                                          "-H", "trace=kcat", "-X", "linger.ms=20"], lines))
    cmds.append(("consume", [KCAT, "-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-e",
                             "-f", "%t[%p]@%o %k\\n"], None))
    # No -o here: the group consumer starts from committed offsets (OffsetFetch), else earliest.
    cmds.append(("consume-group", [KCAT, "-b", bootstrap, "-G", "sluice-fixtures-kcat", topic, "-e",
                                   "-X", "auto.offset.reset=earliest", "-X", "heartbeat.interval.ms=500",
                                   "-f", "%t[%p]@%o %k\\n"], None))
    return cmds


CLIENTS = {
    "librdkafka": scenarios_librdkafka,
    "kafka-python": scenarios_kafka_python,
    "aiokafka": scenarios_aiokafka,
}


# ---------------------------------------------------------------- driver

def run_with_timeout(cmd, timeout, stdin_text, log_path):
    with open(log_path, "ab") as logf:
        logf.write(("\n$ " + " ".join(cmd) + "\n").encode())
        logf.flush()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
                                stdout=logf, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            if stdin_text is not None:
                proc.stdin.write(stdin_text.encode())
                proc.stdin.close()
            rc = proc.wait(timeout=timeout)
            return "ok" if rc == 0 else f"exit {rc}"
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            return f"timeout after {timeout}s (killed)"


def start_broker(out: Path, client: str, work: Path, partitions: int, max_per_key: int):
    port_file = work / f"{client}.port"
    port_file.unlink(missing_ok=True)
    log_file = work / f"{client}-broker.log"
    cmd = [sys.executable, str(HERE / "fake_broker.py"), "serve", "--out", str(out), "--client", client,
           "--port-file", str(port_file), "--log-file", str(log_file), "--partitions", str(partitions),
           "--max-per-key", str(max_per_key)]
    proc = subprocess.Popen(cmd, start_new_session=True)
    for _ in range(100):
        if port_file.exists():
            return proc, int(port_file.read_text())
        if proc.poll() is not None:
            raise SystemExit(f"fake broker exited with {proc.returncode}; see {log_file}")
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("fake broker did not start")


def stop_broker(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def describe_compressed(codec: str, payload: bytes) -> tuple[str, bytes]:
    """Name the framing a client used for a compressed batch payload, and decompress it
    (needs the venv's codec packages; gzip is stdlib)."""
    import gzip
    import struct
    if codec == "gzip":
        return "gzip member", gzip.decompress(payload)
    if codec == "snappy":
        import cramjam
        if payload[:8] == b"\x82SNAPPY\x00":  # xerial snappy-java stream, as Kafka's Java client writes
            pos, out = 16, bytearray()
            while pos < len(payload):
                (n,) = struct.unpack_from(">i", payload, pos)
                out += bytes(cramjam.snappy.decompress_raw(payload[pos + 4:pos + 4 + n]))
                pos += 4 + n
            return "snappy xerial-framed", bytes(out)
        return "snappy raw block", bytes(cramjam.snappy.decompress_raw(payload))
    if codec == "lz4":
        import lz4.frame
        flg = payload[4]
        flags = [n for bit, n in ((8, "content size"), (16, "block checksums"), (4, "content checksum")) if flg & bit]
        return "lz4 frame" + (" with " + ", ".join(flags) if flags else ""), lz4.frame.decompress(payload)
    if codec == "zstd":
        import zstandard
        fhd = payload[4]
        has_size = (fhd >> 6) != 0 or bool(fhd & 0x20)
        kind = "zstd frame " + ("with content size" if has_size else "without content size")
        return kind, zstandard.ZstdDecompressor().decompressobj().decompress(payload)
    return codec, payload


def annotate_compression(out: Path) -> int:
    """Decompress every compressed batch of every Produce fixture; note the framing in index.json."""
    sys.path.insert(0, str(HERE))
    import kafka_spec as ks
    reg = ks.Registry(ks.find_spec_dir())
    index_path = out / "index.json"
    doc = json.loads(index_path.read_text())
    failures = 0
    kinds: dict = {}
    for entry in doc["frames"]:
        if entry["apiName"] != "Produce":
            continue
        req = ks.decode_request(reg, (out / entry["file"]).read_bytes())
        batches = [b for td in req.body["TopicData"] for pd in td["PartitionData"]
                   for b in ks.split_batches(pd["Records"])]
        for meta, (info, raw) in zip(entry.get("batches", []), batches):
            meta["crcOk"] = ks.batch_crc_ok(raw)
            if info.codec == "none":
                continue
            try:
                kind, data = describe_compressed(info.codec, raw[61:])
                meta["framing"] = kind
                meta["uncompressedSize"] = len(data)
                kinds.setdefault((entry["client"], kind), 0)
                kinds[(entry["client"], kind)] += 1
            except Exception as e:  # noqa: BLE001
                meta["framing"] = f"cannot decompress: {e}"
                failures += 1
            failures += 0 if meta["crcOk"] else 1
    index_path.write_text(json.dumps(doc, indent=1) + "\n")
    for (client, kind), n in sorted(kinds.items()):
        print(f"compression: {client:12s} {kind} ({n} batches)")
    print(f"compression: {'all batches decompress, CRC-32C ok' if not failures else f'{failures} batch problems'}")
    return failures


def client_versions() -> dict:
    """What each client folder was recorded with (library versions from this venv / Debian)."""
    out = {}
    try:
        import confluent_kafka
        ck = confluent_kafka.version()
        ck = ck[0] if isinstance(ck, tuple) else ck
        out["librdkafka"] = {"library": f"confluent-kafka {ck}, "
                                        f"librdkafka {confluent_kafka.libversion()[0]} (bundled in the wheel)"}
    except ImportError:
        pass
    try:
        import kafka
        out["kafka-python"] = {"library": f"kafka-python {kafka.__version__}"}
    except ImportError:
        pass
    try:
        import aiokafka
        out["aiokafka"] = {"library": f"aiokafka {aiokafka.__version__}"}
    except ImportError:
        pass
    try:
        v = subprocess.run([KCAT, "-V"], capture_output=True, text=True, timeout=10).stdout
        line = next((ln for ln in v.splitlines() if ln.startswith("Version")), "").split(" builtin.")[0]
        out["kcat"] = {"library": "kcat " + line.removeprefix("Version ").strip() + ")" if line else "kcat"}
        deb = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}, ", "kcat", "librdkafka1"],
                             capture_output=True, text=True, timeout=10).stdout.strip(", ")
        if deb:
            out["kcat"]["debianPackages"] = deb
    except (OSError, subprocess.SubprocessError):
        pass
    return out


def record(args) -> int:
    out = Path(args.out)
    work = Path(args.work or tempfile.mkdtemp(prefix="sluice-record-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for client in args.clients.split(","):
        shutil.rmtree(out / client, ignore_errors=True)
        proc, port = start_broker(out, client, work, args.partitions, args.max_per_key)
        bootstrap = f"127.0.0.1:{port}"
        topic = topic_for(client)
        print(f"== {client}: fake broker on {bootstrap}", flush=True)
        try:
            if client == "kcat":
                for name, cmd, stdin_text in kcat_cmds(bootstrap, topic):
                    st = run_with_timeout(cmd, args.timeout, stdin_text, work / f"{client}-{name}.log")
                    results.append((client, name, st))
                    print(f"   {name:20s} {st}", flush=True)
            else:
                for name, _ in CLIENTS[client]():
                    cmd = [sys.executable, str(Path(__file__).resolve()), "scenario", client, name,
                           "--bootstrap", bootstrap]
                    st = run_with_timeout(cmd, args.timeout, None, work / f"{client}-{name}.log")
                    results.append((client, name, st))
                    print(f"   {name:20s} {st}", flush=True)
        finally:
            stop_broker(proc)
    print(f"logs in {work}")
    fb = [sys.executable, str(HERE / "fake_broker.py")]
    info = work / "clients-info.json"
    info.write_text(json.dumps(client_versions(), indent=1))
    subprocess.run(fb + ["index", str(out), "--clients-info", str(info)], check=True)
    compression_failures = annotate_compression(out)
    subprocess.run(fb + ["summary", str(out)], check=True)
    check = subprocess.run(fb + ["check", str(out)])
    failed = [r for r in results if r[2] != "ok"]
    if failed:
        print("scenarios that did not finish cleanly:")
        for r in failed:
            print("  ", *r)
    return check.returncode or (1 if compression_failures else 0)


def run_scenario(args) -> int:
    scen = dict(CLIENTS[args.client]())
    scen[args.name](args.bootstrap, topic_for(args.client))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--clients", default="librdkafka,kafka-python,aiokafka,kcat")
    ap.add_argument("--timeout", type=int, default=60, help="seconds per scenario")
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("--max-per-key", type=int, default=2, help="frames kept per API/version/variant")
    ap.add_argument("--work", help="folder for logs (default: a new temp folder)")
    s = sub.add_parser("scenario")
    s.add_argument("client")
    s.add_argument("name")
    s.add_argument("--bootstrap", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "scenario":
        return run_scenario(args)
    return record(args)


if __name__ == "__main__":
    sys.exit(main())
