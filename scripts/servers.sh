#!/usr/bin/env bash
# Starts, stops or reports the local RabbitMQ and PostgreSQL servers for the tests and for development.
# Both come from Debian packages, listen on 127.0.0.1 only and are started without systemd.
#
# Usage: scripts/servers.sh [start|stop|status]    (start is the default)
#
#   start   installs rabbitmq-server and postgresql when missing, starts both, creates the
#           cargoman user, vhost, role and database, and prints DATABASE_URL and RABBITMQ_URL.
#           Running it again when all of that exists changes nothing.
#   stop    stops both servers.
#   status  reports for each server whether it is installed and responding, and exits 1 unless both respond.
#
# Environment: SERVERS_TIMEOUT_SECONDS, the maximum wait in seconds for each server to respond (default 120).
set -euo pipefail

readonly DATABASE_URL_LOCAL=postgres://cargoman:cargoman@127.0.0.1:5432/cargoman
readonly RABBITMQ_URL_LOCAL=amqp://cargoman:cargoman@127.0.0.1:5672/cargoman
readonly TIMEOUT_SECONDS=${SERVERS_TIMEOUT_SECONDS:-120}

# PostgreSQL clusters created by apt-get or pg_createcluster take their locale from the
# environment. C.UTF-8 is built into Debian's libc, so databases are UTF8 even when the
# caller's locale is unset or not generated.
export LC_ALL=C.UTF-8

readonly RABBITMQ_LOG_DIR=/var/log/rabbitmq
readonly RABBITMQ_ENV_FILE=/etc/rabbitmq/rabbitmq-env.conf
readonly RABBITMQ_CONF_FILE=/etc/rabbitmq/rabbitmq.conf
# A fixed node name keeps rabbitmqctl working whatever the machine's hostname resolves to.
# epmd (the Erlang node name registry) and the temporary nodes that rabbitmqctl and
# rabbitmq-diagnostics start listen on loopback only.
readonly RABBITMQ_ENV_CONTENT='# Written by scripts/servers.sh of Cargoman.Sync, which rewrites this file.
NODENAME=rabbit@localhost
export ERL_EPMD_ADDRESS=127.0.0.1
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
'
readonly RABBITMQ_CONF_CONTENT='# Written by scripts/servers.sh of Cargoman.Sync, which rewrites this file.
listeners.tcp.default = 127.0.0.1:5672
distribution.listener.interface = 127.0.0.1
'
readonly POSTGRES_CONF_CONTENT="# Written by scripts/servers.sh of Cargoman.Sync, which rewrites this file.
listen_addresses = 'localhost'
port = 5432
"

log() { echo "servers: $*"; }
fail() { echo "servers: error: $*" >&2; exit 1; }

is_root() { [[ $(id -u) == 0 ]]; }

is_installed() {
  [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Sends the AMQP 0-9-1 protocol header and succeeds when the broker replies with a method
# frame (type 1, the start of Connection.Start), so a bare open port does not count.
rabbitmq_responds() {
  local reply
  reply=$(timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/5672 && printf "AMQP\x00\x00\x09\x01" >&3 && head -c 1 <&3 | od -An -tx1' 2>/dev/null) || return 1
  [[ $reply == *01* ]]
}

postgres_responds() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

# Runs "$@" once a second until it succeeds. After TIMEOUT_SECONDS it fails, naming server $1 and log $2.
wait_until_responds() {
  local name=$1 log_path=$2
  shift 2
  local deadline=$((SECONDS + TIMEOUT_SECONDS))
  until "$@"; do
    if ((SECONDS >= deadline)); then
      fail "timed out after $TIMEOUT_SECONDS s waiting for $name to respond on 127.0.0.1; see $log_path"
    fi
    sleep 1
  done
}

# Writes $2 to file $1 unless the file already contains exactly that. Succeeds only when it wrote.
write_if_changed() {
  local path=$1 content=$2
  if [[ -f $path && $(<"$path")$'\n' == "$content" ]]; then
    return 1
  fi
  mkdir -p "$(dirname "$path")"
  printf '%s' "$content" >"$path"
}

install_missing_packages() {
  local missing=() package
  for package in rabbitmq-server postgresql; do
    is_installed "$package" || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0

  if ! is_root; then
    fail "missing Debian packages: ${missing[*]}. Install them with 'sudo apt-get install ${missing[*]}' or run this script as root."
  fi

  local apt_log
  apt_log=$(mktemp /tmp/servers-apt.XXXXXX.log)
  log "installing ${missing[*]} with apt-get (about 30 s; output in $apt_log)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get update >"$apt_log" 2>&1 ||
    ! apt-get install -y --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      "${missing[@]}" >>"$apt_log" 2>&1; then
    tail -n 20 "$apt_log" >&2
    fail "apt-get install ${missing[*]} failed. The full output is in $apt_log."
  fi
  rm -f "$apt_log"
}

# ---- RabbitMQ ----

# Writes the loopback-only configuration. A running broker is stopped before its
# configuration changes, because the new node name would hide it from rabbitmqctl.
configure_rabbitmq() {
  local env_current="" conf_current=""
  [[ -f $RABBITMQ_ENV_FILE ]] && env_current=$(<"$RABBITMQ_ENV_FILE")$'\n'
  [[ -f $RABBITMQ_CONF_FILE ]] && conf_current=$(<"$RABBITMQ_CONF_FILE")$'\n'
  if [[ $env_current == "$RABBITMQ_ENV_CONTENT" && $conf_current == "$RABBITMQ_CONF_CONTENT" ]]; then
    return 0
  fi

  if rabbitmq_responds; then
    log "stopping RabbitMQ to apply the loopback-only configuration"
    service rabbitmq-server stop >/dev/null ||
      fail "failed to stop the running RabbitMQ. Stop the broker on 127.0.0.1:5672 and run this script again."
  fi
  log "writing $RABBITMQ_ENV_FILE and $RABBITMQ_CONF_FILE"
  write_if_changed "$RABBITMQ_ENV_FILE" "$RABBITMQ_ENV_CONTENT" || true
  write_if_changed "$RABBITMQ_CONF_FILE" "$RABBITMQ_CONF_CONTENT" || true
}

start_rabbitmq() {
  if rabbitmq_responds; then
    log "RabbitMQ already responds on 127.0.0.1:5672"
  else
    log "starting RabbitMQ"
    # The init script waits until the broker has booted, and fails early when it crashed.
    if ! timeout "$TIMEOUT_SECONDS" service rabbitmq-server start >/dev/null 2>&1 && ! rabbitmq_responds; then
      fail "RabbitMQ failed to start; see $RABBITMQ_LOG_DIR/"
    fi
    wait_until_responds RabbitMQ "$RABBITMQ_LOG_DIR/" rabbitmq_responds
  fi

  if ! rabbitmqctl -q await_startup --timeout "$TIMEOUT_SECONDS" >/dev/null; then
    fail "rabbitmqctl failed to reach the RabbitMQ node rabbit@localhost; see $RABBITMQ_LOG_DIR/"
  fi
}

# Creates user cargoman (administrator) and vhost cargoman, with full permissions on it
# for cargoman and guest. Each step runs only when the broker lacks its result.
ensure_rabbitmq_objects() {
  local users permissions user
  users=$(rabbitmqctl -q list_users --no-table-headers)
  if ! grep -q $'^cargoman\t' <<<"$users"; then
    log "creating RabbitMQ user cargoman"
    rabbitmqctl -q add_user cargoman cargoman >/dev/null
  elif ! rabbitmqctl -q authenticate_user cargoman cargoman >/dev/null 2>&1; then
    log "resetting the password of RabbitMQ user cargoman"
    rabbitmqctl -q change_password cargoman cargoman >/dev/null
  fi
  if ! grep -q $'^cargoman\t.*administrator' <<<"$users"; then
    log "tagging RabbitMQ user cargoman administrator"
    rabbitmqctl -q set_user_tags cargoman administrator >/dev/null
  fi

  if ! permissions=$(rabbitmqctl -q list_permissions -p cargoman --no-table-headers 2>/dev/null); then
    log "creating RabbitMQ vhost cargoman"
    rabbitmqctl -q add_vhost cargoman >/dev/null
    permissions=""
  fi
  for user in cargoman guest; do
    if ! grep -qxF "$user"$'\t.*\t.*\t.*' <<<"$permissions"; then
      log "granting $user full permissions on RabbitMQ vhost cargoman"
      rabbitmqctl -q set_permissions -p cargoman "$user" '.*' '.*' '.*' >/dev/null
    fi
  done
}

# ---- PostgreSQL ----

# Prints "VERSION CLUSTER" of the cluster on port 5432, or nothing when there is none.
find_postgres_cluster() { pg_lsclusters -h | awk '$3 == 5432 { print $1, $2; exit }'; }

postgres_sql() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

start_postgres() {
  local cluster_id version cluster
  cluster_id=$(find_postgres_cluster)
  if [[ -z $cluster_id ]]; then
    version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -n 1)
    log "creating PostgreSQL cluster $version/main on port 5432"
    pg_createcluster --locale C.UTF-8 -p 5432 "$version" main >/dev/null
    cluster_id="$version main"
  fi
  read -r version cluster <<<"$cluster_id"
  local conf_path=/etc/postgresql/$version/$cluster/conf.d/cargoman.conf
  local log_path=/var/log/postgresql/postgresql-$version-$cluster.log

  if write_if_changed "$conf_path" "$POSTGRES_CONF_CONTENT"; then
    log "wrote $conf_path"
    if postgres_responds; then
      log "restarting PostgreSQL $version/$cluster to apply it"
      pg_ctlcluster "$version" "$cluster" restart
    fi
  fi

  if postgres_responds; then
    log "PostgreSQL already responds on 127.0.0.1:5432"
  else
    log "starting PostgreSQL $version/$cluster"
    if ! timeout "$TIMEOUT_SECONDS" service postgresql start >/dev/null 2>&1 && ! postgres_responds; then
      fail "PostgreSQL failed to start; see $log_path"
    fi
    wait_until_responds PostgreSQL "$log_path" postgres_responds
  fi
}

# Creates role cargoman (LOGIN, CREATEDB, password cargoman) and database cargoman owned by it.
# Each step runs only when the server lacks its result.
ensure_postgres_objects() {
  local role_ready database_owner
  role_ready=$(postgres_sql -At -c "SELECT rolcanlogin AND rolcreatedb FROM pg_roles WHERE rolname = 'cargoman'")
  if [[ -z $role_ready ]]; then
    log "creating PostgreSQL role cargoman"
    postgres_sql -c "CREATE ROLE cargoman LOGIN CREATEDB PASSWORD 'cargoman'"
  elif [[ $role_ready != t ]]; then
    log "granting LOGIN and CREATEDB to PostgreSQL role cargoman"
    postgres_sql -c "ALTER ROLE cargoman LOGIN CREATEDB"
  fi

  database_owner=$(postgres_sql -At -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'cargoman'")
  if [[ -z $database_owner ]]; then
    log "creating PostgreSQL database cargoman"
    postgres_sql -c "CREATE DATABASE cargoman OWNER cargoman"
  elif [[ $database_owner != cargoman ]]; then
    log "making role cargoman the owner of PostgreSQL database cargoman"
    postgres_sql -c "ALTER DATABASE cargoman OWNER TO cargoman"
  fi

  if ! psql -X -q "$DATABASE_URL_LOCAL" -c 'SELECT 1' >/dev/null 2>&1; then
    log "resetting the password of PostgreSQL role cargoman"
    postgres_sql -c "ALTER ROLE cargoman PASSWORD 'cargoman'"
    psql -X -q "$DATABASE_URL_LOCAL" -c 'SELECT 1' >/dev/null ||
      fail "login as cargoman at $DATABASE_URL_LOCAL failed; check pg_hba.conf of the cluster on port 5432"
  fi
}

# ---- Subcommands ----

start() {
  install_missing_packages

  if ! is_root; then
    if rabbitmq_responds && postgres_responds; then
      log "both servers respond, but checking their users and databases needs root"
    else
      fail "starting RabbitMQ and PostgreSQL needs root. Run 'sudo scripts/servers.sh start'."
    fi
  else
    configure_rabbitmq
    start_rabbitmq
    ensure_rabbitmq_objects
    start_postgres
    ensure_postgres_objects
    log "RabbitMQ and PostgreSQL are ready"
  fi

  echo "DATABASE_URL=$DATABASE_URL_LOCAL"
  echo "RABBITMQ_URL=$RABBITMQ_URL_LOCAL"
}

stop() {
  is_root || fail "stopping RabbitMQ and PostgreSQL needs root. Run 'sudo scripts/servers.sh stop'."
  if is_installed rabbitmq-server; then
    log "stopping RabbitMQ"
    service rabbitmq-server stop >/dev/null 2>&1 || true
    # epmd outlives the broker. Without -relaxed_command_check it refuses to exit
    # while any other Erlang node is still registered.
    if command -v epmd >/dev/null; then
      ERL_EPMD_ADDRESS=127.0.0.1 epmd -kill >/dev/null 2>&1 || true
    fi
  fi
  if is_installed postgresql; then
    log "stopping PostgreSQL"
    service postgresql stop >/dev/null 2>&1 || true
  fi

  if rabbitmq_responds; then
    fail "RabbitMQ still responds on 127.0.0.1:5672 after the stop; see $RABBITMQ_LOG_DIR/"
  fi
  if postgres_responds; then
    fail "PostgreSQL still responds on 127.0.0.1:5432 after the stop; see /var/log/postgresql/"
  fi
  log "both servers are stopped"
}

# Prints one status line for a server and succeeds when the server responds.
report_server() {
  local name=$1 package=$2 address=$3 probe=$4
  if ! is_installed "$package"; then
    log "$name: not installed (Debian package $package)"
    return 1
  elif "$probe"; then
    log "$name: installed, responding on $address"
  else
    log "$name: installed, not responding on $address"
    return 1
  fi
}

status() {
  local result=0
  report_server RabbitMQ rabbitmq-server 127.0.0.1:5672 rabbitmq_responds || result=1
  report_server PostgreSQL postgresql 127.0.0.1:5432 postgres_responds || result=1
  return "$result"
}

if [[ ! $TIMEOUT_SECONDS =~ ^[1-9][0-9]*$ ]]; then
  fail "invalid SERVERS_TIMEOUT_SECONDS '$TIMEOUT_SECONDS': expected a whole number of seconds greater than 0"
fi

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
