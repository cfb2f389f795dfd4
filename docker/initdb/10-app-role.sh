#!/bin/bash
# Creates the app's login role without superuser rights and gives it the database, so that the app
# cannot bypass the database's own rules (the append-only audit trigger, for one). The PostgreSQL
# image runs this once, when the data volume is first initialised.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$EMNR_APP_PASSWORD" <<'SQL'
CREATE ROLE emnr_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER DATABASE emnr OWNER TO emnr_app;
ALTER SCHEMA public OWNER TO emnr_app;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
