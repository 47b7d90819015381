#!/usr/bin/env bash
# End-to-end check of the client commands (topic, produce, consume, cluster) against a
# `sluice serve` started here on a free port with a temporary data directory. Uses kcat, when
# installed, to check that records cross between sluice and librdkafka both ways.
# Usage: scripts/cli-e2e.sh [path/to/sluice]   (default .build/debug/sluice; build it first)
set -uo pipefail
cd "$(dirname "$0")/.."

SLUICE=${1:-.build/debug/sluice}
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
B="--bootstrap-server 127.0.0.1:$PORT"
FAILED=0

"$SLUICE" serve --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" --log-level warning >"$WORK/broker.log" 2>&1 &
BROKER=$!
trap 'kill $BROKER 2>/dev/null; wait $BROKER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do
    "$SLUICE" cluster info $B >/dev/null 2>&1 && break
    sleep 0.2
done

check() { # name, then a command that must succeed
    local name=$1; shift
    if "$@" >/dev/null; then echo "ok   $name"; else echo "FAIL $name"; FAILED=1; fi
}
fails_with() { # name, expected stderr text, command that must fail with it
    local name=$1 expected=$2; shift 2
    local err
    if err=$("$@" 2>&1 >/dev/null); then echo "FAIL $name (succeeded)"; FAILED=1; return; fi
    if [[ "$err" == *"$expected"* && $(printf '%s\n' "$err" | wc -l) -eq 1 ]]; then
        echo "ok   $name"
    else
        echo "FAIL $name: got '$err'"; FAILED=1
    fi
}

check "cluster info" bash -c "\"$SLUICE\" cluster info --json $B | grep -q '\"controller_id\"'"
check "topic create" "$SLUICE" topic create e2e --partitions 3 --config retention.ms=3600000 $B
fails_with "topic create twice" "topic 'e2e' already exists (TOPIC_ALREADY_EXISTS)" "$SLUICE" topic create e2e $B
check "topic create --if-not-exists" "$SLUICE" topic create e2e --if-not-exists $B
check "topic list" bash -c "\"$SLUICE\" topic list $B | grep -q '^e2e  *3 '"
check "topic describe" bash -c "\"$SLUICE\" topic describe e2e --json $B | grep -q '\"partition\" : 2'"

seq 1 5000 >"$WORK/lines"
check "produce 5000 lines, ordered on one partition" bash -c "\"$SLUICE\" produce e2e --partition 1 --linger-ms 0 --batch-size 512 $B <\"$WORK/lines\""
check "consume them back in order" bash -c "\"$SLUICE\" consume e2e --partition 1 --from-beginning -n 5000 $B | cmp -s - \"$WORK/lines\""
check "idempotent produce keeps order" bash -c "\"$SLUICE\" topic create e2e-idem $B && \"$SLUICE\" produce e2e-idem --idempotent --linger-ms 0 --batch-size 512 $B <\"$WORK/lines\" && \"$SLUICE\" consume e2e-idem --from-beginning -n 5000 $B | cmp -s - \"$WORK/lines\""
for codec in gzip snappy lz4 zstd; do
    check "produce and consume $codec" bash -c "printf 'k1:$codec\n' | \"$SLUICE\" produce e2e --compression $codec --key-separator : --header src=e2e $B && \"$SLUICE\" consume e2e --from-beginning --timeout-ms 1500 --format '%k=%v %h' $B | grep -qx 'k1=$codec src=e2e'"
done
check "keyed records share a partition" bash -c "[ \$(\"$SLUICE\" consume e2e --from-beginning --timeout-ms 1500 --format '%k %p\n' $B | grep '^k1 ' | sort -u | wc -l) -eq 1 ]"
check "consume --timeout-ms on no new records exits 0" "$SLUICE" consume e2e --timeout-ms 300 $B
fails_with "offset out of range" "OFFSET_OUT_OF_RANGE" "$SLUICE" consume e2e --partition 0 --offset 999999 -n 1 $B
fails_with "unknown topic" "topic 'nope' does not exist (UNKNOWN_TOPIC_OR_PARTITION)" "$SLUICE" consume nope -n 1 $B
fails_with "bad partition" "has no partition 9" bash -c "echo x | \"$SLUICE\" produce e2e --partition 9 $B"
fails_with "nothing listening" "connection refused" "$SLUICE" topic list --bootstrap-server 127.0.0.1:1

if command -v kcat >/dev/null; then
    check "kcat reads sluice's records" bash -c "kcat -b 127.0.0.1:$PORT -C -t e2e -p 1 -o beginning -c 5000 -e -q | cmp -s - \"$WORK/lines\""
    check "sluice reads kcat's records" bash -c "printf 'kk:from-kcat\n' | kcat -b 127.0.0.1:$PORT -P -t e2e -p 2 -K : -z lz4 && \"$SLUICE\" consume e2e --partition 2 --from-beginning --timeout-ms 1500 --format '%k %v' $B | grep -qx 'kk from-kcat'"
fi

# Group commands, on a group that only has committed offsets (the CLI's own resets).
fails_with "group describe unknown" "group 'e2e-none' does not exist (GROUP_ID_NOT_FOUND)" "$SLUICE" group describe e2e-none $B
check "group reset-offsets dry run" bash -c "\"$SLUICE\" group reset-offsets e2e-g --topic e2e:1 --to-offset 100 $B | grep -q '^e2e  *1  *100'"
check "group reset-offsets --execute commits" bash -c "\"$SLUICE\" group reset-offsets e2e-g --topic e2e:1 --to-offset 100 --execute $B && \"$SLUICE\" group describe e2e-g --json $B | grep -q '\"current_offset\" : 100'"
check "group list" bash -c "\"$SLUICE\" group list $B | grep -q '^e2e-g '"
check "group delete" "$SLUICE" group delete e2e-g $B
fails_with "group delete twice" "GROUP_ID_NOT_FOUND" "$SLUICE" group delete e2e-g $B

check "topic delete" "$SLUICE" topic delete e2e $B
fails_with "topic delete twice" "topic 'e2e' does not exist (UNKNOWN_TOPIC_OR_PARTITION)" "$SLUICE" topic delete e2e $B

exit $FAILED
