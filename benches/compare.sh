#!/usr/bin/env bash
# Times ferl and BEAM side by side on the benchmark programs, alternating
# runs so machine noise hits both alike, and prints the ratio of medians.
#
#   benches/compare.sh [RUNS [PROGRAM...]]   (default: 5 runs, every program)
#
# Needs `erl`/`erlc` (Debian: erlang-nox) and `bc`; builds ferl in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
bench_dir=${BENCH_DIR:-../shared/bench}
cargo build --release --quiet
ferl=$PWD/target/release/ferl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each program with its large size, as in the shared BEAM figures.
all=("fib 39" "nrev 400000" "ring 3000 1000" "pingpong 4000000" "spawn 1000000" "selective_receive 200000 1000")
cases=()
for c in "${all[@]}"; do
  name=${c%% *}
  if [ $# -eq 0 ] || [[ " $* " == *" $name "* ]]; then cases+=("$c"); fi
done

wall() { # prints the wall time of a command in seconds
  local s e
  s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-18s %10s %10s %8s\n" program beam_s ferl_s ratio
for c in "${cases[@]}"; do
  name=${c%% *}
  size=${c#* }
  cp "$bench_dir/$name.erl" "$work/"
  (cd "$work" && erlc "$name.erl")
  beam=(); fr=()
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086 # size holds one or two arguments
    beam+=("$(cd "$work" && wall erl -noshell -run "$name" main $size -s erlang halt)")
    # shellcheck disable=SC2086
    fr+=("$(cd "$work" && wall "$ferl" "$name.erl" $size)")
  done
  b=$(printf "%s\n" "${beam[@]}" | median)
  f=$(printf "%s\n" "${fr[@]}" | median)
  printf "%-18s %10.3f %10.3f %8.2f\n" "$name" "$b" "$f" "$(echo "$f / $b" | bc -l)"
done
