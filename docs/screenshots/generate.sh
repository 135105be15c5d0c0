#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/*.png) of the landing page, /docs and the dashboard: a fresh mock
# on a free port, a few requests so the dashboard has something to show, then headless Chromium (Debian's package,
# the one the browser tests drive; CHROMIUM_PATH names another) captures each page. curl and Chromium address the
# mock as http://localhost:4010, the address a reader's mock has, and are connected to the free port underneath.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
chromium=${CHROMIUM_PATH:-chromium}
command -v "$chromium" >/dev/null || { echo "Chromium is needed: apt-get install chromium (or set CHROMIUM_PATH)"; exit 1; }

log=$(mktemp)
dotnet build src/MockServer -v quiet -nologo >/dev/null
dotnet run --project src/MockServer --no-build -- --port 0 --quiet >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null; wait "$mock" 2>/dev/null; rm -f "$log"' EXIT
until base=$(grep -o 'http://[^ ]*/api/v1' "$log"); do
  kill -0 "$mock" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
port=${base#http://127.0.0.1:}
port=${port%/api/v1}
root=http://localhost:4010
base=$root/api/v1
curl() { command curl --connect-to "localhost:4010:127.0.0.1:$port" "$@"; }
curl -sf "$root/_mock/health" >/dev/null

post() { curl -s -o /dev/null -X POST "$base$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
post /auth/signup/ '{"email":"ada@example.com","password":"secure_password","name":"Ada Lovelace","captcha":"recaptcha_response"}'
post /auth/signup/ '{"email":"grace@example.com","password":"secure_password","name":"Grace Hopper","captcha":"recaptcha_response"}'
jar=$(mktemp)
post /auth/signin/ '{"login":"publisher@example.com","password":"rememberizer-demo","captcha":"recaptcha_response"}' -c "$jar"
curl -s -o /dev/null -b "$jar" "$base/documents/?page_size=3"
curl -s -o /dev/null -b "$jar" "$base/documents/search/?q=release%20notes&n=2"
post /auth/signin/ '{"login":"ada@example.com"}'
rm -f "$jar"
# The dashboard opens the documents request (its link is #request-ID).
id=$(curl -s "$root/_mock/requests" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).find(r=>r.path==="/api/v1/documents/").id))')

shoot() { # name, height, url
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --proxy-server="127.0.0.1:$port" --proxy-bypass-list="<-loopback>" --hide-scrollbars --force-device-scale-factor=1 --window-size="1440,$2" \
    --virtual-time-budget=8000 --screenshot="$out/$1.png" "$3" >/dev/null 2>&1
  echo "$out/$1.png"
}
shoot landing 1000 "$root/"
shoot docs 1000 "$root/docs/"
shoot dashboard 1500 "$root/_mock/#request-$id"
