#!/usr/bin/env bash
# Throughput of the mock with each state store: an authenticated GET /account/ (which first asks the store whether
# anything new was recorded, except in memory) and a sign-in (PBKDF2, then a recorded session). Release build, wrk
# from a second process on loopback, a warm-up before every measurement. Redis: a redis-server of the script's own
# on a free port (Debian: apt-get install redis-server wrk). Prints each shared store's GET beside its goal: at least
# 0.9 of the memory store's rate in the same run.
# Usage: bench/stores.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-8}
connections=${2:-64}
port=${BENCH_PORT:-4097}
redis_port=${BENCH_REDIS_PORT:-6391}
base="http://127.0.0.1:${port}"

for tool in wrk redis-server curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install wrk redis-server curl)"; exit 1; }
done
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/MockServer -c Release -v q -nologo >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no > "$work/redis.log" 2>&1 &
pids="$pids $!"
until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.05; done

cat > "$work/signin.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}'
LUA

declare -A rps
measure() {
  local label=$1; shift
  wrk -t2 -c"$connections" -d3s "$@" >/dev/null
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  echo "$out" | awk -v l="$label" '/Requests\/sec/ {r=$2} $1=="99%" {p=$2} END {printf "%-44s %10s req/s  p99 %8s\n", l, r, p}'
  rps[$label]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
}
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" -v t="$3" -v n="$4" 'BEGIN { r = a / b; printf "%-44s %10.2f  (goal >= %s) %s\n", n, r, t, (r >= t ? "ok" : "BELOW GOAL") }'; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

for store in memory "sqlite:$work/state.db" "redis://127.0.0.1:$redis_port"; do
  dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "$base" --quiet --state "$store" > "$work/mock.log" 2>&1 &
  mock=$!
  pids="$pids $mock"
  until curl -sf -o /dev/null "$base/_mock/health"; do sleep 0.05; done
  curl -sf -X POST "$base/_mock/users" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password","name":"Bench","email_verified":true}' >/dev/null
  access=$(curl -si -X POST "$base/api/v1/auth/signin/" -H 'Content-Type: application/json' \
    -d '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}' | grep -i '^set-cookie: access_token=' | sed -E 's/^[Ss]et-[Cc]ookie: access_token=([^;]+);.*/\1/')
  name=${store%%:*}
  measure "$name: GET /account/ (access cookie)" -H "Cookie: access_token=$access" "$base/api/v1/account/"
  measure "$name: POST /auth/signin/" -s "$work/signin.lua" "$base/api/v1/auth/signin/"
  kill "$mock"; wait "$mock" 2>/dev/null || true
done

echo "== goals"
ratio "sqlite: GET /account/ (access cookie)" "memory: GET /account/ (access cookie)" 0.9 "sqlite GET /account/ / memory"
ratio "redis: GET /account/ (access cookie)" "memory: GET /account/ (access cookie)" 0.9 "redis GET /account/ / memory"
