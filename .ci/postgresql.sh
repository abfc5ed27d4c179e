# Starts and stops a throw-away PostgreSQL cluster on 127.0.0.1, owned by the postgres user.
# Sourced by .ci/run; exports HELPDESK_PG_URL, HELPDESK_PG_USER and HELPDESK_PG_PASSWORD, and HELPDESK_PG_CTL:
# a script that stops ("stop") and starts ("start") this server again, for the fault tests that take the
# database away under running nodes (itests/.../boot/TwoNodesIT).

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
  cat > "$PG_HOME/ctl" <<CTL
#!/bin/sh
# $PG_HOME/ctl stop|start: the test PostgreSQL on 127.0.0.1:$PG_PORT
case "\$1" in
  stop) exec runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop ;;
  start) exec runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DATA/server.log" \\
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA" start ;;
  *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
  chmod 755 "$PG_HOME/ctl"
  PGPASSWORD=helpdesk "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q \
    -c "CREATE DATABASE helpdesk_test" >/dev/null
  export HELPDESK_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/helpdesk_test"
  export HELPDESK_PG_USER=postgres
  export HELPDESK_PG_PASSWORD=helpdesk
  export HELPDESK_PG_CTL="$PG_HOME/ctl"
  echo "PostgreSQL on 127.0.0.1:$PG_PORT ($HELPDESK_PG_URL)"
}

stop_postgresql() {
  if [ -n "${PG_DATA:-}" ] && [ -d "$PG_DATA" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_HOME"
  fi
}
