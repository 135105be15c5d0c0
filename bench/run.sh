#!/usr/bin/env bash
# Load benchmark of the mock against its yardstick: a bare ASP.NET Core minimal API (bench/Baseline) serving the
# same JSON. Release builds, one process each, wrk from a third process on loopback, a warm-up before every
# measurement. Prints requests/s and latency per endpoint, and the mock/baseline ratios the pipeline must hold.
# Usage: bench/run.sh [seconds] [connections]. Needs wrk (Debian: apt-get install wrk). Compare runs made on the
# same machine, back to back.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-64}
port=${BENCH_PORT:-4099}
mock="http://127.0.0.1:${port}"
bare="http://127.0.0.1:$((port + 1))"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
dotnet build src/MockServer -c Release -v q -nologo >/dev/null
dotnet build bench/Baseline -c Release -v q -nologo >/dev/null

start=$(date +%s%N)
dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "$mock" > "$work/mock.log" 2>&1 &
pids=$!
trap 'kill $pids 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "listening on" "$work/mock.log"; do sleep 0.01; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
until curl -sf -o /dev/null "$mock/_mock/health"; do sleep 0.01; done
echo "start-up: listening after ${ready} ms (process start to start-up line)"

curl -sf -X POST "$mock/_mock/users" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"bench-password","name":"Bench","email_verified":true}' >/dev/null
access=$(curl -si -X POST "$mock/api/v1/auth/signin/" -H 'Content-Type: application/json' \
  -d '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}' | grep -i '^set-cookie: access_token=' | sed -E 's/^[Ss]et-[Cc]ookie: access_token=([^;]+);.*/\1/')
key=$(curl -sf "$mock/_mock/vector-store" | sed -E 's/.*"api_key":"([^"]+)".*/\1/')
knowledge=$(curl -sf "$mock/_mock/common-knowledge" | sed -E 's/^\[\{[^]]*"api_key":"([^"]+)".*/\1/')
search="q=How%20to%20integrate%20Rememberizer%20with%20custom%20applications&n=5"

# The baseline serves exactly what the mock answered (files named after the path, '/' written as '~').
mkdir "$work/bodies"
curl -sf -b "access_token=$access" "$mock/api/v1/account/" > "$work/bodies/api~v1~account~.json"
curl -sf -b "access_token=$access" "$mock/api/v1/documents/" > "$work/bodies/api~v1~documents~.json"
curl -sf -H "X-API-Key: $knowledge" "$mock/api/v1/documents/search/?$search" > "$work/bodies/api~v1~documents~search~.json"
dotnet bench/Baseline/bin/Release/net10.0/Rememberizer.Contract.Bench.Baseline.dll "$work/bodies" --urls "$bare" > "$work/bare.log" 2>&1 &
pids="$pids $!"
until curl -sf -o /dev/null "$bare/api/v1/account/"; do sleep 0.01; done

cat > "$work/rejected.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name": "", "content": "text"}'
LUA
cat > "$work/signin.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}'
LUA

declare -A rps
run() {
  local name=$1; shift
  wrk -t2 -c"$connections" -d3s "$@" >/dev/null # warm-up: let tiered JIT settle before measuring
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  local r p50 p99
  r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  rps[$name]=$r
  printf '%-58s %10s req/s  p50 %8s  p99 %8s%s\n' "$name" "$r" "$p50" "$p99" "$(echo "$out" | grep -q 'Non-2xx' && echo '  (non-2xx)' || true)"
}
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" -v t="$3" -v n="$4" 'BEGIN { r = a / b; printf "%-58s %10.2f  (goal >= %s) %s\n", n, r, t, (r >= t ? "ok" : "BELOW GOAL") }'; }

# Tiered compilation settles per code path: give every mock path a first pass before anything is measured.
for warm in "-H Cookie:access_token=$access $mock/api/v1/account/" "-H Cookie:access_token=$access $mock/api/v1/documents/" \
  "-H X-API-Key:$knowledge $mock/api/v1/documents/search/?$search" "-H Cookie:access_token=$access -s $work/rejected.lua $mock/api/v1/documents/memorize/"; do
  # shellcheck disable=SC2086 # the words are wrk's arguments
  wrk -t2 -c"$connections" -d4s $warm >/dev/null
done

run "baseline GET /account/" "$bare/api/v1/account/"
run "mock GET /account/ (access cookie)" -H "Cookie: access_token=$access" "$mock/api/v1/account/"
run "mock GET /account/ (Bearer)" -H "Authorization: Bearer $access" "$mock/api/v1/account/"
run "baseline GET /documents/" "$bare/api/v1/documents/"
run "mock GET /documents/ (page of 10)" -H "Cookie: access_token=$access" "$mock/api/v1/documents/"
run "baseline GET /documents/search/" "$bare/api/v1/documents/search/?$search"
run "mock GET /documents/search/ (common-knowledge key)" -H "X-API-Key: $knowledge" "$mock/api/v1/documents/search/?$search"
run "mock POST /documents/memorize/ rejected (400)" -H "Cookie: access_token=$access" -s "$work/rejected.lua" "$mock/api/v1/documents/memorize/"
run "mock GET /account/ (common-knowledge key)" -H "X-API-Key: $knowledge" "$mock/api/v1/account/"
run "mock GET /vector-stores/me (x-api-key)" -H "x-api-key: $key" "$mock/api/v1/vector-stores/me"
run "mock POST /auth/signin/ (PBKDF2, JWT, two cookies)" -s "$work/signin.lua" "$mock/api/v1/auth/signin/"
run "mock unknown route (404 DRF body)" "$mock/api/v1/nothing/"

echo "== ratios"
ratio "mock GET /account/ (access cookie)" "baseline GET /account/" 0.6 "GET /account/ cookie / baseline"
ratio "mock GET /account/ (Bearer)" "baseline GET /account/" 0.6 "GET /account/ Bearer / baseline"
ratio "mock GET /documents/ (page of 10)" "baseline GET /documents/" 0.4 "GET /documents/ / baseline"
ratio "mock GET /documents/search/ (common-knowledge key)" "baseline GET /documents/search/" 0.4 "search / baseline"
ratio "mock POST /documents/memorize/ rejected (400)" "mock GET /documents/ (page of 10)" 1.0 "rejected POST / accepted GET /documents/"
# For information: GET /account/ is the cheapest answer there is (no body to read, nothing to validate), so a
# rejected POST, which reads and validates a body, is held to the accepted GET of its own resource above.
awk -v a="${rps["mock POST /documents/memorize/ rejected (400)"]}" -v b="${rps["mock GET /account/ (access cookie)"]}" \
  'BEGIN { printf "%-58s %10.2f  (for information)\n", "rejected POST / accepted GET /account/", a / b }'
