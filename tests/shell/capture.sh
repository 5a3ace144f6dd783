#!/bin/sh
# Captures the expected outputs of tests/shell.rs from real OTP (erl,
# erlc): runs the same harness with FERL_SHELL_CAPTURE=1. Needs Erlang;
# CI only compares against the committed files.
set -e
cd "$(dirname "$0")/../.."
command -v erl >/dev/null || { echo "capture.sh: erl not found" >&2; exit 1; }
FERL_SHELL_CAPTURE=1 cargo test --release --test shell -- --test-threads=1
rm -f tests/shell/*.beam tests/shell/erl_crash.dump
