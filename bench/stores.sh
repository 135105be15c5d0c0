#!/usr/bin/env bash
# Throughput of the mock with each state store: an authenticated GET /account/ (which first makes sure nothing new
# was recorded: with SQLite a pragma, with Redis usually without asking) and a sign-in (PBKDF2, then a recorded
# session). Release build, the three mocks side by side, wrk from another process on loopback, each GET measured in
# rounds (a warm-up before the first). Redis: a redis-server of the script's own on a free port (Debian: apt-get
# install redis-server wrk). Prints each shared store's GET beside its goal: at least 0.9 of the memory store's
# rate, summed over the same rounds.
# Usage: bench/stores.sh [seconds] [connections] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-8}
connections=${2:-64}
rounds=${3:-3}
port=${BENCH_PORT:-4097}
redis_port=${BENCH_REDIS_PORT:-6391}

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
# wrk's requests/s for one run (after a warm-up the first time a label is measured), added to the label's total.
measure() {
  local label=$1; shift
  [ -n "${rps[$label]:-}" ] || wrk -t2 -c"$connections" -d3s "$@" >/dev/null
  local out r
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  echo "$out" | awk -v l="$label" '/Requests\/sec/ {r=$2} $1=="99%" {p=$2} END {printf "%-44s %10s req/s  p99 %8s\n", l, r, p}'
  rps[$label]=$(awk -v a="${rps[$label]:-0}" -v b="$r" 'BEGIN { print a + b }')
}
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" -v t="$3" -v n="$4" 'BEGIN { r = a / b; printf "%-44s %10.2f  (goal >= %s) %s\n", n, r, t, (r >= t ? "ok" : "BELOW GOAL") }'; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# The three mocks run side by side and are measured in turn, round after round: the machine's speed drifts by more
# than the difference sought, and alternating spreads that drift over all three alike.
stores=(memory "sqlite:$work/state.db" "redis://127.0.0.1:$redis_port")
declare -A url access
for i in "${!stores[@]}"; do
  store=${stores[$i]}
  name=${store%%:*}
  url[$name]="http://127.0.0.1:$((port + i))"
  dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "${url[$name]}" --quiet --state "$store" > "$work/$name.log" 2>&1 &
  pids="$pids $!"
done
for name in memory sqlite redis; do
  until curl -sf -o /dev/null "${url[$name]}/_mock/health"; do sleep 0.05; done
  curl -sf -X POST "${url[$name]}/_mock/users" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password","name":"Bench","email_verified":true}' >/dev/null
  access[$name]=$(curl -si -X POST "${url[$name]}/api/v1/auth/signin/" -H 'Content-Type: application/json' \
    -d '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}' | grep -i '^set-cookie: access_token=' | sed -E 's/^[Ss]et-[Cc]ookie: access_token=([^;]+);.*/\1/')
done

for round in $(seq 1 "$rounds"); do
  for name in memory sqlite redis; do
    measure "$name: GET /account/ (access cookie)" -H "Cookie: access_token=${access[$name]}" "${url[$name]}/api/v1/account/"
  done
done
for name in memory sqlite redis; do
  measure "$name: POST /auth/signin/" -s "$work/signin.lua" "${url[$name]}/api/v1/auth/signin/"
done

echo "== goals (GET: the sum of $rounds rounds each)"
ratio "sqlite: GET /account/ (access cookie)" "memory: GET /account/ (access cookie)" 0.9 "sqlite GET /account/ / memory"
ratio "redis: GET /account/ (access cookie)" "memory: GET /account/ (access cookie)" 0.9 "redis GET /account/ / memory"
