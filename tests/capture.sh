#!/usr/bin/env bash
# Capture expected outputs for conformance cases from real Erlang/OTP.
#
# Usage: tests/capture.sh            # (re)capture every case
#        tests/capture.sh NAME...    # (re)capture only the named cases
#                                    # (NAME or NAME.erl or tests/cases/NAME.erl)
#
# For each case it runs, from inside tests/cases/, `escript NAME.erl` with no
# arguments and no stdin, and writes:
#   NAME.stdout  always
#   NAME.stderr  only when stderr is non-empty
#   NAME.status  only when the exit status is non-zero (contains the number)
set -u
cd "$(dirname "$0")/cases" || exit 1
command -v escript >/dev/null || { echo "capture.sh: escript not found (apt-get install erlang-nox)" >&2; exit 1; }

if [ $# -eq 0 ]; then
    set -- *.erl
fi

for arg in "$@"; do
    name=$(basename "$arg" .erl)
    if [ ! -f "$name.erl" ]; then
        echo "capture.sh: no such case: $name.erl" >&2
        continue
    fi
    rm -f "$name.stdout" "$name.stderr" "$name.status"
    escript "$name.erl" </dev/null >"$name.stdout" 2>"$name.stderr.tmp"
    status=$?
    if [ -s "$name.stderr.tmp" ]; then
        mv "$name.stderr.tmp" "$name.stderr"
    else
        rm -f "$name.stderr.tmp"
    fi
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$name.status"
    fi
    printf '%-40s status %s\n' "$name" "$status"
done
