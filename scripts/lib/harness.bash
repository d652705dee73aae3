# Shared by scripts/bench and scripts/reliability (sourced, not run): progress lines, the packaged jar, starting and
# stopping servers on 127.0.0.1 ports 18000-18999, health polling without burning CPU, tokens, clean-up on exit.
# Every process started here is remembered by its pid and killed by that pid on exit.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA17=${JAVA17:-java}
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
H2_OPTS='MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
# The JVM options the README recommends for the packaged jar: a bounded heap (the JVM's default on a 24 GiB machine
# let a loaded server reach 2.6 GB) that still runs the soak's mix at full speed (a 128 MB serial heap ran it at half
# the speed and stayed near 500 MB resident; docs/benchmarks.md), G1 for short pauses, fewer malloc arenas, and the
# jar's Spring AOT bean definitions and a later C2 (together a start about 2 s faster; README, docs/benchmarks.md),
# and no per-thread cached direct buffer as large as the biggest H2 chunk written (70 MB under load without it).
# EMULATOR_JVM_OPTS replaces them.
SERVER_JVM_OPTS_DEFAULT='-XX:+UseG1GC -Xms256m -Xmx512m -XX:MaxGCPauseMillis=20 -Xss512k -XX:ReservedCodeCacheSize=64m'
SERVER_JVM_OPTS_DEFAULT+=' -Djdk.nio.maxCachedBufferSize=262144'
SERVER_JVM_OPTS_DEFAULT+=' -Dspring.aot.enabled=true -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000'
SERVER_JVM_OPTS_DEFAULT+=' -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000'
read -r -a SERVER_JVM_OPTS <<<"${EMULATOR_JVM_OPTS-$SERVER_JVM_OPTS_DEFAULT}"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PIDS=()
ON_EXIT=() # further commands for clean-up (after the processes are gone), e.g. dropping a database
T0=$(date +%s)

say() { printf '[%4ss] %s\n' "$(($(date +%s) - T0))" "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

cleanup() {
	local pid
	for pid in "${PIDS[@]:-}"; do
		[[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]:-}"; do
		[[ -n $pid ]] || continue
		for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
		kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
	done
	local c
	for c in "${ON_EXIT[@]:-}"; do
		[[ -n $c ]] && eval "$c" >/dev/null 2>&1 || true
	done
	return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_wrk() {
	command -v wrk >/dev/null 2>&1 && return
	say "installing wrk (Debian package)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	command -v wrk >/dev/null 2>&1 || die "wrk could not be installed"
}

ensure_python() { command -v python3 >/dev/null 2>&1 || die "python3 is needed"; }

# The packaged jar (built once; REBUILD=1 forces a new package).
app_jar() {
	local jar
	if [[ -n ${APP_JAR:-} ]]; then echo "$APP_JAR"; return; fi
	jar=$(ls "$ROOT"/target/theneo-emulator-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
	if [[ -z $jar || ${REBUILD:-0} == 1 ]]; then
		say "packaging the server (./mvnw package -DskipTests)"
		(cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests) >&2 || die "package failed"
		jar=$(ls "$ROOT"/target/theneo-emulator-*.jar | grep -v -- '-plain' | head -n 1)
	fi
	echo "$jar"
}

# The H2 jar the server itself ships, taken out of the fat jar (same version as the server's file format).
h2_jar() {
	local out=$1 jar
	jar=$(app_jar)
	if [[ ! -s $out ]]; then
		local entry
		mkdir -p "$(dirname "$out")"
		entry=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1)
		unzip -p "$jar" "$entry" >"$out"
	fi
	echo "$out"
}

port_free() { ! ss -Hltn "sport = :$1" 2>/dev/null | grep -q . && ! (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }

# pick_port VAR: sets VAR to a port in 18100-18999 that nothing listens on (other engineers' servers use this range
# too, so never assume a fixed one). Ports already handed out by this script are skipped.
GIVEN_PORTS=" "
pick_port() {
	local -n _port_var=$1
	local p
	for _ in $(seq 1 200); do
		p=$((18100 + RANDOM % 900))
		[[ $GIVEN_PORTS == *" $p "* ]] && continue
		if port_free "$p"; then
			GIVEN_PORTS+="$p "
			_port_var=$p
			return 0
		fi
	done
	die "no free port in 18100-18999"
}

# listens PID PORT: the process (or one of its children) is the one listening on PORT.
listens() { ss -Hltnp "sport = :$2" 2>/dev/null | grep -q "pid=$1,"; }

# http_get PORT PATH: one request over bash's /dev/tcp (no process per poll); prints the raw response.
http_get() {
	local port=$1 path=$2 resp
	exec 3<>/dev/tcp/127.0.0.1/"$port" || return 1
	printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
	IFS= read -r -d '' -t 3 resp <&3 || true
	exec 3<&- 3>&-
	printf '%s' "$resp"
}

health_up() { [[ $(http_get "$1" /actuator/health 2>/dev/null) == *'"status":"UP"'* ]]; }

# wait_up PORT PID [TIMEOUT_S [START_NS]]: polls health every 250 ms; prints the milliseconds since START_NS (default:
# now) when it answers UP. Fails when the process dies or the time runs out.
wait_up() {
	local port=$1 pid=$2 timeout_ms=$((${3:-120} * 1000)) start=${4:-$(date +%s%N)}
	while true; do
		kill -0 "$pid" 2>/dev/null || return 1
		if health_up "$port"; then
			listens "$pid" "$port" || die "something else answers on port $port"
			echo $((($(date +%s%N) - start) / 1000000))
			return 0
		fi
		(($(date +%s%N) - start > timeout_ms * 1000000)) && return 1
		sleep 0.25
	done
}

# start_server NAME PORT DIR [java options...] [-- app arguments...]: java SERVER_JVM_OPTS [options] -jar in DIR (so the default ./data H2 file
# lands there), log in DIR/NAME.log; sets SERVER_PID. JAVA selects the java binary.
start_server() {
	local name=$1 port=$2 dir=$3
	shift 3
	local jvm=() app=()
	while (($#)); do
		if [[ $1 == -- ]]; then shift; app=("$@"); break; fi
		jvm+=("$1"); shift
	done
	port_free "$port" || die "port $port is taken"
	mkdir -p "$dir"
	local jar
	jar=${APP_JAR:-$(app_jar)}
	SERVER_START_NS=$(date +%s%N)
	(cd "$dir" && exec "${JAVA:-$JAVA17}" "${SERVER_JVM_OPTS[@]}" "${jvm[@]}" -jar "$jar" --server.port="$port" "${app[@]}" \
		>"$dir/$name.log" 2>&1) &
	SERVER_PID=$!
	PIDS+=("$SERVER_PID")
}

stop_pid() {
	local pid=$1
	kill "$pid" 2>/dev/null || return 0
	for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# token PORT [CLIENT SECRET]: an access token of the default account (or the given key).
token() {
	local port=$1 id=${2:-admin} secret=${3:-theneo-demo-key}
	curl -sf -u "$id:$secret" -d grant_type=client_credentials "http://127.0.0.1:$port/oauth2/token" \
		| python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# PostgreSQL on 127.0.0.1:5432 (the machine's cluster; started if it is down, installed if missing).
PG_HOST=127.0.0.1
PG_PORT=5432
ensure_postgres() {
	pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null && return
	if ! command -v pg_ctlcluster >/dev/null 2>&1; then
		say "installing PostgreSQL (Debian package)"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	fi
	say "starting PostgreSQL"
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
	for _ in $(seq 1 60); do
		pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && return
		sleep 1
	done
	die "PostgreSQL did not come up on $PG_HOST:$PG_PORT"
}

# fresh_database NAME: a new, empty database, dropped when the script exits.
fresh_database() {
	psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $1" >/dev/null
	ON_EXIT+=("psql -h $PG_HOST -p $PG_PORT -U postgres -d postgres -q -c 'DROP DATABASE IF EXISTS $1 WITH (FORCE)'")
}

machine_line() {
	printf '%s, %s cores, %s GiB, %s; load average %s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(nproc)" \
		"$(awk '/MemTotal/ {printf "%d", $2/1048576 + 0.5}' /proc/meminfo)" \
		"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(loadavg)"
}
