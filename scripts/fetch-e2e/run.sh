#!/usr/bin/env bash
# End-to-end Fetch checks against the real binary with real clients: kafka-python's incremental
# fetch sessions while producing, the long poll woken by a produce (confluent-kafka), aiokafka,
# confluent-kafka and kcat reading with small limits, sendfile in use, no descriptor leaked.
# Needs kcat, strace (optional) and a Python with kafka-python 3.x, aiokafka and confluent-kafka
# (PYTHON, default .venv/interop/bin/python, which scripts/install-interop.sh creates).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/interop/bin/python}
HERE=scripts/fetch-e2e

swift build --product sluice
DATA=$(mktemp -d /tmp/sluice-fetch-e2e.XXXXXX)
PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BOOT=127.0.0.1:$PORT
.build/debug/sluice serve --listen "$BOOT" --data-dir "$DATA/data" > "$DATA/broker.log" 2>&1 &
BROKER=$!
trap 'status=$?; kill $BROKER 2>/dev/null || true; wait $BROKER 2>/dev/null || true; if [ $status -ne 0 ]; then tail -20 "$DATA/broker.log"; echo "kept $DATA"; else rm -rf "$DATA"; fi' EXIT
for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done

"$PYTHON" -u $HERE/kafka_python_sessions.py "$BOOT" sessions
"$PYTHON" -u $HERE/confluent_long_poll.py "$BOOT" long-poll
FDS_BEFORE=$(ls /proc/$BROKER/fd | wc -l)
if command -v strace > /dev/null; then
    strace -f -p $BROKER -e trace=sendfile -o "$DATA/strace.out" & STRACE=$!
    sleep 0.5
fi
"$PYTHON" -u $HERE/aiokafka_consume.py "$BOOT" sessions 3000
"$PYTHON" -u $HERE/confluent_consume.py "$BOOT" sessions 3000
KCAT=$(kcat -C -b "$BOOT" -t sessions -e -o beginning -q -X fetch.max.bytes=3000 -X message.max.bytes=3000 \
    -X max.partition.fetch.bytes=1000 | wc -l)
echo "kcat: $KCAT/3000 records"
test "$KCAT" -eq 3000
if [ -n "${STRACE:-}" ]; then
    kill $STRACE; wait $STRACE 2>/dev/null || true
    SENDFILES=$(grep -c 'sendfile(' "$DATA/strace.out" || true)
    echo "sendfile calls while consuming: $SENDFILES"
    test "$SENDFILES" -gt 0
fi
sleep 0.5
FDS_AFTER=$(ls /proc/$BROKER/fd | wc -l)
echo "broker descriptors: $FDS_BEFORE before, $FDS_AFTER after"
test "$FDS_AFTER" -le "$FDS_BEFORE"
echo "fetch e2e: OK"
