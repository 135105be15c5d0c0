#!/usr/bin/env bash
# Load benchmark of the mock against its yardstick: a bare ASP.NET Core minimal API (bench/Baseline) serving the
# same JSON. Release builds, one process each, wrk from a third process on loopback, a warm-up before every
# measurement. Prints requests/s and latency per endpoint, and each goal beside its figure: the mock/baseline ratios
# the pipeline must hold, the p99 of an authenticated GET, and the sign-in and sign-up rates (as ratios to the
# baseline of the same run, against the ratios the mock held before its hashing was made cheap).
# Usage: bench/run.sh [seconds] [connections]. Needs wrk (Debian: apt-get install wrk). Compare runs made on the
# same machine, back to back; the load printed first says how busy the machine was.
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
until grep -qs "listening on" "$work/mock.log"; do sleep 0.01; done
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
# Every sign-up a new address: each wrk thread of each run (warm-up and measurement) counts under a prefix of its own.
cat > "$work/signup.lua" <<'LUA'
local next_thread = 0
function setup(thread)
  thread:set("prefix", string.format("%d-%d", os.time(), next_thread))
  next_thread = next_thread + 1
end
local n = 0
function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/auth/signup/", {["Content-Type"] = "application/json"},
    string.format('{"email":"signup%s-%d@example.com","password":"signup-password","name":"Signup","captcha":"ok"}', prefix, n))
end
LUA

declare -A rps p99s
# wrk writes latencies as 850.00us, 1.20ms or 1.02s: in milliseconds.
milliseconds() { awk -v v="$1" 'BEGIN { n = v + 0; print (v ~ /us$/ ? n / 1000 : v ~ /ms$/ ? n : v ~ /m$/ ? n * 60000 : n * 1000) }'; }
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
  p99s[$name]=$(milliseconds "$p99")
  printf '%-58s %10s req/s  p50 %8s  p99 %8s%s\n' "$name" "$r" "$p50" "$p99" "$(echo "$out" | grep -q 'Non-2xx' && echo '  (non-2xx)' || true)"
}
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" -v t="$3" -v n="$4" 'BEGIN { r = a / b; printf "%-58s %10.2f  (goal >= %s) %s\n", n, r, t, (r >= t ? "ok" : "BELOW GOAL") }'; }
latency() { awk -v p="${p99s[$1]}" -v t="$2" -v n="$3" 'BEGIN { printf "%-58s %7.2f ms  (goal <= %s ms) %s\n", n, p, t, (p <= t ? "ok" : "ABOVE GOAL") }'; }
# A rate against what it was before the hashing was made cheap, both as ratios to the baseline of their runs (the
# machine's speed cancels out): today / before must reach the factor.
speedup() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" -v was="$3" -v t="$4" -v n="$5" 'BEGIN { r = a / b / was; printf "%-58s %10.3f  (goal >= %s) %s\n", n, r, t, (r >= t ? "ok" : "BELOW GOAL") }'; }

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
run "mock POST /auth/signup/ (new user, PBKDF2, code mailed)" -s "$work/signup.lua" "$mock"
run "mock unknown route (404 DRF body)" "$mock/api/v1/nothing/"

echo "== goals (load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; baseline ${rps["baseline GET /account/"]} req/s)"
ratio "mock GET /account/ (access cookie)" "baseline GET /account/" 0.85 "GET /account/ cookie / baseline"
ratio "mock GET /account/ (Bearer)" "baseline GET /account/" 0.85 "GET /account/ Bearer / baseline"
ratio "mock GET /account/ (common-knowledge key)" "baseline GET /account/" 0.85 "GET /account/ X-API-Key / baseline"
latency "mock GET /account/ (access cookie)" 3 "GET /account/ cookie p99 at $connections connections"
latency "mock GET /account/ (Bearer)" 3 "GET /account/ Bearer p99 at $connections connections"
latency "mock GET /account/ (common-knowledge key)" 3 "GET /account/ X-API-Key p99 at $connections connections"
# For information: the yardstick's own p99 under the same load; a p99 goal under it cannot hold for anything served here.
awk -v p="${p99s["baseline GET /account/"]}" -v n="baseline GET /account/ p99 at $connections connections" \
  'BEGIN { printf "%-58s %7.2f ms  (for information)\n", n, p }'
ratio "mock GET /documents/ (page of 10)" "baseline GET /documents/" 0.7 "GET /documents/ / baseline"
ratio "mock GET /documents/search/ (common-knowledge key)" "baseline GET /documents/search/" 0.7 "search / baseline"
ratio "mock POST /documents/memorize/ rejected (400)" "mock GET /documents/ (page of 10)" 1.0 "rejected POST / accepted GET /documents/"
# Before: the code when the goal was set (c33dcf8, 1000 PBKDF2 rounds), measured with this script on a quiet machine,
# two runs: sign-in at 0.052 and 0.058 of the baseline (3,074 and 3,695 req/s), sign-up at 0.047 and 0.051 (2,789 and
# 3,260 req/s); the means, 0.055 and 0.049. (An older README run gave sign-in 0.094, on code before recorded changes.)
speedup "mock POST /auth/signin/ (PBKDF2, JWT, two cookies)" "baseline GET /account/" 0.055 2 "sign-in rate / before"
speedup "mock POST /auth/signup/ (new user, PBKDF2, code mailed)" "baseline GET /account/" 0.049 2 "sign-up rate / before"
# For information: GET /account/ is the cheapest answer there is (no body to read, nothing to validate), so a
# rejected POST, which reads and validates a body, is held to the accepted GET of its own resource above.
awk -v a="${rps["mock POST /documents/memorize/ rejected (400)"]}" -v b="${rps["mock GET /account/ (access cookie)"]}" \
  'BEGIN { printf "%-58s %10.2f  (for information)\n", "rejected POST / accepted GET /account/", a / b }'
# For information: an unknown route passes the pipeline (error bodies, tenant, routing, the request log) but does no
# API work (no credentials to check, nothing to validate, no controller): the share of the baseline's rate the mock
# keeps before any of that, a ceiling for every API answer as long as the pipeline stays as it is.
awk -v a="${rps["mock unknown route (404 DRF body)"]}" -v b="${rps["baseline GET /account/"]}" \
  'BEGIN { printf "%-58s %10.2f  (for information)\n", "unknown route (404) / baseline", a / b }'
