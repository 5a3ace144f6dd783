//! Criterion benches of the interpreter's inner loops, each a small Erlang
//! program run to completion on one process through the VM's API (no
//! scheduler, no I/O): local calls and returns (`fib`), small-integer
//! arithmetic in a tail-recursive loop (`sum`), and list building (`nrev`,
//! naive reverse of a 30-element list). Each program checks its own result
//! and raises on a wrong one, so a bench that gets it wrong fails.
//!
//!     cargo bench -p ferl-vm --bench interp
//!
//! The whole-program comparison with BEAM is `benches/compare.sh`.

mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use ferl_vm::term::Atom;
use ferl_vm::vm::Vm;
use std::sync::Arc;

const SOURCE: &str = r#"
-module(bench).
-export([fib/1, sum/1, nrev/1]).

fib(N) -> 6765 = fib_(N), ok.
fib_(N) when N < 2 -> N;
fib_(N) -> fib_(N - 1) + fib_(N - 2).

sum(N) -> 1000000 = sum(N, 0), ok.
sum(0, Acc) -> Acc;
sum(N, Acc) -> sum(N - 1, Acc + 2 * N - 1).

nrev(N) -> loop(N, lists:seq(1, 30)).
loop(0, _) -> ok;
loop(N, L) -> [30 | _] = nrev_(L), loop(N - 1, L).
nrev_([]) -> [];
nrev_([H | T]) -> app(nrev_(T), [H]).
app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
"#;

fn benches(c: &mut Criterion) {
    let vm = Arc::new(Vm::new());
    let inst = vm.load_source("bench.erl", SOURCE).expect("bench module compiles");
    vm.ensure_loaded(Atom::intern("lists"));
    c.bench_function("call_return/fib(20)", |b| b.iter(|| support::call(&vm, inst, "fib", 20)));
    c.bench_function("arith/sum(1000)", |b| b.iter(|| support::call(&vm, inst, "sum", 1000)));
    c.bench_function("list_build/nrev30x100", |b| b.iter(|| support::call(&vm, inst, "nrev", 100)));
}

criterion_group!(interp_benches, benches);
criterion_main!(interp_benches);
