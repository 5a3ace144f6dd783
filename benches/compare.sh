#!/usr/bin/env bash
# Times ferl and BEAM side by side on the benchmark programs, alternating
# runs so machine noise hits both alike, and prints the ratio of medians.
#
#   benches/compare.sh [RUNS]        (default 5 runs each)
#
# Needs `erl`/`erlc` (Debian: erlang-nox) and builds ferl in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bench_dir=${BENCH_DIR:-../shared/bench}
cargo build --release --quiet
ferl=$PWD/target/release/ferl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# program and its large size, as in the shared BEAM figures
cases=("fib 39" "nrev 400000")

wall() { # prints the wall time of a command in seconds
  local s e
  s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-10s %10s %10s %8s\n" program beam_s ferl_s ratio
for c in "${cases[@]}"; do
  set -- $c
  name=$1; size=$2
  cp "$bench_dir/$name.erl" "$work/"
  (cd "$work" && erlc "$name.erl")
  beam=(); fr=()
  for _ in $(seq "$runs"); do
    beam+=("$(cd "$work" && wall erl -noshell -run "$name" main "$size" -s erlang halt)")
    fr+=("$(cd "$work" && wall "$ferl" "$name.erl" "$size")")
  done
  b=$(printf "%s\n" "${beam[@]}" | median)
  f=$(printf "%s\n" "${fr[@]}" | median)
  printf "%-10s %10.3f %10.3f %8.2f\n" "$name" "$b" "$f" "$(echo "$f / $b" | bc -l)"
done
