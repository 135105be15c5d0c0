#!/usr/bin/env bash
# Packs the NuGet packages of the repository: the .NET tool (src/MockServer, Rememberizer.Contract.Mock) and, when
# the checkout has them, the test package (src/Testing) and the typed client (src/Client).
#
#   bash packaging/nuget/pack.sh [DIR]        # DIR: where the .nupkg files land (default artifacts/nuget)
#
# The release workflow runs this script, so what it publishes is what `dotnet pack` makes here.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="${1:-artifacts/nuget}"
mkdir -p "$out"

packed=0
for project in src/MockServer src/Testing src/Client; do
  if compgen -G "$project/*.csproj" >/dev/null; then
    dotnet pack "$project" -c Release -o "$out" --nologo
    packed=$((packed + 1))
  fi
done

echo "packed $packed projects into $out"
