# Helpers that find or install PostgreSQL and start a private cluster on 127.0.0.1.
# Sourced by scripts/run and scripts/test; not meant to be run on its own.

emnr_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  fi
}

# Installs PostgreSQL from Debian's packages when it is missing (root only).
emnr_ensure_postgres() {
  if [ -n "$(emnr_pg_bin)" ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    cat >&2 <<MSG
PostgreSQL is not installed and this script is not running as root, so it cannot install it.
Either install it yourself:   sudo apt-get install -y postgresql
or point E-MNR at an existing server:   export ConnectionStrings__EMnr='Host=...;Database=emnr;Username=...;Password=...'
MSG
    return 1
  fi
  echo "Installing PostgreSQL from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  if [ -z "$(emnr_pg_bin)" ]; then
    echo "PostgreSQL installation failed: no initdb found under /usr/lib/postgresql/*/bin." >&2
    return 1
  fi
}

# Runs a command as the cluster's owner: the postgres user when we are root, since initdb
# refuses to run as root; otherwise the current user.
emnr_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# emnr_start_cluster DATA_DIR PORT [throwaway]
# Creates the cluster on first use and starts it on 127.0.0.1:PORT with its socket in DATA_DIR/../socket.
# Prints nothing on success. The superuser is "postgres" with the password in DATA_DIR/../password.
emnr_start_cluster() {
  local data="$1" port="$2" throwaway="${3:-}"
  local bin root socket log password_file
  bin=$(emnr_pg_bin)
  root=$(dirname "$data")
  socket="$root/socket"
  log="$root/postgres.log"
  password_file="$root/password"

  mkdir -p "$root" "$socket"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres:postgres "$root" "$socket"
    chmod 700 "$root"
  fi

  if [ ! -s "$password_file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$password_file"
  fi

  if [ ! -f "$data/PG_VERSION" ]; then
    emnr_as_owner "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$password_file" \
      --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || {
        echo "initdb failed; see $root/initdb.log" >&2
        return 1
      }
  fi

  if emnr_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    return 0
  fi

  local options="-c listen_addresses=127.0.0.1 -p $port -k $socket -c max_connections=200"
  if [ -n "$throwaway" ]; then
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  emnr_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$options" start >/dev/null || {
    echo "PostgreSQL did not start on port $port; see $log" >&2
    tail -n 20 "$log" >&2 || true
    return 1
  }
}

emnr_stop_cluster() {
  local data="$1"
  emnr_as_owner "$(emnr_pg_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

emnr_connection_string() {
  local data="$1" port="$2" database="$3"
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=postgres;Password=$(cat "$(dirname "$data")/password")"
}

# emnr_ensure_app_database DATA_DIR PORT DATABASE ROLE
# Creates a login role without superuser rights and a database it owns, so that the app cannot
# bypass the database's own rules (the append-only audit trigger, for one). Prints the
# connection string for that role.
emnr_ensure_app_database() {
  local data="$1" port="$2" database="$3" role="$4"
  local root password_file bin
  root=$(dirname "$data")
  bin=$(emnr_pg_bin)
  password_file="$root/$role-password"
  if [ ! -s "$password_file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
  fi
  local password
  password=$(cat "$password_file")
  local psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  export PGPASSWORD
  PGPASSWORD=$(cat "$root/password")
  if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    "${psql[@]}" -c "CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password'"
  fi
  local owner
  owner=$("${psql[@]}" -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '$database'")
  if [ -z "$owner" ]; then
    "${psql[@]}" -c "CREATE DATABASE $database OWNER $role ENCODING 'UTF8'"
  elif [ "$owner" != "$role" ]; then
    # A database made by an older version of this script belongs to the superuser: hand it and
    # its tables and functions to the app's role, which must own what its migrations change.
    echo "Giving the existing database '$database' to the role '$role'..."
    "${psql[@]}" -c "ALTER DATABASE $database OWNER TO $role"
    "${psql[@]}" -d "$database" <<SQL >/dev/null
DO \$\$
DECLARE statement text;
BEGIN
  EXECUTE 'ALTER SCHEMA public OWNER TO $role';
  FOR statement IN
    SELECT format('ALTER TABLE public.%I OWNER TO $role', tablename) FROM pg_tables WHERE schemaname = 'public'
    UNION ALL
    SELECT format('ALTER FUNCTION %s OWNER TO $role', p.oid::regprocedure)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
END
\$\$;
SQL
  fi
  unset PGPASSWORD
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=$role;Password=$password"
}
