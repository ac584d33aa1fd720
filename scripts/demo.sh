#!/usr/bin/env bash
# Runs the demo from a fresh clone: starts the local RabbitMQ and PostgreSQL (scripts/servers.sh),
# builds the solution, then plays scenarios/demo.json through the real poller, broker and
# consumers against the Stripe and Cargoman stand-ins, and prints every customer's end state.
# Exits 0 when every customer matches the scenario's expected end state.
#
# Usage: scripts/demo.sh [demo options]    (scripts/demo.sh --help lists them)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

server_output=$(mktemp)
trap 'rm -f "$server_output"' EXIT
bash scripts/servers.sh start | tee "$server_output"
export "$(grep '^DATABASE_URL=' "$server_output")" "$(grep '^RABBITMQ_URL=' "$server_output")"

echo "demo: building the solution (Release)"
dotnet build Cargoman.Sync.sln -c Release --nologo -v quiet -clp:ErrorsOnly

exec dotnet demo/Cargoman.Demo/bin/Release/net10.0/Cargoman.Demo.dll "$@"
