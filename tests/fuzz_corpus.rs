//! Replays fuzz/corpus and fuzz/crashes through the fuzz targets' entry
//! points (fuzz/entry.rs) on stable Rust, so CI checks every committed
//! input, and every crash the fuzzer ever found, without nightly; then a
//! bounded, deterministic mutation pass over the corpus (a fixed-seed
//! generator: the same mutants on every run), which stands in for a
//! fuzzer run of fixed length.

#[path = "../fuzz/entry.rs"]
mod entry;

use std::path::Path;

/// Every file under `fuzz/<kind>/<target>`, sorted, with its bytes.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for kind in ["corpus", "crashes"] {
        let Ok(dir) = std::fs::read_dir(root.join(kind).join(target)) else { continue };
        for e in dir.flatten() {
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let bytes = std::fs::read(e.path()).expect("readable fuzz input");
            out.push((e.path().display().to_string(), bytes));
        }
    }
    out.sort();
    out
}

/// Runs `f` on each input on a thread with the stack a scheduler thread
/// has, naming the input that panics.
fn replay(target: &str, f: fn(&[u8])) {
    let all = inputs(target);
    assert!(!all.is_empty(), "no fuzz inputs for {target}");
    for (name, bytes) in all {
        let run = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || f(&bytes))
            .expect("spawn replay thread")
            .join();
        assert!(run.is_ok(), "fuzz input {name} panicked");
    }
}

#[test]
fn front_corpus() {
    replay("front", entry::front);
}

#[test]
fn binary_to_term_corpus() {
    replay("binary_to_term", entry::binary_to_term);
}

#[test]
fn compile_corpus() {
    replay("compile", entry::compile);
}

#[test]
fn loader_corpus() {
    replay("loader", entry::loader);
}

/// xorshift64*: a fixed seed gives the same mutants on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (`n >= 1`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `input` with one to four edits: a bit flipped, a byte set, inserted or
/// deleted, a run of bytes from `other` spliced in, or the tail cut off.
fn mutant(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if at < v.len() => v[at] ^= 1 << rng.below(8),
            1 if at < v.len() => v[at] = rng.next() as u8,
            2 => v.insert(at, rng.next() as u8),
            3 if at < v.len() => {
                v.remove(at);
            }
            4 if !other.is_empty() => {
                let from = rng.below(other.len());
                let len = rng.below((other.len() - from).min(64) + 1);
                v.splice(at..at, other[from..from + len].iter().copied());
            }
            5 => v.truncate(at.max(1)),
            _ => {}
        }
    }
    v
}

/// Runs `f` on `per_input` mutants of each committed input of `target`
/// (on a thread with a scheduler thread's stack), failing with the
/// mutant's bytes written under target/ when one panics.
fn mutate(target: &str, seed: u64, per_input: usize, f: fn(&[u8])) {
    let all: Vec<Vec<u8>> = inputs(target).into_iter().map(|(_, b)| b).collect();
    assert!(!all.is_empty(), "no fuzz inputs for {target}");
    let target = target.to_string();
    let run = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let mut rng = Rng(seed);
            for (i, input) in all.iter().enumerate() {
                for k in 0..per_input {
                    let other = &all[rng.below(all.len())];
                    let m = mutant(&mut rng, input, other);
                    if std::panic::catch_unwind(|| f(&m)).is_err() {
                        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
                        let path = dir.join(format!("fuzz-{target}-{i}-{k}"));
                        let _ = std::fs::write(&path, &m);
                        return Err(format!("mutant {k} of input {i} panicked; bytes in {}", path.display()));
                    }
                }
            }
            Ok(())
        })
        .expect("spawn mutation thread")
        .join();
    match run {
        Ok(Ok(())) => {}
        Ok(Err(why)) => panic!("{why}"),
        Err(_) => panic!("mutation pass panicked outside an input"),
    }
}

#[test]
fn front_mutations() {
    mutate("front", 0x9e37_79b9_7f4a_7c15, 8, entry::front);
}

#[test]
fn binary_to_term_mutations() {
    mutate("binary_to_term", 0x2545_f491_4f6c_dd1d, 400, entry::binary_to_term);
}

#[test]
fn compile_mutations() {
    mutate("compile", 0x1234_5678_9abc_def1, 10, entry::compile);
}

#[test]
fn loader_mutations() {
    mutate("loader", 0x0f0e_0d0c_0b0a_0908, 50, entry::loader);
}

/// Nesting far deeper than the fuzzer's 4 KB inputs reach: the front end
/// must answer (with an error, or a module) without overflowing its stack.
#[test]
fn front_deep_nesting() {
    let n = 100_000;
    let shapes = [
        format!("-module(d).\nf() -> {}{}.\n", "[".repeat(n), "]".repeat(n)),
        format!("-module(d).\nf() -> {}1.\n", "1+".repeat(n)),
        format!("-module(d).\nf() -> {}1{}.\n", "(".repeat(n), ")".repeat(n)),
        format!("-module(d).\nf() -> {}.\n", "{".repeat(n)),
    ];
    for (i, s) in shapes.into_iter().enumerate() {
        let run = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || entry::front(s.as_bytes()))
            .expect("spawn")
            .join();
        assert!(run.is_ok(), "deep shape {i} panicked");
    }
}

/// Writes the seed corpora of the `loader` and `compile` targets:
/// `FERL_WRITE_SEEDS=1 cargo test --test fuzz_corpus write_seeds -- --ignored`.
#[test]
#[ignore]
fn write_seeds() {
    if std::env::var_os("FERL_WRITE_SEEDS").is_none() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loader = root.join("fuzz/corpus/loader");
    std::fs::create_dir_all(&loader).expect("mkdir");
    for case in LOADER_SEED_CASES {
        let source = std::fs::read_to_string(root.join("tests/cases").join(format!("{case}.erl"))).expect("case");
        let object = entry::object_of(&source).expect("seed case compiles");
        std::fs::write(loader.join(format!("{case}.ferl")), object).expect("write seed");
    }
    let compile = root.join("fuzz/corpus/compile");
    std::fs::create_dir_all(&compile).expect("mkdir");
    let mut rng = Rng(7);
    for i in 0..8 {
        let bytes: Vec<u8> = (0..64 << (i % 4)).map(|_| rng.next() as u8).collect();
        std::fs::write(compile.join(format!("random_{i}")), bytes).expect("write seed");
    }
}

/// Small conformance cases whose object files seed the `loader` target:
/// between them binaries, maps, records, funs, try/catch and receive.
const LOADER_SEED_CASES: [&str; 15] = [
    "recv_after_infinity",
    "proc_yield",
    "bs_size_limit",
    "expr_match",
    "map_key_order_int_float",
    "rec_defaults_exprs",
    "err_caught_error_info",
    "try_tail_calls",
    "try_after",
    "fun_named_recursive",
    "fun_closures",
    "lc_binary_comprehension",
    "lc_basic",
    "bin_construct",
    "bin_little_odd_sizes",
];

/// How many of the `compile` target's modules from random inputs pass
/// the compiler, with the first few printed (to see what it makes), or
/// with `FERL_GEN_INPUT=FILE` the module of one input:
/// `cargo test --test fuzz_corpus generated_modules -- --ignored --nocapture`.
#[test]
#[ignore]
fn generated_modules() {
    // FERL_GEN_INPUT=FILE: the module of that input only.
    if let Some(path) = std::env::var_os("FERL_GEN_INPUT") {
        println!("{}", entry::gen::module(&std::fs::read(path).expect("input")));
        return;
    }
    let mut rng = Rng(11);
    let (mut ok, n) = (0, 200);
    for i in 0..n {
        let bytes: Vec<u8> = (0..256).map(|_| rng.next() as u8).collect();
        let source = entry::gen::module(&bytes);
        let compiled = ferl_compiler::compile::compile_source("fuzz.erl", &source, &[]);
        ok += usize::from(compiled.is_ok());
        if i < 4 {
            println!("{source}");
            if let Err(diags) = compiled {
                diags.iter().take(3).for_each(|d| println!("  {} {}", d.pos.line, d.message));
            }
        }
    }
    println!("{ok} of {n} compile");
}
