//! Embeds the Erlang sources of `stdlib/` so the VM can load them on first
//! use without a file system.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> =
        fs::read_dir(&dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    entries.retain(|p| p.extension().is_some_and(|e| e == "erl"));
    entries.sort();
    let mut out =
        String::from("/// (module name, source) of every stdlib module.\npub static SOURCES: &[(&str, &str)] = &[\n");
    for p in entries {
        println!("cargo:rerun-if-changed={}", p.display());
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            stem,
            p.canonicalize().unwrap_or(p.clone()).display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("stdlib_sources.rs");
    fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write stdlib_sources.rs: {e}"));
}
