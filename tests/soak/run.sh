#!/bin/sh
# The upgrade-under-load soak, long, by hand (README.md says what it does):
#
#     tests/soak/run.sh [PROCS] [CYCLES] [SEEDS...]
#
# (defaults 10000, 100 and seeds 1 2 3). Runs tests/soak/main.erl in a
# scratch copy of tests/soak once under the deterministic scheduler with
# each seed, then once under the multi-core scheduler (FERL_SCHEDULERS,
# default 2), each under nice, printing each run's output (the figures
# after every cycle, the summary), wall time and, where /usr/bin/time
# is there, CPU time and peak memory.
# The binary is target/release/ferl unless FERL_BIN names another;
# TOKENS sets the tokens in flight (main.erl's default otherwise). The
# seed list "-" skips the deterministic runs and FERL_SCHEDULERS=0 the
# multi-core one (to run them separately, in parallel).
# Exits 1 when any run fails.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${FERL_BIN:-$here/../../target/release/ferl}
procs=${1:-10000}
cycles=${2:-100}
[ $# -ge 2 ] && shift 2 || shift $#
seeds=${*:-1 2 3}
status=0

# timed COMMAND...: COMMAND, its CPU time and peak memory written to
# $scratch.time where /usr/bin/time is there to measure them.
timed() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -o "$scratch.time" -f "cpu %U s user + %S s sys, max rss %M KB" "$@"
    else
        "$@"
    fi
}

# run LABEL ENV...: one run in a scratch directory.
run() {
    label=$1
    shift
    scratch=$(mktemp -d)
    cp -r "$here/." "$scratch"
    start=$(date +%s)
    (cd "$scratch" && timed env "$@" nice -n 10 "$bin" main.erl "$procs" "$cycles" ${TOKENS:-}) \
        > "$scratch.out" 2>&1
    rc=$?
    end=$(date +%s)
    echo "== $label: exit $rc, wall $((end - start)) s, $(cat "$scratch.time" 2>/dev/null)"
    cat "$scratch.out"
    rm -f "$scratch.out" "$scratch.time"
    [ $rc -eq 0 ] || status=1
    rm -rf "$scratch"
}

[ "$seeds" = - ] && seeds=
for seed in $seeds; do
    run "deterministic seed $seed" FERL_DETERMINISTIC=1 FERL_SEED="$seed"
done
if [ "${FERL_SCHEDULERS:-2}" != 0 ]; then
    run "multi-core, ${FERL_SCHEDULERS:-2} schedulers" FERL_SCHEDULERS="${FERL_SCHEDULERS:-2}"
fi
exit $status
