#!/usr/bin/env bash
# The whole test suite. Installs and starts what the tests need (PostgreSQL 15, Chromium, CJK
# fonts) on a fresh machine, then runs every test project. Usage: scripts/test.sh [dotnet test args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# shellcheck source=scripts/lib/prerequisites.sh
source "$root/scripts/lib/prerequisites.sh"
ensure_test_prerequisites

dotnet build EmergencyDSS.sln -c Release --nologo -v q
log=$(mktemp)
status=0
dotnet test EmergencyDSS.sln -c Release --no-build --nologo "$@" | tee "$log" || status=$?

# Smoke runs of the main job and the benchmark runner (not timed gates).
./dss simulate --demo --out "$(mktemp -d)/demo" >/dev/null
# On the shipped ruleset: exits 1 when the peers' decisions differ from the engine's.
./dss bench --quick --size small --seconds 5

# The scheduler's cycle on a throwaway PostgreSQL (upload → approvals → every notice in the outbox), once. One run in
# about 25 on 2026-12-03 stalled in delivery (166 of 15,793 notices left after 6 minutes; cause not found, the run now
# prints what it was waiting on): a stalled smoke run is reported and run once more; two failures fail the suite.
if ! scripts/bench-cycle.sh --runs 1; then
  echo "dss bench-cycle failed once (its state is printed above); running it once more" >&2
  scripts/bench-cycle.sh --runs 1 || { echo "dss bench-cycle failed" >&2; status=1; }
fi

# The shipped rulesets' own tests, with their coverage gate (docs/testing.md).
./dss test rulesets/tests --coverage --threshold 90 || status=1

# The VS Code extension (TextMate grammar + language client for `dss lsp`) builds into a .vsix.
(cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error && npm run --silent package >/dev/null) || { echo "editors/vscode: the extension did not build" >&2; status=1; }

# One plain closing line over every test assembly.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
exit "$status"
