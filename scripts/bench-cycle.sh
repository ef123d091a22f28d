#!/usr/bin/env bash
# The scheduler's Chongqing-size cycle benchmark: starts a throwaway PostgreSQL 15, runs
# `dss bench-cycle` (fresh database per run), stops PostgreSQL. Usage: scripts/bench-cycle.sh [dss bench-cycle args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
conn=$(scripts/dev-postgres.sh 2>/tmp/dss-bench-pg.$$)
dir=$(grep -o '/tmp/dss-pg\.[A-Za-z0-9]*' /tmp/dss-bench-pg.$$ | head -1)
rm -f /tmp/dss-bench-pg.$$
trap 'scripts/dev-postgres.sh stop "$dir"' EXIT
./dss bench-cycle --postgres "$conn" "$@"
