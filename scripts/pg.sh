#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests: `pg.sh start` prints its SQLAlchemy URL, `pg.sh stop` deletes it.
set -euo pipefail

PORT=${ARDESK_PG_PORT:-54329}
STATE=${TMPDIR:-/tmp}/ardesk-pg-$PORT.state   # holds the PGDATA path between start and stop
LOCALE=${ARDESK_PG_LOCALE:-C.UTF-8}
[ "$(uname -s)" != Darwin ] || LOCALE=${ARDESK_PG_LOCALE:-en_US.UTF-8}

pgbin() {  # newest Debian server binaries, else whatever pg_ctl is on PATH (macOS/Homebrew)
  local d
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -x "$d/initdb" ]; then echo "$d"; return; fi
  command -v pg_ctl >/dev/null 2>&1 || { echo "pg.sh: PostgreSQL server binaries not found" >&2; return 1; }
  dirname "$(command -v pg_ctl)"
}

as_pg() {  # initdb and postgres refuse to run as root: drop to the postgres user
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ ! -f "$STATE" ] || stop   # left over from a killed run
  local bin data
  bin=$(pgbin)
  data=$(mktemp -d "${TMPDIR:-/tmp}/ardesk-pg.XXXXXX")
  echo "$data" >"$STATE"
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$data"
  as_pg "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale="$LOCALE" --no-sync >/dev/null
  # Offer TLS as a real server would (the tests check ardesk uses it): a self-signed certificate.
  local ssl=""
  if command -v openssl >/dev/null 2>&1 && openssl req -new -x509 -days 7 -nodes -subj "/CN=127.0.0.1" \
      -keyout "$data/server.key" -out "$data/server.crt" >/dev/null 2>&1; then
    chmod 600 "$data/server.key"
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$data/server.key" "$data/server.crt"
    ssl="-c ssl=on"
  fi
  if ! as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 -o "-p $PORT -k $data \
      -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off $ssl" \
      start >/dev/null; then
    tail -n 20 "$data/server.log" >&2
    return 1
  fi
  # The superuser comes in through the socket (trust); everyone else over TCP with a password.
  as_pg "$bin/psql" -X -v ON_ERROR_STOP=1 -h "$data" -p "$PORT" -U postgres -d postgres -qc \
    "CREATE ROLE ardesk LOGIN CREATEDB CREATEROLE PASSWORD 'ardesk'"
  as_pg "$bin/createdb" -h "$data" -p "$PORT" -U postgres -O ardesk ardesk_test
  echo "postgresql+psycopg://ardesk:ardesk@127.0.0.1:$PORT/ardesk_test"
}

stop() {
  [ -f "$STATE" ] || return 0
  local data
  data=$(cat "$STATE")
  if [ -f "$data/postmaster.pid" ]; then
    as_pg "$(pgbin)/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null ||
      as_pg "$(pgbin)/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null
  fi
  case $data in */ardesk-pg.*) rm -rf "$data" ;; esac   # never delete anything else
  rm -f "$STATE"
}

case ${1:-} in
  start) trap '[ $? -eq 0 ] || stop' EXIT; start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop   (port \$ARDESK_PG_PORT, default 54329)" >&2; exit 2 ;;
esac
