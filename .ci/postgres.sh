#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster (Debian's postgresql) for the tests, as the postgres user, in a
# temporary directory, on a free local port; prints the `export` lines to eval. Stop it with
# `.ci/postgres.sh stop DIR`.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "${1:-}" = stop ]; then
  su postgres -c "$BIN/pg_ctl -D '$2/data' -m fast stop" >/dev/null
  rm -rf "$2"
  exit 0
fi
DIR=$(mktemp -d /tmp/relais-pg.XXXXXX)
chown postgres "$DIR"
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
su postgres -c "$BIN/initdb -D '$DIR/data' -A trust -U postgres" >/dev/null
su postgres -c "$BIN/pg_ctl -D '$DIR/data' -l '$DIR/log' -w -o \"-k '$DIR' -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
echo "export RELAIS_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PORT/postgres RELAIS_TEST_POSTGRES_DIR=$DIR"
