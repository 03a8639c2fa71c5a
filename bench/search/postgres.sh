# A private PostgreSQL server for run_search.sh (sourced): a fresh cluster
# in a temp dir, listening on 127.0.0.1 on a free port with its socket in
# that dir, trust authentication, stopped and deleted with the dir.
# initdb refuses to run as root: as root, the cluster belongs to the
# `postgres` system user and the server commands run through runuser.
#
#   find_postgres            sets pg_bin; false (pg_why says why) when no
#                            server can run here
#   start_postgres DIR       sets conninfo (libpq's connection string)
#   stop_postgres            safe to call when nothing was started
#
# The server runs with PostgreSQL's defaults except maintenance_work_mem
# (256MB, for the GIN build) and the locale (C.UTF-8, so that the text
# search parser classifies Arabic letters with the C library's Unicode
# tables; under plain "C" every non-ASCII character is a letter).

pg_bin= pg_data= pg_as=() pg_why=

find_postgres() {
  local dir
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    pg_why="running as root and there is no postgres user to own the cluster"
    return 1
  fi
  pg_why="no PostgreSQL server (initdb, pg_ctl) found; install postgresql"
  for dir in "${PG_BINDIR:-}" "$(pg_config --bindir 2>/dev/null)" \
      $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      pg_bin=$dir
      return 0
    fi
  done
  return 1
}

# A port nothing listens on now (a race with other programs is unlikely,
# and pg_ctl then fails loudly).
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

start_postgres() {
  local dir=$1 port
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
    pg_as=(runuser -u postgres --)
  fi
  pg_data="$dir/data"
  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; echo "run_search: initdb failed" >&2; exit 1; }
  port=$(free_port)
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c maintenance_work_mem=256MB" \
    start >/dev/null ||
    { cat "$dir/server.log" >&2; pg_data=; echo "run_search: PostgreSQL did not start" >&2; exit 1; }
  conninfo="host=127.0.0.1 port=$port user=postgres dbname=postgres"
  echo "postgres: $("$pg_bin/postgres" --version), private server on 127.0.0.1:$port" >&2
}

stop_postgres() {
  [[ -n "$pg_data" ]] || return 0
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  pg_data=
}
