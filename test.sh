#!/usr/bin/env bash
# test.sh - build Plaza once and run every test suite.
#
# Usage:
#   ./test.sh                     everything: unit, integration on SQLite, integration on
#                                 PostgreSQL, browser (headless Chromium)
#   ./test.sh --quick             unit + integration on SQLite only (no PostgreSQL, no Chromium)
#   ./test.sh --filter EXPR       pass `--filter EXPR` to every `dotnet test` run
#                                 (VSTest syntax, e.g. --filter FullyQualifiedName~Orders)
#   ./test.sh ... -- ARGS...      pass any further ARGS to every `dotnet test` run
#
# What it does (works from any directory; on a fresh Debian 12 box as root it installs
# what is missing, once: `postgresql`, `chromium`, and for live video `nginx-light libnginx-mod-rtmp
# ffmpeg redis-server curl` via apt-get):
#   1. starts a throw-away PostgreSQL cluster in a temp dir on 127.0.0.1 (port 55432 or the
#      next free one), superuser plaza/plaza; it is stopped and deleted on exit, whatever happens
#   2. dotnet build Plaza.slnx -c Release (once)
#   3. dotnet test --no-build for: unit, integration (PLAZA_TEST_DB=sqlite), integration
#      (PLAZA_TEST_DB=postgres, PLAZA_TEST_PG=...), browser (PLAZA_CHROMIUM=/usr/bin/chromium);
#      every run goes ahead even when an earlier one failed
#   4. reads the TRX files and prints one line per run, the failed tests, and as the very last
#      line `N passed, N failed` (`, N skipped` added when some were skipped)
# Exit status is non-zero when a test failed, the build failed, or a run crashed/left no TRX.
#
# Results and logs (setup.log, build.log, <run>.log, <run>.trx) go to ./TestResults/, which is
# wiped at the start of every run.
# Environment knobs: PLAZA_TEST_PG (use that server instead of starting one), PLAZA_CHROMIUM
# (browser binary, default /usr/bin/chromium), PLAZA_PG_PORT (first port to try, default 55432),
# PLAZA_TEST_HANG_TIMEOUT (per-test hang timeout for dotnet test --blame-hang, default 15m),
# PLAZA_NGINX, PLAZA_NGINX_RTMP_MODULE, PLAZA_FFMPEG, PLAZA_REDIS_SERVER (the live media tools: exported to the
# tests, which then require them; defaults are the Debian paths).

set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
ROOT=$PWD

usage() { sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'; }

QUICK=0
TEST_ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) QUICK=1; shift ;;
    --filter)
      [[ $# -ge 2 ]] || { echo "test.sh: --filter needs a value" >&2; exit 2; }
      TEST_ARGS+=(--filter "$2"); shift 2 ;;
    --filter=*) TEST_ARGS+=(--filter "${1#--filter=}"); shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; TEST_ARGS+=("$@"); break ;;
    *) echo "test.sh: unknown argument '$1' (see ./test.sh --help)" >&2; exit 2 ;;
  esac
done

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false MSBUILDDISABLENODEREUSE=1 MSBUILDTERMINALLOGGER=off

RESULTS=$ROOT/TestResults
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
SETUP_LOG=$RESULTS/setup.log
: >"$SETUP_LOG"

WORK=""          # temp dir holding the PostgreSQL cluster
PGBIN=""         # dir with initdb/pg_ctl/postgres
PG_DATA=""
PG_OS_USER=""
PG_CONN=""       # Npgsql connection string for the integration-postgres run
CHROMIUM=""      # browser binary for the browser run
SUMMARY_DONE=0
T_START=$SECONDS

# ---------------------------------------------------------------- helpers
say() { printf '==> %s\n' "$*"; }
elapsed() { echo "$((SECONDS - $1))s"; }

SUDO=""
if [[ $EUID -ne 0 ]] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; fi

APT_UPDATED=0
apt_install() { # apt_install PKG...
  if [[ $EUID -ne 0 && -z $SUDO ]]; then
    echo "test.sh: need to install '$*' but not root and no passwordless sudo; install it and retry" >&2
    return 1
  fi
  if [[ $APT_UPDATED -eq 0 ]]; then
    if ! $SUDO apt-get update >>"$SETUP_LOG" 2>&1; then
      echo "test.sh: apt-get update failed; last lines of $SETUP_LOG:" >&2; tail -n 20 "$SETUP_LOG" >&2; return 1
    fi
    APT_UPDATED=1
  fi
  if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$SETUP_LOG" 2>&1 </dev/null; then
    echo "test.sh: apt-get install $* failed; last lines of $SETUP_LOG:" >&2; tail -n 20 "$SETUP_LOG" >&2; return 1
  fi
}

find_pg_bin() {
  local d p
  if p=$(command -v pg_ctl 2>/dev/null); then
    d=$(dirname "$(readlink -f "$p")")
    if [[ -x $d/initdb && -x $d/postgres ]]; then echo "$d"; return 0; fi
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $d/pg_ctl && -x $d/initdb && -x $d/postgres ]]; then echo "$d"; return 0; fi
  done
  return 1
}

as_pg() { # run a command as the unprivileged cluster owner (postgres refuses to run as root)
  if [[ $EUID -eq 0 ]]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
    (cd / && as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 20 stop) >/dev/null 2>&1 ||
      (cd / && as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop) >/dev/null 2>&1
    if [[ -f $PG_DATA/postmaster.pid ]]; then
      kill -9 "$(head -n 1 "$PG_DATA/postmaster.pid")" >/dev/null 2>&1
      sleep 1
    fi
  fi
  [[ -n $WORK ]] && rm -rf "$WORK"
  # CI: leave no compiler/MSBuild servers behind
  if [[ -n ${CI:-} ]]; then dotnet build-server shutdown >/dev/null 2>&1 </dev/null; fi
  if [[ $SUMMARY_DONE -ne 1 ]]; then
    [[ $rc -eq 0 ]] && rc=1
    echo "test.sh: aborted (exit $rc) before all tests ran; logs in $RESULTS"
    echo "0 passed, 1 failed"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: dotnet not found (need the .NET 10 SDK)" >&2; exit 1; }

# ---------------------------------------------------------------- PostgreSQL
start_postgres() {
  local t0=$SECONDS
  if [[ -n ${PLAZA_TEST_PG:-} ]]; then
    PG_CONN=$PLAZA_TEST_PG
    say "postgres: using PLAZA_TEST_PG from the environment (no local cluster)"
    return 0
  fi
  if ! PGBIN=$(find_pg_bin); then
    say "postgres: not found, installing with apt-get (log: $SETUP_LOG)"
    apt_install postgresql
    # the Debian package starts its own 'main' cluster; we don't need it
    { $SUDO service postgresql stop || $SUDO /etc/init.d/postgresql stop; } >>"$SETUP_LOG" 2>&1 </dev/null || true
    PGBIN=$(find_pg_bin) || { echo "test.sh: PostgreSQL installed but initdb/pg_ctl not found" >&2; return 1; }
  fi

  if [[ $EUID -eq 0 ]]; then
    if id -u postgres >/dev/null 2>&1; then
      PG_OS_USER=postgres
    else
      PG_OS_USER=plazapg
      id -u "$PG_OS_USER" >/dev/null 2>&1 ||
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_OS_USER"
    fi
  else
    PG_OS_USER=$(id -un)
  fi

  WORK=$(mktemp -d "${TMPDIR:-/tmp}/plaza-pg.XXXXXX")
  chmod 755 "$WORK"
  chown "$PG_OS_USER" "$WORK"
  PG_DATA=$WORK/data
  printf 'plaza\n' >"$WORK/pwfile"
  chown "$PG_OS_USER" "$WORK/pwfile"
  chmod 600 "$WORK/pwfile"

  local locale_opt=(--no-locale)
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then locale_opt=(--locale=C.UTF-8); fi
  if ! (cd "$WORK" && as_pg "$PGBIN/initdb" -D "$PG_DATA" -U plaza --pwfile="$WORK/pwfile" -E UTF8 \
          "${locale_opt[@]}" --auth-local=trust --auth-host=md5 --no-sync) >>"$SETUP_LOG" 2>&1; then
    echo "test.sh: initdb failed; last lines of $SETUP_LOG:" >&2; tail -n 20 "$SETUP_LOG" >&2; return 1
  fi
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- test.sh: throw-away test cluster, speed over durability
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  local port=${PLAZA_PG_PORT:-55432} tries=0 started=0
  while [[ $tries -lt 50 ]]; do
    tries=$((tries + 1))
    if port_in_use "$port"; then port=$((port + 1)); continue; fi
    rm -f "$WORK/server.log"
    if (cd "$WORK" && as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$WORK/server.log" -w -t 60 -o "-p $port" start) \
        >>"$SETUP_LOG" 2>&1; then
      started=1; break
    fi
    if grep -qiE 'could not (bind|create listen)|address already in use' "$WORK/server.log" 2>/dev/null; then
      port=$((port + 1)); continue
    fi
    break
  done
  if [[ $started -ne 1 ]]; then
    echo "test.sh: PostgreSQL did not start; server log:" >&2
    cat "$WORK/server.log" >&2 2>/dev/null || true
    return 1
  fi

  local psql=psql version
  [[ -x $PGBIN/psql ]] && psql=$PGBIN/psql
  if ! version=$("$psql" -X -At "host=127.0.0.1 port=$port user=plaza password=plaza dbname=postgres" \
                  -c 'create database plaza' -c 'show server_version' 2>>"$SETUP_LOG" | tail -n 1); then
    echo "test.sh: cannot connect to the test PostgreSQL as plaza; see $SETUP_LOG" >&2; return 1
  fi
  # a database named like the user, so a connection string without Database= works (Npgsql's default)
  PG_CONN="Host=127.0.0.1;Port=$port;Username=plaza;Password=plaza"
  say "postgres: PostgreSQL $version ready on 127.0.0.1:$port ($(elapsed "$t0"))"
}

# ---------------------------------------------------------------- Chromium
setup_chromium() {
  local t0=$SECONDS
  CHROMIUM=${PLAZA_CHROMIUM:-/usr/bin/chromium}
  if [[ ! -x $CHROMIUM ]]; then
    if [[ $CHROMIUM != /usr/bin/chromium ]]; then
      echo "test.sh: PLAZA_CHROMIUM=$CHROMIUM is not executable" >&2; return 1
    fi
    say "chromium: not found, installing with apt-get (log: $SETUP_LOG)"
    apt_install chromium
  fi
  local v
  v=$("$CHROMIUM" --version 2>/dev/null | head -n 1) || v="(version unknown)"
  local profile
  profile=$(mktemp -d "${TMPDIR:-/tmp}/plaza-chromium.XXXXXX")
  local dom
  dom=$(timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
          --user-data-dir="$profile" --dump-dom about:blank 2>>"$SETUP_LOG" </dev/null) || true
  if [[ $dom == *"<body"* ]]; then
    say "chromium: $v works headless ($(elapsed "$t0"))"
  else
    say "chromium: WARNING: $v failed a headless smoke test (see $SETUP_LOG); browser tests will likely fail"
  fi
  rm -rf "$profile"
}

# ---------------------------------------------------------------- live media tools
# nginx with the RTMP module, ffmpeg and redis-server are only installed here; the tests start throw-away
# instances of them on free ports (tests/Plaza.IntegrationTests/Infrastructure/Media).
setup_media() {
  local t0=$SECONDS missing=()
  export PLAZA_NGINX=${PLAZA_NGINX:-/usr/sbin/nginx}
  export PLAZA_NGINX_RTMP_MODULE=${PLAZA_NGINX_RTMP_MODULE:-/usr/lib/nginx/modules/ngx_rtmp_module.so}
  export PLAZA_FFMPEG=${PLAZA_FFMPEG:-/usr/bin/ffmpeg}
  export PLAZA_REDIS_SERVER=${PLAZA_REDIS_SERVER:-/usr/bin/redis-server}
  [[ -x $PLAZA_NGINX ]] || missing+=(nginx-light)
  [[ -f $PLAZA_NGINX_RTMP_MODULE ]] || missing+=(libnginx-mod-rtmp)
  [[ -x $PLAZA_FFMPEG ]] || missing+=(ffmpeg)
  [[ -x $PLAZA_REDIS_SERVER ]] || missing+=(redis-server)
  command -v curl >/dev/null 2>&1 || missing+=(curl) # deploy/live/record-done.sh calls Plaza with it
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "media: installing ${missing[*]} with apt-get (log: $SETUP_LOG)"
    if ! apt_install "${missing[@]}"; then
      [[ $QUICK -eq 1 ]] || return 1
      say "media: WARNING: could not install ${missing[*]}; the live media tests will be skipped"
      unset PLAZA_NGINX PLAZA_NGINX_RTMP_MODULE PLAZA_FFMPEG PLAZA_REDIS_SERVER
      return 0
    fi
    # the packages start their system-wide services; the tests run instances of their own
    { $SUDO service nginx stop; $SUDO service redis-server stop; } >>"$SETUP_LOG" 2>&1 </dev/null || true
  fi
  say "media: $("$PLAZA_NGINX" -v 2>&1 | sed 's/^nginx version: //') + RTMP module, ffmpeg, redis-server ($(elapsed "$t0"))"
}

setup_media
if [[ $QUICK -eq 0 ]]; then
  start_postgres
  setup_chromium
else
  say "quick mode: unit + integration (SQLite) only"
fi

# ---------------------------------------------------------------- build
RUN_NAMES=() RUN_PASSED=() RUN_FAILED=() RUN_SKIPPED=() FAILED_TESTS=()

print_summary_and_exit() {
  local tp=0 tf=0 ts=0 i line
  echo
  echo "==================== test summary ===================="
  for i in "${!RUN_NAMES[@]}"; do
    line="${RUN_NAMES[$i]}: ${RUN_PASSED[$i]} passed, ${RUN_FAILED[$i]} failed"
    [[ ${RUN_SKIPPED[$i]} -gt 0 ]] && line+=", ${RUN_SKIPPED[$i]} skipped"
    echo "$line"
    tp=$((tp + RUN_PASSED[i])); tf=$((tf + RUN_FAILED[i])); ts=$((ts + RUN_SKIPPED[i]))
  done
  if [[ ${#FAILED_TESTS[@]} -gt 0 ]]; then
    echo "failed:"
    printf '  %s\n' "${FAILED_TESTS[@]}"
  fi
  echo "(total time $(elapsed "$T_START"); TRX files and logs in $RESULTS)"
  line="$tp passed, $tf failed"
  [[ $ts -gt 0 ]] && line+=", $ts skipped"
  SUMMARY_DONE=1
  echo "$line"
  if [[ $tf -gt 0 ]]; then exit 1; fi
  exit 0
}

t0=$SECONDS
say "build: dotnet build Plaza.slnx -c Release (log: $RESULTS/build.log)"
if ! dotnet build Plaza.slnx -c Release -nologo -v q -nodeReuse:false </dev/null >"$RESULTS/build.log" 2>&1; then
  echo "---- build output ($RESULTS/build.log) ----"
  if grep -qE ': (error|warning) ' "$RESULTS/build.log"; then
    # errors once each (MSBuild repeats them in its closing summary), then the last lines
    grep -E ': error ' "$RESULTS/build.log" | awk '!seen[$0]++' | head -n 100
    echo "..."
    tail -n 4 "$RESULTS/build.log"
  else
    tail -n 150 "$RESULTS/build.log"
  fi
  echo "---- end of build output ----"
  say "build: FAILED ($(elapsed "$t0"))"
  RUN_NAMES+=(build) RUN_PASSED+=(0) RUN_FAILED+=(1) RUN_SKIPPED+=(0)
  FAILED_TESTS+=("[build] dotnet build failed (see $RESULTS/build.log)")
  print_summary_and_exit
fi
say "build: ok ($(elapsed "$t0"))"

# ---------------------------------------------------------------- test runs
xml_unescape() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }

counter() { # counter TRX NAME -> number from <Counters .../> in ResultSummary
  local v
  v=$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*') || v=0
  echo "${v:-0}"
}

run_tests() { # run_tests NAME PROJECT [VAR=VALUE...]
  local name=$1 project=$2; shift 2
  local trx=$RESULTS/$name.trx log=$RESULTS/$name.log t0=$SECONDS rc=0
  say "tests: $name ($project)"
  env "$@" dotnet test "$project" --no-build -c Release --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
      --blame-hang-timeout "${PLAZA_TEST_HANG_TIMEOUT:-15m}" --blame-hang-dump-type none \
      "${TEST_ARGS[@]}" </dev/null >"$log" 2>&1 || rc=$?

  local passed=0 failed=0 skipped=0 outcome="" names
  if [[ ! -f $trx ]]; then
    failed=1
    FAILED_TESTS+=("[$name] run crashed: no TRX written (dotnet test exit code $rc; see $log)")
    echo "---- last 40 lines of $log ----"; tail -n 40 "$log"; echo "----"
  else
    passed=$(counter "$trx" passed)
    failed=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
    skipped=$(grep -o '<UnitTestResult [^>]*>' "$trx" | grep -c 'outcome="NotExecuted"') || skipped=0
    outcome=$(grep -o '<ResultSummary [^>]*outcome="[^"]*"' "$trx" | head -n 1 | sed 's/.*outcome="\([^"]*\)"/\1/') || outcome=""
    names=$(grep -o '<UnitTestResult [^>]*>' "$trx" | grep -E 'outcome="(Failed|Error|Timeout|Aborted)"' |
            sed -n 's/.* testName="\([^"]*\)".*/\1/p' | xml_unescape) || names=""
    if [[ -n $names ]]; then
      while IFS= read -r n; do FAILED_TESTS+=("[$name] $n"); done <<<"$names"
    fi
    case $outcome in Completed|Passed|Warning|"") ;; *) [[ $rc -eq 0 ]] && rc=1 ;; esac
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then
      # the run failed without a failed test to show for it (test host crash, hang, abort...)
      local why
      why=$(grep -o 'test run was aborted\. Reason: [^<]*' "$trx" | head -n 1 | xml_unescape) || why=""
      failed=1
      FAILED_TESTS+=("[$name] run did not complete (outcome ${outcome:-?}, exit code $rc${why:+: $why}; see $log)")
    fi
    if [[ $failed -gt 0 ]]; then
      echo "---- dotnet test output for $name (first 300 lines of $log) ----"
      head -n 300 "$log"; echo "----"
    fi
  fi
  RUN_NAMES+=("$name") RUN_PASSED+=("$passed") RUN_FAILED+=("$failed") RUN_SKIPPED+=("$skipped")
  local line="$passed passed, $failed failed"
  [[ $skipped -gt 0 ]] && line+=", $skipped skipped"
  say "tests: $name: $line ($(elapsed "$t0"))"
}

run_tests unit tests/Plaza.UnitTests/Plaza.UnitTests.csproj
run_tests integration-sqlite tests/Plaza.IntegrationTests/Plaza.IntegrationTests.csproj PLAZA_TEST_DB=sqlite
if [[ $QUICK -eq 0 ]]; then
  run_tests integration-postgres tests/Plaza.IntegrationTests/Plaza.IntegrationTests.csproj \
    PLAZA_TEST_DB=postgres "PLAZA_TEST_PG=$PG_CONN"
  run_tests browser tests/Plaza.BrowserTests/Plaza.BrowserTests.csproj "PLAZA_CHROMIUM=$CHROMIUM"
fi

print_summary_and_exit
