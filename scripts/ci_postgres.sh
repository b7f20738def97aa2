#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite (knowledge-base tests against a real server).
#
#   export WARTA_TEST_PG_URL="$(scripts/ci_postgres.sh start)"   # prints the URL on stdout
#   trap 'scripts/ci_postgres.sh stop' EXIT                       # stops it and deletes the data
#
# start [DATADIR]  install Debian 'postgresql' with apt-get if missing, initialise DATADIR
#                  (default ${TMPDIR:-/tmp}/warta-ci-pg), start it on 127.0.0.1 on a free port
#                  as the 'postgres' user (when run as root), create database 'warta_test',
#                  print postgresql://postgres@127.0.0.1:PORT/warta_test
# stop [DATADIR]   stop the server and delete DATADIR
# url [DATADIR]    print the URL of a running server
# Sourcing the script defines the functions warta_pg_start / warta_pg_stop / warta_pg_url.

_warta_pg_dir() { echo "${1:-${TMPDIR:-/tmp}/warta-ci-pg}"; }

_warta_pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "ci_postgres: installing postgresql with apt-get" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$bin"
}

# run a command as the server's owner: 'postgres' when we are root, else ourselves
_warta_pg_as() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_warta_pg_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

warta_pg_url() {
    local dir; dir=$(_warta_pg_dir "${1:-}")
    [ -f "$dir/warta_url" ] || { echo "ci_postgres: no server in $dir" >&2; return 1; }
    cat "$dir/warta_url"
}

warta_pg_start() {
    local dir bin port url
    dir=$(_warta_pg_dir "${1:-}")
    bin=$(_warta_pg_bin)
    if [ -f "$dir/postmaster.pid" ] && _warta_pg_as "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        warta_pg_url "$dir"; return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    chmod 700 "$dir"
    _warta_pg_as "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --no-locale >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; return 1; }
    port=$(_warta_pg_free_port)
    _warta_pg_as "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2
    _warta_pg_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres warta_test
    url="postgresql://postgres@127.0.0.1:$port/warta_test"
    echo "$url" > "$dir/warta_url"
    echo "$url"
}

warta_pg_stop() {
    local dir bin
    dir=$(_warta_pg_dir "${1:-}")
    [ -d "$dir" ] || return 0
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$bin" ] && [ -f "$dir/postmaster.pid" ]; then
        _warta_pg_as "$bin/pg_ctl" -D "$dir" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir" "$dir.initdb.log"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
        start) warta_pg_start "${2:-}" ;;
        stop) warta_pg_stop "${2:-}" ;;
        url) warta_pg_url "${2:-}" ;;
        *) echo "usage: $0 start|stop|url [DATADIR]" >&2; exit 2 ;;
    esac
fi
