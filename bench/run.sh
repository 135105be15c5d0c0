#!/usr/bin/env bash
# Load benchmark of the mock: Release build, one process, wrk from a second process on loopback.
# Usage: bench/run.sh [seconds] [connections]. Needs wrk (Debian: apt-get install wrk). Prints start-up time and,
# per endpoint, requests/s and latency percentiles. Numbers depend on the machine; compare runs on the same one.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-32}
port=${BENCH_PORT:-4099}
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
dotnet build src/MockServer -c Release -v q -nologo >/dev/null

start=$(date +%s%N)
dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "$base" > "$work/mock.log" 2>&1 &
mock=$!
trap 'kill $mock 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "listening on" "$work/mock.log"; do sleep 0.01; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
until curl -sf -o /dev/null "$base/_mock/requests"; do sleep 0.01; done
echo "start-up: listening after ${ready} ms (process start to start-up line)"

curl -sf -X POST "$base/_mock/users" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"bench-password","name":"Bench","email_verified":true}' >/dev/null
cookie=$(curl -si -X POST "$base/api/v1/auth/signin/" -H 'Content-Type: application/json' \
  -d '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}' | grep -i '^set-cookie: access_token=' | sed -E 's/^[Ss]et-[Cc]ookie: (access_token=[^;]+);.*/\1/')
key=$(curl -sf "$base/_mock/vector-store" | sed -E 's/.*"api_key":"([^"]+)".*/\1/')
knowledge=$(curl -sf "$base/_mock/common-knowledge" | sed -E 's/^\[\{[^]]*"api_key":"([^"]+)".*/\1/')

cat > "$work/signin.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}'
LUA

run() {
  local name=$1; shift
  echo "== $name"
  wrk -t2 -c"$connections" -d3s "$@" >/dev/null # warm-up: let tiered JIT settle before measuring
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" | grep -E "Requests/sec|Latency |  50%|  99%|Non-2xx"
}
run "GET /api/v1/account/ (cookie session)" -H "Cookie: $cookie" "$base/api/v1/account/"
run "GET /api/v1/documents/ (page of 10)" -H "Cookie: $cookie" "$base/api/v1/documents/"
run "GET /api/v1/documents/search/?q=project plan" -H "Cookie: $cookie" "$base/api/v1/documents/search/?q=project%20plan"
run "GET /api/v1/vector-stores/me (x-api-key)" -H "x-api-key: $key" "$base/api/v1/vector-stores/me"
run "GET /api/v1/account/ (common-knowledge X-API-Key)" -H "X-API-Key: $knowledge" "$base/api/v1/account/"
run "GET /api/v1/documents/search/?q=… (common-knowledge X-API-Key)" -H "X-API-Key: $knowledge" \
  "$base/api/v1/documents/search/?q=How%20to%20integrate%20Rememberizer%20with%20custom%20applications&n=5"
run "POST /api/v1/auth/signin/ (hash check + two cookies)" -s "$work/signin.lua" "$base/api/v1/auth/signin/"
run "GET unknown route (404 DRF body)" "$base/api/v1/nothing/"
