#!/usr/bin/env bash
# Start-up benchmark: how long after the process starts the mock answers GET /_mock/health, as the median of
# repeated starts (a test suite that starts a mock per worker pays this each time). Measures the mock as the .NET
# tool runs it (the framework-dependent build) and, with --published, also the single-file binary `dotnet publish
# -r RID` makes. Each start is a fresh process on a fresh state; nothing is warm but the operating system's caches.
# Last, for information, what a test run hosting mocks in its own process (the .NET testing package) waits for each
# mock after its first (bench/InProcessStarts).
# Usage: bench/startup.sh [starts] [--published]. Compare runs made on the same machine; the load is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
starts=${1:-20}
published=${2:-}
port=${BENCH_PORT:-4098}
base="http://127.0.0.1:${port}"
goal_ms=350

work=$(mktemp -d)
pid=""
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/MockServer -c Release -v q -nologo >/dev/null
if [ "$published" = "--published" ]; then
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish src/MockServer -c Release -r "$rid" -o "$work/publish" -v q -nologo >/dev/null
fi

# Milliseconds from starting the command to the first answer of /_mock/health, for each start; prints the median,
# and the median processor time the process had used by then (user + system), which other work on the machine
# disturbs far less than the elapsed time: compare it between runs made under different load.
measure() {
  local label=$1; shift
  local times=() cpu=()
  for _ in $(seq "$starts"); do
    local begin
    begin=$(date +%s%N)
    "$@" --urls "$base" --quiet > "$work/mock.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$base/_mock/health"; do
      kill -0 "$pid" 2>/dev/null || { cat "$work/mock.log"; exit 1; }
      sleep 0.002
    done
    times+=($(( ($(date +%s%N) - begin) / 1000000 )))
    cpu+=($(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat"))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | median)
  printf '%-44s median %5s ms  (min %s, max %s, %s starts; processor time %s ms)  (goal <= %s ms) %s\n' "$label" "$median" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)" "$starts" "$(printf '%s\n' "${cpu[@]}" | sort -n | median)" \
    "$goal_ms" "$([ "$median" -le "$goal_ms" ] && echo ok || echo 'ABOVE GOAL')"
}

median() { awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
measure "start to /_mock/health (dotnet tool build)" dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll
if [ "$published" = "--published" ]; then
  measure "start to /_mock/health (published binary)" "$work/publish/Rememberizer.Contract.MockServer"
fi

# For information (no goal): mocks started one after another in one process, as a test run with a mock per class does.
dotnet build bench/InProcessStarts -c Release -v q -nologo >/dev/null
printf '%-44s %s\n' "in one process (RememberizerMock)" \
  "$(dotnet bench/InProcessStarts/bin/Release/net10.0/Rememberizer.Contract.Bench.InProcessStarts.dll "$starts")"
