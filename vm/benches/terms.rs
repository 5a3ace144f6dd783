//! Criterion benches of what programs do with terms, beside `interp.rs`'s
//! calls and arithmetic: clause selection by pattern matching, allocation
//! with garbage collection (a long-lived structure plus short-lived
//! garbage), map operations (small flat maps and a map of 1,000 keys),
//! term comparison (nested tuples and lists, mixed types), and message
//! send/receive (self-sends, and a ping-pong with a second process under
//! the deterministic scheduler). Each program checks its own result and
//! raises on a wrong one, so a bench that gets it wrong fails.
//!
//!     cargo bench -p ferl-vm --bench terms

mod support;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ferl_vm::interp::{self, Exit};
use ferl_vm::process::Process;
use ferl_vm::sched::{self, Config, Outcome};
use ferl_vm::term::{Atom, Term};
use ferl_vm::vm::Vm;
use std::sync::Arc;

const SOURCE: &str = r#"
-module(terms).
-export([match/1, alloc/1, small_maps/1, large_map/1, compare/1, self_send/1, ping_pong/1]).

match(N) -> 2500 = match(N, 0), ok.
match(0, Acc) -> Acc;
match(N, Acc) ->
    T = element(N rem 4 + 1, {{add, 1}, [sub | 2], {mul, 3, x}, <<1, 2:16>>}),
    match(N - 1, Acc + kind(T)).
kind({add, K}) -> K;
kind([sub | K]) -> K - 1;
kind({mul, K, _}) -> K - 2;
kind(<<K, _:16>>) -> K + 6.

alloc(N) -> Keep = lists:seq(1, 2000), alloc(N, Keep).
alloc(0, Keep) -> 2000 = length(Keep), ok;
alloc(N, Keep) -> [{N, _} | _] = [{N, I} || I <- lists:seq(1, 100)], alloc(N - 1, Keep).

small_maps(N) -> #{a := 10, b := N} = small_maps(N, #{a => 0, b => 0, c => 0, d => 0}), ok.
small_maps(0, M) -> M;
small_maps(N, #{a := A} = M) -> small_maps(N - 1, M#{a := (A + 1) rem 11, b := maps:get(b, M) + 1}).

large_map(N) ->
    M = maps:from_list([{I, I} || I <- lists:seq(1, 1000)]),
    S = lists:sum([maps:get(I rem 1000 + 1, M) || I <- lists:seq(1, N)]),
    true = S > 0,
    M2 = lists:foldl(fun(I, Acc) -> Acc#{I => I + 1} end, M, lists:seq(1, N)),
    1001 = maps:get(1000, M2),
    ok.

compare(N) -> N = compare(N, 0), ok.
compare(0, Acc) -> Acc;
compare(N, Acc) ->
    A = {N, [1, 2, {x, "abc"}], <<"bin">>, 1.5},
    B = {N, [1, 2, {x, "abd"}], <<"bin">>, 1.5},
    true = A < B,
    false = A == B,
    true = [a, {1, 2}] > [a, {1, 1.5}],
    compare(N - 1, Acc + 1).

self_send(N) -> S = self_send(N, 0), S = 55 * N, ok.
self_send(0, Acc) -> Acc;
self_send(N, Acc) ->
    [self() ! {msg, I} || I <- lists:seq(1, 10)],
    self_send(N - 1, Acc + drain(10, 0)).
drain(0, S) -> S;
drain(K, S) -> receive {msg, I} -> drain(K - 1, S + I) end.

ping_pong(N) ->
    Echo = spawn(fun echo/0),
    ping(N, Echo),
    Echo ! stop,
    ok.
ping(0, _) -> ok;
ping(N, Echo) -> Echo ! {self(), N}, receive N -> ping(N - 1, Echo) end.
echo() -> receive {From, X} -> From ! X, echo(); stop -> ok end.
"#;

/// A fresh deterministic VM with the module loaded and `terms:F(Arg)` ready
/// to run as its first process (a VM's scheduler runs once).
fn prepare(f: &str, arg: i64) -> (Arc<Vm>, Box<Process>) {
    let vm = Arc::new(Vm::with_config(Config { workers: 1, deterministic: true, seed: None }));
    let inst = vm.load_source("terms.erl", SOURCE).expect("bench module compiles");
    vm.ensure_loaded(Atom::intern("lists"));
    let entry = inst.function_entry(Atom::intern(f), 1).expect("bench function");
    let handle = vm.procs.create_at(9).expect("a fresh VM has pid 9 free");
    let mut p = Box::new(Process::new(handle.pid, vm.clone()));
    p.handle = Some(handle);
    interp::setup_call(&mut p, inst, entry, &[Term::int(arg)]);
    (vm, p)
}

fn run_scheduled((vm, p): (Arc<Vm>, Box<Process>)) {
    match sched::run(&vm, p) {
        Outcome::Exit(Exit::Normal, _) => {}
        Outcome::Exit(e, _) => panic!("scheduled bench ended with {e:?}"),
        Outcome::Halt(c) => panic!("scheduled bench halted with {c}"),
        Outcome::Deadlock => panic!("scheduled bench deadlocked"),
    }
}

fn benches(c: &mut Criterion) {
    let vm = Arc::new(Vm::new());
    let inst = vm.load_source("terms.erl", SOURCE).expect("bench module compiles");
    vm.ensure_loaded(Atom::intern("lists"));
    vm.ensure_loaded(Atom::intern("maps"));
    c.bench_function("pattern_match/1000", |b| b.iter(|| support::call(&vm, inst, "match", 1000)));
    c.bench_function("alloc_gc/100x100", |b| b.iter(|| support::call(&vm, inst, "alloc", 100)));
    c.bench_function("map_ops/small_1000", |b| b.iter(|| support::call(&vm, inst, "small_maps", 1000)));
    c.bench_function("map_ops/large_1000", |b| b.iter(|| support::call(&vm, inst, "large_map", 1000)));
    c.bench_function("term_compare/1000", |b| b.iter(|| support::call(&vm, inst, "compare", 1000)));
    c.bench_function("message/self_send_10x1000", |b| {
        b.iter_batched(|| prepare("self_send", 1000), run_scheduled, BatchSize::PerIteration)
    });
    c.bench_function("message/ping_pong_1000", |b| {
        b.iter_batched(|| prepare("ping_pong", 1000), run_scheduled, BatchSize::PerIteration)
    });
}

criterion_group!(term_benches, benches);
criterion_main!(term_benches);
