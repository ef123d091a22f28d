#!/usr/bin/env bash
# Starts a throwaway local PostgreSQL 15 cluster for `dss serve` (installs PostgreSQL if missing).
# Prints the connection string on stdout (so `CONN=$(scripts/dev-postgres.sh)` works) and how to stop it on stderr.
# Usage: scripts/dev-postgres.sh [PORT]        stop: scripts/dev-postgres.sh stop DATADIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin=/usr/lib/postgresql/15/bin

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

if [[ "${1:-}" == "stop" ]]; then
  dir="${2:?usage: dev-postgres.sh stop DATADIR}"
  as_postgres "$bin/pg_ctl -D '$dir' -m fast stop" >&2
  rm -rf "$dir"
  exit 0
fi

if [[ ! -x "$bin/initdb" ]]; then
  # shellcheck source=scripts/lib/prerequisites.sh
  source "$root/scripts/lib/prerequisites.sh"
  apt_install_missing postgresql
fi

port="${1:-}"
if [[ -z "$port" ]]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
dir=$(mktemp -d /tmp/dss-pg.XXXXXX)
[[ $(id -u) -eq 0 ]] && chown postgres "$dir"
as_postgres "$bin/initdb -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$bin/pg_ctl -D '$dir' -l '$dir/server.log' -o \"-k /tmp -h 127.0.0.1 -p $port -c max_connections=200\" -w start" >/dev/null
echo "PostgreSQL 15 running on 127.0.0.1:$port (data in $dir)" >&2
echo "stop it with: scripts/dev-postgres.sh stop $dir" >&2
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
