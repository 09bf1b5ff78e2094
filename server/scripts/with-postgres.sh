#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL 15 cluster, then removes the cluster.
#   scripts/with-postgres.sh vitest run
#   scripts/with-postgres.sh npx vitest run test/storage
# The cluster lives in a temp dir, trusts local connections, listens on 127.0.0.1 only (and a unix socket in the
# temp dir), on the first free port from PGPORT (default 55432). The system cluster is never touched.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  {
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo "!! with-postgres.sh: PostgreSQL binaries not found in $PG_BIN"
    echo "!! Install PostgreSQL 15 (apt-get install postgresql-15) or set PG_BIN."
    echo "!! Refusing to run the tests without PostgreSQL."
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  } >&2
  exit 1
fi

# initdb refuses to run as root: run the server as the postgres user when we are root.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

PORT="${PGPORT:-55432}"
for _ in $(seq 1 50); do
  port_in_use "$PORT" || break
  PORT=$((PORT + 1))
done
if port_in_use "$PORT"; then
  echo "with-postgres.sh: no free port found from ${PGPORT:-55432}" >&2
  exit 1
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/einvoice-pg.XXXXXX")"
DATA="$TMP/data"
SOCK="$TMP/sock"
mkdir -p "$SOCK"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$TMP"; fi

cleanup() {
  local rc=$?
  if [ -f "$DATA/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg "$PG_BIN/initdb" -D "$DATA" -A trust -U postgres --no-sync >"$TMP/initdb.log" 2>&1 || {
  cat "$TMP/initdb.log" >&2
  exit 1
}
# fsync off: a throwaway cluster does not need durability, and the tests run much faster without it.
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$TMP/server.log" -w -t 30 \
  -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || {
  cat "$TMP/server.log" >&2
  exit 1
}

"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres einvoice_test
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/einvoice_test"
echo "with-postgres.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (TEST_DATABASE_URL=$TEST_DATABASE_URL)" >&2

# Not exec: the EXIT trap must run to stop the cluster.
set +e
"$@"
status=$?
set -e
exit "$status"
