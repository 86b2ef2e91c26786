#!/usr/bin/env bash
# Compares the throughput of two registry-server jars under the same wrk load, on loopback:
# each server in turn (A B A B ...), in-memory store, no authentication, kept-alive connections.
#   compare-servers.sh OLD.jar NEW.jar [seconds per run] [rounds] [connections]
# Prints requests/s of every run for DescribeModelPackageGroup (a read) and CreateModelPackage
# (a write), then the median per server. Needs java, curl and wrk.
set -euo pipefail
old_jar=$1 new_jar=$2 seconds=${3:-10} rounds=${4:-3} connections=${5:-8}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

lua() { # operation body
  cat > "$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "SageMaker.$1"
wrk.body = '$2'
LUA
}
lua DescribeModelPackageGroup '{"ModelPackageGroupName": "bench"}'
lua CreateModelPackage '{"ModelPackageGroupName": "bench", "CustomerMetadataProperties": {"auc": "0.9"}}'

run() { # name jar
  java -jar "$2" --port 0 --store memory > "$work/out" 2> "$work/err" &
  local pid=$! endpoint=""
  for _ in $(seq 1 300); do
    endpoint=$(sed -n 's/^Listening on \(http:[^ ]*\).*/\1/p' "$work/out")
    [ -n "$endpoint" ] && break
    sleep 0.1
  done
  [ -n "$endpoint" ] || { cat "$work/err" >&2; exit 1; }
  curl -s -o /dev/null -H 'X-Amz-Target: SageMaker.CreateModelPackageGroup' \
    -H 'Content-Type: application/x-amz-json-1.1' -d '{"ModelPackageGroupName": "bench"}' "$endpoint/"
  # warm-up, not counted: the JIT needs a few seconds
  wrk -t2 -c"$connections" -d3s -s "$work/DescribeModelPackageGroup.lua" "$endpoint/" > /dev/null
  for operation in DescribeModelPackageGroup CreateModelPackage; do
    local rate errors
    wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/$operation.lua" "$endpoint/" > "$work/wrk"
    rate=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk")
    errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
    echo "$1 $operation ${rate} ${errors:-0}" | tee -a "$work/results"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "server operation requests/s non-2xx"
for round in $(seq 1 "$rounds"); do
  run old "$old_jar"
  run new "$new_jar"
done
echo "median requests/s:"
for server in old new; do
  for operation in DescribeModelPackageGroup CreateModelPackage; do
    median=$(awk -v s=$server -v o=$operation '$1==s && $2==o {print $3}' "$work/results" \
      | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "  $server $operation $median"
  done
done
