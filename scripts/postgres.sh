#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a free loopback port and prints its connection string.
# Usage: eval "$(scripts/postgres.sh start)"   → exports RUTA_PG_DIR, RUTA_PG_PORT, RUTA_TEST_PG
#        scripts/postgres.sh stop "$RUTA_PG_DIR"
# Works as root (PostgreSQL refuses root: runs as the postgres user) or as a normal user.
set -euo pipefail

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && dirname "$(command -v initdb)" && return
  return 1
}

free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "$p"; return; fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if ! bin=$(find_bin); then
      echo "Installing PostgreSQL (apt-get)…" >&2
      if [ "$(id -u)" = 0 ]; then apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
      else sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2; fi
      bin=$(find_bin)
    fi
    dir=$(mktemp -d /tmp/ruta-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
      chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB" \
      start >/dev/null
    echo "export RUTA_PG_DIR='$dir' RUTA_PG_PORT='$port' RUTA_PG_BIN='$bin'"
    echo "export RUTA_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true'"
    ;;
  stop)
    dir="${2:?data dir}"
    bin=$(find_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
