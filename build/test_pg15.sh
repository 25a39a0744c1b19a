#!/usr/bin/env bash
# Run the integration tests a second time against a PostgreSQL 15 server (the oldest we support),
# because PostgreSQL 16 changed what CREATEROLE may do. Skipped when PostgreSQL 15 is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL 15 is not installed here; skipping the PostgreSQL 15 pass."
  exit 0
fi
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUN_AS=(runuser -u postgres --)
fi
WORK=$(mktemp -d /tmp/hms-pg15-XXXXXX)
chmod 755 "$WORK"
PASSWORD="pg15-test-$RANDOM$RANDOM"
echo "$PASSWORD" > "$WORK/pw"
chmod 644 "$WORK/pw"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${RUN_AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres --pwfile="$WORK/pw" --auth=scram-sha-256 -E UTF8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null
cleanup() { "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
echo "PostgreSQL 15 pass on 127.0.0.1:$PORT"
HMS_TEST_DATABASE_URL="postgresql://postgres:$PASSWORD@127.0.0.1:$PORT/postgres?sslmode=disable" \
  .venv/bin/python -m pytest tests/integration -q "$@"
