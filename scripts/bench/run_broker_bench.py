#!/usr/bin/env python3
"""Broker benchmark: starts `sluice serve` on a free loopback port with a fresh data directory,
measures the disk with dd, then produces and consumes with `sluice bench` and with librdkafka
(scripts/bench/librdkafka_bench.py), each case `--repeats` times, and prints medians as a
Markdown table beside the dd figures. Run through scripts/bench-broker.sh.

MB here is 10^6 bytes (as dd prints it), so every throughput compares directly with dd.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"sluice serve exited early with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"sluice serve did not listen on {port} within {timeout} s")


DD_COPIED = re.compile(r"^(\d+) bytes .* copied, ([0-9.,]+) s", re.MULTILINE)


def dd(path, block, count, flag):
    """Bytes per second of one dd run writing `path`."""
    command = ["dd", "if=/dev/zero", f"of={path}", f"bs={block}", f"count={count}", flag]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    os.unlink(path) if os.path.exists(path) else None
    match = DD_COPIED.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return int(match.group(1)) / float(match.group(2).replace(",", "."))


def run_json(command, timeout):
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sluice", required=True, help="the sluice executable (release build)")
    parser.add_argument("--python", default=sys.executable, help="a Python with confluent-kafka")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--data-dir", help="parent directory for the broker's data (default: the system temp dir)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the records, one repeat (to try the script)")
    parser.add_argument("--skip-librdkafka", action="store_true")
    args = parser.parse_args()

    repeats = 1 if args.quick else args.repeats
    scale = 10 if args.quick else 1
    # (record size, records, batch.size, records/s cap): Kafka's default 16 KiB batches; 1 MiB
    # batches, where the broker is no longer bound by its per-request cost; and a rate well below
    # saturation, where latency is the broker's rather than the time spent queued in the client.
    cases = [
        (100, 1_000_000 // scale, 16384, -1),
        (1024, 200_000 // scale, 16384, -1),
        (1024, 200_000 // scale, 1_048_576, -1),
        (1024, 50_000 // scale, 16384, 10_000),
    ]
    acks_values = ["1", "all"]
    clients = ["sluice"] + ([] if args.skip_librdkafka else ["librdkafka"])

    data_dir = tempfile.mkdtemp(prefix="sluice-bench-", dir=args.data_dir)
    port = free_port()
    bootstrap = f"127.0.0.1:{port}"
    log_path = os.path.join(data_dir, "serve.log")
    broker_dir = os.path.join(data_dir, "broker")
    log = open(log_path, "w")
    broker = subprocess.Popen(
        [args.sluice, "serve", "--listen", bootstrap, "--data-dir", broker_dir, "--log-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    problems = []
    try:
        wait_for_port(port, broker)
        print(f"# Broker benchmark\n", flush=True)
        print(f"- machine: {platform.node()}, {os.cpu_count()} CPUs, {platform.platform()}")
        print(f"- broker: `sluice serve --listen {bootstrap}` (defaults), data dir {broker_dir}")
        print(f"- each figure is the median of {repeats} run(s); a fresh topic (1 partition) per run")
        print(f"- linger.ms 5, max.in.flight 5, no compression, no idempotence, one producer / consumer")
        print(f"- MB = 10^6 bytes; \"vs dd\" = MB/s divided by dd's 1 MiB-block fdatasync MB/s\n", flush=True)

        dd_path = os.path.join(data_dir, "dd.tmp")
        dd_big = statistics.median(dd(dd_path, "1M", 256, "conv=fdatasync") for _ in range(repeats))
        dd_small = statistics.median(dd(dd_path, "16k", 2000, "oflag=dsync") for _ in range(repeats))
        print(f"| disk baseline (dd, same file system) | MB/s |")
        print(f"|---|---:|")
        print(f"| bs=1M count=256 conv=fdatasync | {dd_big / 1e6:.1f} |")
        print(f"| bs=16k count=2000 oflag=dsync | {dd_small / 1e6:.2f} |\n", flush=True)

        rows = []
        for size, count, batch, cap in cases:
            for acks in acks_values:
                for client in clients:
                    produced, consumed = [], []
                    for repeat in range(repeats):
                        topic = f"bench-{client}-{size}b-{batch}-{'max' if cap < 0 else cap}-acks{acks}-{repeat}"
                        common = ["--bootstrap-server", bootstrap, "--topic", topic]
                        if client == "sluice":
                            produce_cmd = [args.sluice, "bench", "produce", *common, "--json", "--num-records", str(count),
                                           "--record-size", str(size), "--acks", acks, "--batch-size", str(batch), "--linger-ms", "5", "--throughput", str(cap),
                                           "--partitions", "1"]
                            consume_cmd = [args.sluice, "bench", "consume", *common, "--json", "--num-records", str(count)]
                        else:
                            script = os.path.join(HERE, "librdkafka_bench.py")
                            produce_cmd = [args.python, script, "produce", *common, "--num-records", str(count),
                                           "--record-size", str(size), "--acks", acks, "--batch-size", str(batch), "--linger-ms", "5", "--throughput", str(cap),
                                           "--partitions", "1"]
                            consume_cmd = [args.python, script, "consume", *common, "--num-records", str(count)]
                        try:
                            p = run_json(produce_cmd, timeout=300)
                            c = run_json(consume_cmd, timeout=300)
                        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
                            problems.append(f"{client} {size} B acks={acks} run {repeat + 1}: {error}")
                            if broker.poll() is not None:
                                raise SystemExit(f"the broker exited with status {broker.returncode}; see {log_path}")
                            continue
                        if p.get("failed"):
                            problems.append(f"{client} {size} B acks={acks} run {repeat + 1}: {p['failed']} records failed: {p.get('first_error')}")
                        if c.get("timed_out"):
                            problems.append(f"{client} {size} B acks={acks} run {repeat + 1}: consume read {c['throughput']['records']} of {count}")
                        produced.append(p)
                        consumed.append(c)
                    if not produced:
                        continue
                    median = lambda values: statistics.median(values) if values else float("nan")
                    for op, results in (("produce", produced), ("consume", consumed)):
                        rps = median([r["throughput"]["records_per_second"] for r in results])
                        bps = median([r["throughput"]["bytes_per_second"] for r in results])
                        latency = [r["latency"] for r in results if "latency" in r]
                        rows.append({
                            "client": client, "op": op, "size": size, "records": count, "batch": batch, "cap": "max" if cap < 0 else str(cap), "acks": acks,
                            "rps": rps, "mbps": bps / 1e6, "ratio": bps / dd_big if dd_big else float("nan"),
                            "p50": median([l["p50_ms"] for l in latency]) if latency else None,
                            "p99": median([l["p99_ms"] for l in latency]) if latency else None,
                            "p999": median([l["p999_ms"] for l in latency]) if latency else None,
                        })
                    last = rows[-2]
                    print(f"  done: {client} {size} B batch {batch} cap {cap} acks={acks}: produce {last['rps']:.0f} rec/s, p99 {last['p99']:.2f} ms",
                          file=sys.stderr, flush=True)

        print("| client | op | record | records | batch.size | cap/s | acks | records/s | MB/s | vs dd | p50 ms | p99 ms | p99.9 ms |")
        print("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
        fmt = lambda v: "" if v is None else f"{v:.2f}"
        for row in rows:
            print(f"| {row['client']} | {row['op']} | {row['size']} B | {row['records']} | {row['batch']} | {row['cap']} | {row['acks']} | {row['rps']:.0f} | "
                  f"{row['mbps']:.2f} | {row['ratio']:.3f} | {fmt(row['p50'])} | {fmt(row['p99'])} | {fmt(row['p999'])} |")
        print("\nProduce latency: sluice = per record from send() to the bench seeing its batch acknowledged; "
              "librdkafka = per message from produce() to its delivery report. Consume has no latency column; "
              "librdkafka's consume figures include the Python loop over every message.")
        if broker.poll() is not None:
            problems.append(f"the broker exited with status {broker.returncode} during the run")
        if problems:
            print("\nProblems:")
            for problem in problems:
                print(f"- {problem}")
    finally:
        if broker.poll() is None:
            broker.send_signal(signal.SIGTERM)
            try:
                broker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                broker.kill()
                broker.wait()
        log.close()
        with open(log_path) as f:
            tail = f.read()[-3000:]
        if problems and tail.strip():
            print(f"\nLast lines of the broker's log:\n```\n{tail}\n```")
        shutil.rmtree(data_dir, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
