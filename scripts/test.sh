#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone. It starts the local RabbitMQ and PostgreSQL
# with scripts/servers.sh and runs every test project of the solution. Its last line gives the
# totals read from the TRX result files: "N passed, N failed, N skipped".
# Exits non-zero when dotnet test fails, any test fails or no test ran.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
results=$repo/TestResults
cd "$repo"

# The SDK sends usage telemetry to Microsoft by default.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The tests read DATABASE_URL and RABBITMQ_URL, which servers.sh prints as its last two lines.
server_output=$(mktemp)
trap 'rm -f "$server_output"' EXIT
bash scripts/servers.sh start | tee "$server_output"
export "$(grep '^DATABASE_URL=' "$server_output")" "$(grep '^RABBITMQ_URL=' "$server_output")"

# The TRX logger's default file names get a "[N]" suffix when already taken. Names from its
# LogFilePrefix option carry a timestamp in whole seconds, so two test projects that finish
# in the same second would write the same file.
rm -rf "$results"
dotnet_status=0
dotnet test Cargoman.Sync.sln -c Release --logger trx --results-directory "$results" || dotnet_status=$?

# Prints attribute $2 of the <Counters> element in TRX file $1, or 0 when it is absent.
trx_counter() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+') || true
  echo "${value:-0}"
}

# Errors, timeouts and aborts count as failures. Skipped tests are in "total" but not in
# "executed": the TRX logger of the .NET 10.0.401 SDK leaves "notExecuted" at 0 for them.
passed=0 failed=0 skipped=0
while IFS= read -r -d '' trx; do
  passed=$((passed + $(trx_counter "$trx" passed)))
  for outcome in failed error timeout aborted; do
    failed=$((failed + $(trx_counter "$trx" "$outcome")))
  done
  skipped=$((skipped + $(trx_counter "$trx" total) - $(trx_counter "$trx" executed)))
done < <(find "$results" -name '*.trx' -print0 2>/dev/null)

if ((dotnet_status != 0)); then
  echo "test: dotnet test exited with status $dotnet_status"
fi
if ((passed + failed == 0)); then
  echo "test: no test ran. Expected TRX files with results in $results."
fi
echo "$passed passed, $failed failed, $skipped skipped"

if ((dotnet_status != 0 || failed > 0 || passed + failed == 0)); then
  exit 1
fi
