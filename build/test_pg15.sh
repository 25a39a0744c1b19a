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
# TLS with a CA made here, so the tests can check verify-full, a wrong CA and a plain connection.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=hms test CA" \
  -keyout "$WORK/ca.key" -out "$WORK/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$WORK/server.key" -out "$WORK/server.csr" 2>/dev/null
printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > "$WORK/san.ext"
openssl x509 -req -in "$WORK/server.csr" -CA "$WORK/ca.crt" -CAkey "$WORK/ca.key" -CAcreateserial -days 2 \
  -extfile "$WORK/san.ext" -out "$WORK/server.crt" 2>/dev/null
chmod 600 "$WORK/server.key"
chmod 644 "$WORK/ca.crt" "$WORK/server.crt"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/server.key" "$WORK/server.crt"
# The server settings a hospital makes (README, shared server): auth_delay, and pgAudit where installed.
PRELOAD="-c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=1000"
if [ -f "$BIN/../lib/pgaudit.so" ]; then
  PRELOAD="-c shared_preload_libraries=auth_delay,pgaudit -c auth_delay.milliseconds=1000"
fi
PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${RUN_AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres --pwfile="$WORK/pw" --auth=scram-sha-256 -E UTF8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$WORK/server.crt \
      -c ssl_key_file=$WORK/server.key $PRELOAD -c log_line_prefix='%m [%p] %u@%d '" start >/dev/null
cleanup() {
  for dir in "$WORK/replica" "$WORK/data"; do
    [ -d "$dir" ] && "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
# A streaming read replica of it (issue 12: reports off the primary), copied while the cluster is still empty
# (a second or two): wal_level=replica, max_wal_senders and initdb's "host replication" line for 127.0.0.1
# are PostgreSQL 15's defaults; -R writes standby.signal and primary_conninfo. The tests make their
# databases afterwards, and the replica replays them.
REPLICA_PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${RUN_AS[@]}" env PGPASSWORD="$PASSWORD" "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres \
  -D "$WORK/replica" -R -X stream -c fast
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w \
  -o "-p $REPLICA_PORT -k $WORK -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$WORK/server.crt \
      -c ssl_key_file=$WORK/server.key -c hot_standby=on" start >/dev/null
echo "PostgreSQL 15 pass on 127.0.0.1:$PORT, its streaming replica on 127.0.0.1:$REPLICA_PORT"
HMS_TEST_REPLICA_URL="postgresql://postgres:$PASSWORD@127.0.0.1:$REPLICA_PORT/postgres?sslmode=disable" \
HMS_TEST_TLS_CA="$WORK/ca.crt" HMS_TEST_SERVER_LOG="$WORK/log" \
HMS_TEST_DATABASE_URL="postgresql://postgres:$PASSWORD@127.0.0.1:$PORT/postgres?sslmode=disable" \
  .venv/bin/python -m pytest tests/integration -q "$@"
