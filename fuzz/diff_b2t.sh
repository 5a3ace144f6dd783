#!/bin/sh
# Differential check of binary_to_term/1,2 (safe) between OTP 25 and ferl:
# the binary_to_term corpus and N mutants of each input (fixed seed), run
# through both; prints the inputs whose answers differ and a count.
# Usage: fuzz/diff_b2t.sh [N] (default 100), from the repository root,
# after `cargo build --release`.
set -e
n=${1:-100}
dir=$(mktemp -d)
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/diff_b2t.erl" "$dir/"
escript "$dir/diff_b2t.erl" gen "$here/corpus/binary_to_term" "$dir/inputs" "$n"
(cd "$dir" && escript diff_b2t.erl run inputs > otp.txt)
(cd "$dir" && "$here/../target/release/ferl" diff_b2t.erl run inputs > ferl.txt)
echo "inputs compared: $(wc -l < "$dir/otp.txt")"
if diff "$dir/otp.txt" "$dir/ferl.txt" > "$dir/diff.txt"; then
    echo "no differences"
else
    echo "differing lines: $(grep -c '^<' "$dir/diff.txt")"
    head -40 "$dir/diff.txt"
fi
echo "(files in $dir)"
