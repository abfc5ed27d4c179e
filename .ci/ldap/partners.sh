#!/usr/bin/env bash
# Writes the LDIF of the test directory to standard output: the base entries and COUNT partner
# users (default 300). partner-NNNN belongs to company partner-CC (CC = NNNN mod 10, plus 1) by its
# attribute o; every fifth user has a second company (ou: partner-shared); every user's password is
# "partner" (a salted SHA hash). The ITs rely on these rules.
set -euo pipefail
count="${1:-300}"
suffix="dc=partners,dc=example"
hash="$(/usr/sbin/slappasswd -h '{SSHA}' -s partner)"
cat <<LDIF
dn: $suffix
objectClass: dcObject
objectClass: organization
dc: partners
o: Partners

dn: ou=people,$suffix
objectClass: organizationalUnit
ou: people

LDIF
awk -v count="$count" -v suffix="$suffix" -v hash="$hash" 'BEGIN {
  for (i = 1; i <= count; i++) {
    login = sprintf("partner-%04d", i)
    company = sprintf("partner-%02d", i % 10 + 1)
    printf "dn: uid=%s,ou=people,%s\n", login, suffix
    printf "objectClass: inetOrgPerson\n"
    printf "uid: %s\n", login
    printf "givenName: Pat%04d\n", i
    printf "sn: Partner\n"
    printf "cn: Pat%04d Partner\n", i
    printf "mail: %s@%s.example\n", login, company
    printf "o: %s\n", company
    if (i % 5 == 0) printf "ou: partner-shared\n"
    printf "userPassword: %s\n\n", hash
  }
}'
