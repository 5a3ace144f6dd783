//! Embeds `stdlib/` in the VM: every module's Erlang source, and its object
//! code compiled here, at build time, by ferl's own compiler, so a program
//! that uses gen_server or supervisor starts without compiling them (it
//! only decodes the object code on first use, as OTP loads its preloaded
//! beams). A module that does not compile here is embedded as source only
//! and compiled at run time, which reports its errors.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    let out_dir = env::var("OUT_DIR").unwrap_or_default();
    let objects = Path::new(&out_dir).join("stdlib_objects");
    let _ = fs::create_dir_all(&objects);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> =
        fs::read_dir(&dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    entries.retain(|p| p.extension().is_some_and(|e| e == "erl"));
    entries.sort();
    let mut sources =
        String::from("/// (module name, source) of every stdlib module.\npub static SOURCES: &[(&str, &str)] = &[\n");
    let mut compiled = String::from(
        "/// (module name, object code) of every stdlib module that compiled at build time.\n\
         pub static OBJECTS: &[(&str, &[u8])] = &[\n",
    );
    for p in entries {
        println!("cargo:rerun-if-changed={}", p.display());
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let path = p.canonicalize().unwrap_or(p.clone()).display().to_string();
        sources.push_str(&format!("    ({stem:?}, include_str!({path:?})),\n"));
        let Ok(src) = fs::read_to_string(&p) else { continue };
        // The same compilation the VM would do on first use (vm.rs).
        match ferl_compiler::compile::compile_source(&format!("{stem}.erl"), &src, &[]) {
            Ok((module, _warnings)) => {
                let file = objects.join(format!("{stem}.beam"));
                if fs::write(&file, ferl_compiler::object::encode(&module)).is_ok() {
                    compiled.push_str(&format!("    ({stem:?}, include_bytes!({:?})),\n", file.display().to_string()));
                }
            }
            Err(_) => println!("cargo:warning=stdlib/{stem}.erl does not compile; it is embedded as source only"),
        }
    }
    sources.push_str("];\n");
    compiled.push_str("];\n");
    let dest = Path::new(&out_dir).join("stdlib_sources.rs");
    fs::write(dest, sources + &compiled).unwrap_or_else(|e| panic!("cannot write stdlib_sources.rs: {e}"));
}
