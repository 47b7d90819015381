#!/usr/bin/env bash
# The consumer-group benchmark, recorded as in Benchmarks/Baselines/groups.txt: builds `sluice` in
# release mode, measures the disk with dd, then runs scripts/bench/group_bench.py against a fresh
# broker with the defaults, and its KIP-848 case again with a 500 ms heartbeat interval.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product sluice >/dev/null
python=.venv/interop/bin/python
[ -x "$python" ] || scripts/install-interop.sh >/dev/null
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
echo "# dd (same disk, same run):"
dd if=/dev/zero of="$work/dd" bs=16k count=8000 oflag=dsync 2>&1 | tail -1 | sed 's/^/#   bs=16k oflag=dsync: /'
rm -f "$work/dd"
serve() {  # serve DATA_DIR [server.properties]
    local port
    port=$($python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    .build/release/sluice serve --listen "127.0.0.1:$port" --data-dir "$1" --log-level warning ${2:+--config "$2"} >"$1.log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    bootstrap="127.0.0.1:$port"
}
serve "$work/defaults"
$python scripts/bench/group_bench.py "$bootstrap" "$@"
kill "$pid"; wait "$pid" || true
printf 'group.consumer.heartbeat.interval.ms=500\ngroup.consumer.min.heartbeat.interval.ms=500\n' >"$work/fast.properties"
serve "$work/fast" "$work/fast.properties"
echo "# KIP-848 again with group.consumer.heartbeat.interval.ms=500:"
$python scripts/bench/group_bench.py "$bootstrap" --cases consumer "$@" | tail -1
