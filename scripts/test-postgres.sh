#!/usr/bin/env bash
# The service's integration tests against PostgreSQL instead of the embedded H2 file:
#
#     scripts/test-postgres.sh            (as root on Debian; extra arguments go to mvn)
#
# Installs PostgreSQL from Debian's packages if missing, starts a throwaway cluster on 127.0.0.1
# (port $PGPORT, default 55432) in a temporary folder, runs the service's tests (`mvn -o verify
# -Dgroups=service`: those that use the database; run `mvn verify` once first) with the system property
# exit-monitor.test.db-url pointing the tests' Spring context at it (ServiceTest), then stops the
# cluster and deletes it. The same Flyway migrations create the schema there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin
PORT=${PGPORT:-55432}
DATA=$(mktemp -d /tmp/exit-monitor-pg.XXXXXX)
chown postgres "$DATA"
as_postgres() { su postgres -s /bin/sh -c "$1"; }

as_postgres "$PGBIN/initdb -D $DATA/db -A trust -U postgres" >/dev/null
as_postgres "$PGBIN/pg_ctl -D $DATA/db -w -l $DATA/server.log \
    -o '-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
trap 'as_postgres "$PGBIN/pg_ctl -D $DATA/db -m fast stop" >/dev/null; rm -rf "$DATA"' EXIT
as_postgres "$PGBIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc 'CREATE DATABASE exitmonitor_test'"

mvn -B -ntp -o verify -Dgroups=service -DexcludedGroups=browser \
    -Dexit-monitor.test.db-url="jdbc:postgresql://127.0.0.1:$PORT/exitmonitor_test" \
    -Dexit-monitor.test.db-user=postgres "$@"
