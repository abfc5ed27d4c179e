# Starts and stops a throw-away PostgreSQL cluster on 127.0.0.1, owned by the postgres user.
# Sourced by .ci/run; exports HELPDESK_PG_URL, HELPDESK_PG_USER and HELPDESK_PG_PASSWORD.

PG_PORT="${PG_PORT:-55432}"

start_postgresql() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  PG_BIN="$bin"
  PG_HOME="$(mktemp -d /tmp/helpdesk-pg.XXXXXX)"
  PG_DATA="$PG_HOME/data"
  echo helpdesk > "$PG_HOME/pwfile"
  chown -R postgres:postgres "$PG_HOME"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=scram-sha-256 \
    --pwfile="$PG_HOME/pwfile" -E UTF8 >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DATA/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA" start >/dev/null
  PGPASSWORD=helpdesk "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q \
    -c "CREATE DATABASE helpdesk_test" >/dev/null
  export HELPDESK_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/helpdesk_test"
  export HELPDESK_PG_USER=postgres
  export HELPDESK_PG_PASSWORD=helpdesk
  echo "PostgreSQL on 127.0.0.1:$PG_PORT ($HELPDESK_PG_URL)"
}

stop_postgresql() {
  if [ -n "${PG_DATA:-}" ] && [ -d "$PG_DATA" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_HOME"
  fi
}
