#!/usr/bin/env bash
# Memory benchmark of a long-running mock (not a test: it takes a few minutes and depends on the machine).
#  1. 100,000 sign-ins of one user, then the fake clock moved past the refresh lifetime and a few more sign-ins
#     (which sweep what expired): resident memory should end within +50 MB of the start.
#  2. 10,000 new users who each sign in and read their documents once: within +300 MB of the start.
# Prints RSS (from /proc) and the state the mock reports at /_mock/health after each phase, and each growth beside its
# goal. The whole is repeated on a fresh mock (three times by default): one run's figure depends on when the
# collector last ran, three in a row show whether the goal holds.
# Usage: bench/memory.sh [sign-ins] [users] [runs]; 0 users skips phase 2. Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
signins=${1:-100000}
users=${2:-10000}
runs=${3:-3}
port=${BENCH_PORT:-4097}
mock="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
pid=""
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/MockServer -c Release -v q -nologo >/dev/null

rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
report() { printf '%-58s RSS %5s MB  %s\n' "$1" "$(rss)" "$(curl -sf "$mock/_mock/health")"; }

health() { curl -sf "$mock/_mock/health" | sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

# wrk has no request count: it runs until the mock's own counter says the work is done, then is stopped.
until_count() {
  local field=$1 target=$2; shift 2
  wrk "$@" >/dev/null &
  local load=$!
  until [ "$(health "$field")" -ge "$target" ]; do sleep 0.2; done
  kill "$load"; wait "$load" 2>/dev/null || true
}

cat > "$work/signin.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"bench@example.com","password":"bench-password","captcha":"ok"}'
LUA
signin() {
  until_count sessions_started "$(( $(health sessions_started) + $1 ))" -t2 -c8 -d3600s -s "$work/signin.lua" "$mock/api/v1/auth/signin/"
}

# Each user signs up (which answers an access JWT; verification is switched off for this run) and reads their
# documents once with it.
cat > "$work/users.lua" <<'LUA'
local next_thread = 0
function setup(thread) thread:set("base", next_thread * 1000000); next_thread = next_thread + 1 end
local n, step, access = 0, 0, ""
function request()
  if step == 0 then
    return wrk.format("POST", "/api/v1/auth/signup/", {["Content-Type"] = "application/json"},
      string.format('{"email":"user%d@example.com","password":"user-password","name":"User","captcha":"ok"}', base + n))
  end
  return wrk.format("GET", "/api/v1/documents/?page_size=100", {["Authorization"] = "Bearer " .. access})
end
function response(status, headers, body)
  if step == 0 then access = string.match(body, '"access":"([^"]+)"') or "" else n = n + 1 end
  step = 1 - step
end
LUA

goal() { printf '%-58s +%4s MB  (goal <= +%s MB) %s\n' "$1" "$2" "$3" "$([ "$2" -le "$3" ] && echo ok || echo 'ABOVE GOAL')"; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for run in $(seq "$runs"); do
  echo "== run $run of $runs"
  # One PBKDF2 round: this measures what the mock keeps, not how fast it hashes. Unverified users may read (phase 2).
  ${MOCK_ENV:-} dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "$mock" \
    --Auth:PasswordHashIterations=1 --Auth:RequireVerifiedEmail=false > "$work/mock.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$mock/_mock/health"; do sleep 0.05; done
  curl -sf -X POST "$mock/_mock/users" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password","name":"Bench","email_verified":true}' >/dev/null

  curl -sf -o /dev/null -b "access_token=x" "$mock/api/v1/documents/" || true
  report "start"
  start=$(rss)

  signin "$signins"
  report "after ${signins} sign-ins"
  curl -sf -X POST "$mock/_mock/clock/advance" -H 'Content-Type: application/json' -d '{"seconds": 90000}' >/dev/null
  signin 2048
  report "clock +25 h past the refresh lifetime, 2048 sign-ins later"
  goal "sign-ins: growth over the start" "$(( $(rss) - start ))" 50

  if [ "$users" -gt 0 ]; then
    until_count users "$(( users + 2 ))" -t2 -c2 -d3600s -s "$work/users.lua" "$mock"
    report "after ${users} users read their documents once"
    goal "users: growth over the start" "$(( $(rss) - start ))" 300
  fi

  kill "$pid"; wait "$pid" 2>/dev/null || true
done
