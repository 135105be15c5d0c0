#!/usr/bin/env bash
# How long a large fixture takes to load: one user with N documents (10,000 by default) of about 120 words each,
# posted to /_mock/fixtures of a Release build, three times in a row on one mock (each load replaces the last), with
# the documents listed and searched after the last load to show they all arrived. No goal: the figure goes in notes.
# Usage: bench/fixtures.sh [documents]
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
port=${BENCH_PORT:-4098}
base="http://127.0.0.1:${port}"

command -v curl >/dev/null || { echo "curl is not installed"; exit 1; }
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/MockServer -c Release -v q -nologo >/dev/null

awk -v n="$documents" 'BEGIN {
  split("pricing onboarding security search billing", topics, " ")
  print "generated: false\nusers:\n  - email: big@example.com\n    password: correct-horse\n    documents:"
  for (i = 0; i < n; i++) {
    topic = topics[i % 5 + 1]
    sentence = sprintf("The %s team met on day %d and agreed on the next steps.", topic, i % 365)
    text = sprintf("Note %d about %s.", i, topic)
    for (s = 0; s < 8; s++) text = text " " sentence
    printf "      - name: Note %d.md\n        text: \"%s\"\n", i, text
  }
}' > "$work/fixture.yaml"

dotnet src/MockServer/bin/Release/net10.0/Rememberizer.Contract.MockServer.dll --urls "$base" --quiet > "$work/mock.log" 2>&1 &
pids=$!
until curl -sf -o /dev/null "$base/_mock/health"; do sleep 0.05; done

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $documents documents, $(( $(wc -c < "$work/fixture.yaml") / 1024 )) KiB of YAML"
for run in 1 2 3; do
  seconds=$(curl -sf -o /dev/null -w '%{time_total}' -X POST "$base/_mock/fixtures" \
    -H 'Content-Type: application/yaml' --data-binary @"$work/fixture.yaml")
  printf 'load %d: %6.2f s\n' "$run" "$seconds"
done

cookies="$work/cookies"
curl -sf -o /dev/null -c "$cookies" -X POST "$base/api/v1/auth/signin/" -H 'Content-Type: application/json' \
  -d '{"login":"big@example.com","password":"correct-horse","captcha":"ok"}'
listed=$(curl -sf -b "$cookies" "$base/api/v1/documents/?page_size=1" | grep -o '"count":[0-9]*' | cut -d: -f2)
matched=$(curl -sf -b "$cookies" "$base/api/v1/documents/search/?q=note%20$((documents - 1))" | grep -o '"document"' | wc -l)
echo "after the last load: $listed documents listed, $matched chunks matched for \"note $((documents - 1))\""
