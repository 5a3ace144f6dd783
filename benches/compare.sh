#!/usr/bin/env bash
# Times ferl and BEAM side by side on the programs in benches/programs/,
# alternating runs so machine noise hits both alike, and prints a table:
# median whole-process wall time of each, the ratio ferl/BEAM, and the
# peak resident memory of each (median), then the geometric mean of the
# ratios. Each program prints a checksum; the two runs must agree or the
# row says MISMATCH.
#
#   benches/compare.sh [RUNS [PROGRAM...]]   (default: 5 runs, every program)
#
# Needs `erl`/`erlc` (Debian: erlang-nox), `bc` and GNU time
# (/usr/bin/time); builds ferl in release mode. BEAM runs as
# `erl -noshell -run NAME main SIZE -s erlang halt` (compiled with erlc),
# ferl as `ferl NAME.erl SIZE`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
programs=$PWD/benches/programs
cargo build --release --quiet
ferl=$PWD/target/release/ferl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each program with its large size (the shared BEAM figures' sizes for the
# first twelve; the Benchmarks Game programs sized to about a second).
all=("fib 39" "nrev 400000" "ring 3000 1000" "spawn 1000000" "pingpong 4000000"
     "gen_server_call 1000000" "selective_receive 200000 1000" "maps_bench 1000000" "maps_small 100000"
     "bigint 20000" "binary_bench 33554432" "hot_load 100000" "upgrade_10k 50000"
     "binarytrees 18" "fannkuch_redux 9" "spectral_norm 800")
cases=()
for c in "${all[@]}"; do
  name=${c%% *}
  if [ $# -eq 0 ] || [[ " $* " == *" $name "* ]]; then cases+=("$c"); fi
done

# Runs a command in $work; prints "WALL_S PEAK_KB", its result line in $work/result.
measure() {
  local s e
  s=$(date +%s.%N)
  (cd "$work" && /usr/bin/time -f %M -o "$work/peak" "$@" >"$work/out" 2>/dev/null) || true
  e=$(date +%s.%N)
  grep -m1 ' result=' "$work/out" >"$work/result" || echo "no result" >"$work/result"
  echo "$(echo "$e - $s" | bc) $(cat "$work/peak")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-18s %9s %9s %7s %9s %9s\n" program beam_s ferl_s ratio beam_MB ferl_MB
logsum=0
n=0
for c in "${cases[@]}"; do
  name=${c%% *}
  size=${c#* }
  cp "$programs/$name.erl" "$work/"
  [ -d "$programs/versions" ] && cp -r "$programs/versions" "$work/"
  (cd "$work" && erlc "$name.erl")
  bt=(); bm=(); ft=(); fm=(); same=yes
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086 # size holds one or two arguments
    read -r t m <<<"$(measure erl -noshell -run "$name" main $size -s erlang halt)"
    bt+=("$t"); bm+=("$m"); beam_result=$(cat "$work/result")
    # shellcheck disable=SC2086
    read -r t m <<<"$(measure "$ferl" "$name.erl" $size)"
    ft+=("$t"); fm+=("$m"); ferl_result=$(cat "$work/result")
    [ "$beam_result" = "$ferl_result" ] || same=no
  done
  b=$(printf "%s\n" "${bt[@]}" | median)
  f=$(printf "%s\n" "${ft[@]}" | median)
  bmem=$(printf "%s\n" "${bm[@]}" | median)
  fmem=$(printf "%s\n" "${fm[@]}" | median)
  ratio=$(echo "$f / $b" | bc -l)
  logsum=$(echo "$logsum + l($ratio)" | bc -l)
  n=$((n + 1))
  note=""
  [ "$same" = yes ] || note="  MISMATCH: $beam_result / $ferl_result"
  printf "%-18s %9.3f %9.3f %7.2f %9.1f %9.1f%s\n" "$name" "$b" "$f" "$ratio" \
    "$(echo "$bmem / 1024" | bc -l)" "$(echo "$fmem / 1024" | bc -l)" "$note"
done
printf "geometric mean of ratios over %d programs: %.2f\n" "$n" "$(echo "e($logsum / $n)" | bc -l)"
