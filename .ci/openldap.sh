# Starts and stops a throw-away OpenLDAP server (Debian's slapd) on 127.0.0.1 with its own
# configuration folder: no system service, no change to /etc/ldap. Sourced by .ci/run; loads
# the partner users of .ci/ldap/partners.sh (LDAP_USERS, default 300) and exports HELPDESK_LDAP_URL,
# HELPDESK_LDAP_BIND_DN, HELPDESK_LDAP_PASSWORD, HELPDESK_LDAP_BASE_DN,
# HELPDESK_LDAP_CONF and HELPDESK_LDAP_PIDFILE.

LDAP_PORT="${LDAP_PORT:-55389}"
LDAP_SUFFIX="dc=partners,dc=example"

start_openldap() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  LDAP_HOME="$(mktemp -d /tmp/helpdesk-ldap.XXXXXX)"
  mkdir -p "$LDAP_HOME/data"
  cat > "$LDAP_HOME/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $LDAP_HOME/slapd.pid
database mdb
maxsize 268435456
suffix "$LDAP_SUFFIX"
rootdn "cn=admin,$LDAP_SUFFIX"
rootpw helpdesk
directory $LDAP_HOME/data
index objectClass eq
index uid eq,sub
index givenName,sn,mail eq,sub
index o,ou eq
access to attrs=userPassword by anonymous auth by * none
access to * by * read
CONF
  "$here/ldap/partners.sh" "${LDAP_USERS:-300}" > "$LDAP_HOME/partners.ldif"
  /usr/sbin/slapadd -q -f "$LDAP_HOME/slapd.conf" -l "$LDAP_HOME/partners.ldif" >/dev/null
  /usr/sbin/slapd -f "$LDAP_HOME/slapd.conf" -h "ldap://127.0.0.1:$LDAP_PORT/"
  local i
  for i in $(seq 1 50); do
    ldapsearch -x -H "ldap://127.0.0.1:$LDAP_PORT" -b "$LDAP_SUFFIX" -s base dn >/dev/null 2>&1 && break
    sleep 0.2
  done
  export HELPDESK_LDAP_URL="ldap://127.0.0.1:$LDAP_PORT"
  export HELPDESK_LDAP_BIND_DN="cn=admin,$LDAP_SUFFIX"
  export HELPDESK_LDAP_PASSWORD=helpdesk
  export HELPDESK_LDAP_BASE_DN="ou=people,$LDAP_SUFFIX"
  # for the ITs that stop the server mid-test and start it again
  export HELPDESK_LDAP_CONF="$LDAP_HOME/slapd.conf"
  export HELPDESK_LDAP_PIDFILE="$LDAP_HOME/slapd.pid"
  echo "OpenLDAP on 127.0.0.1:$LDAP_PORT ($HELPDESK_LDAP_BASE_DN)"
}

stop_openldap() {
  if [ -n "${LDAP_HOME:-}" ] && [ -f "$LDAP_HOME/slapd.pid" ]; then
    local pid i
    pid="$(cat "$LDAP_HOME/slapd.pid")"
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
  fi
  [ -n "${LDAP_HOME:-}" ] && rm -rf "$LDAP_HOME"
  return 0
}
