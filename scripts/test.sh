#!/usr/bin/env bash
# The project's test command: set-up, ruff, mypy, pytest on SQLite, non-GUI tests on PostgreSQL, acceptance cases.
# Extra arguments go to the first (SQLite) pytest run, e.g. `scripts/test.sh -x -k aging`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Acceptance cases beside the repo (read-only), all of them; narrow with ACCEPTANCE=../shared/acceptance/test_ledger.py
ACCEPTANCE=${ACCEPTANCE:-../shared/acceptance}
KEEP_GOING=${KEEP_GOING:-0}   # 1: run every stage after a failure too; the exit code is still the first failure's

export QT_QPA_PLATFORM=offscreen
unset ARDESK_TEST_DATABASE_URL   # the SQLite stage must not pick up a URL from the caller's shell
summary="" failed=0 PG_URL=""

now() { local t=${EPOCHREALTIME:-$SECONDS}; echo "${t/,/.}"; }
T_START=$(now)

finish() {
  local rc=$?
  scripts/pg.sh stop || true
  printf '\n== summary ==\n%b%-50s %6ss\n' "$summary" "total" "$(awk -v a="$T_START" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')"
  [ "$rc" -ne 0 ] || rc=$failed
  exit "$rc"
}
trap finish EXIT

stage() {  # stage NAME COMMAND...: run, time and record one stage; any non-zero exit fails it (pytest 5 too)
  local name=$1 t0 rc=0 verdict=ok
  shift
  printf '\n== %s ==\n' "$name"
  t0=$(now)
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    verdict="FAILED (exit $rc)"
    case "$rc $*" in "5 "*pytest*) verdict="FAILED (exit 5: no tests collected)" ;; esac
  fi
  summary+=$(printf '%-50s %6ss  %s' "$name" "$(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')" "$verdict")'\n'
  if [ "$rc" -ne 0 ]; then
    [ "$failed" -ne 0 ] || failed=$rc
    [ "$KEEP_GOING" = 1 ] || exit "$rc"
  fi
  return 0
}

start_pg() { PG_URL=$(scripts/pg.sh start) && echo "$PG_URL"; }

read -r -a acceptance <<<"$ACCEPTANCE"

stage "setup" scripts/setup.sh
stage "ruff check" .venv/bin/ruff check .
stage "ruff format --check" .venv/bin/ruff format --check .
stage "mypy ardesk" .venv/bin/mypy ardesk
stage "pytest tests (SQLite)" .venv/bin/pytest tests "$@"
stage "postgres start" start_pg
if [ -n "$PG_URL" ]; then
  stage "pytest tests -m 'not gui' (PostgreSQL)" \
    env ARDESK_TEST_DATABASE_URL="$PG_URL" .venv/bin/pytest tests -m "not gui"
  stage "postgres stop" scripts/pg.sh stop
fi
# No cache: the rootdir is the common parent of the repo and ../shared; no bytecode in ../shared either.
stage "acceptance (${ACCEPTANCE})" \
  env PYTHONDONTWRITEBYTECODE=1 .venv/bin/pytest -p no:cacheprovider "${acceptance[@]}"
