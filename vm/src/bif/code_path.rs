//! Application directories on the code path: `code:lib_dir/1,2`,
//! `code:replace_path/2`, `code:objfile_extension/0`; and `code:root_dir/0`,
//! the release root (ferl's `-root DIR` or `$FERL_ROOT`, else the
//! directory it started in; OTP's is its installation directory).
//!
//! OTP's code server keeps a name table built from the path: a directory
//! `.../Name-Vsn/ebin` (or `.../Name-Vsn`) is application `Name`'s, and
//! `lib_dir(Name)` is that directory without its `ebin`. The first path
//! entry of a name wins, as in OTP's table (which `add_patha` and
//! `replace_path` update and `del_path` restores), so it is computed here
//! from the path each time instead of being kept. ferl's own applications
//! (kernel, stdlib) have no directory: `{error, bad_name}`.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("code", "lib_dir", 1, lib_dir1),
    Bif::new("code", "lib_dir", 2, lib_dir2),
    Bif::new("code", "replace_path", 2, replace_path),
    Bif::new("code", "objfile_extension", 0, objfile_extension),
    Bif::new("code", "root_dir", 0, root_dir),
];

/// `Name` of an atom or a flat string (OTP's `to_list/1`).
fn name_arg(t: Term) -> Option<String> {
    if let Some(a) = t.as_atom() {
        return Some(a.name().to_string());
    }
    super::file::path_of(t).filter(|_| t.is_list()).map(|p| p.to_string_lossy().into_owned())
}

/// OTP's guards on these functions fail with `function_clause`.
fn function_clause() -> Exception {
    Exception::error_atom(Atom::intern("function_clause"))
}

fn text(t: Term) -> Option<String> {
    super::file::path_of(t).map(|p| p.to_string_lossy().into_owned())
}

/// `filename:split/1` for Unix names.
fn split(dir: &str) -> Vec<String> {
    let mut parts = Vec::new();
    if dir.starts_with('/') {
        parts.push("/".to_string());
    }
    parts.extend(dir.split('/').filter(|c| !c.is_empty()).map(str::to_string));
    parts
}

/// `filename:join/1` for Unix names.
fn join(parts: &[String]) -> String {
    let mut out = String::new();
    for part in parts {
        if part == "/" {
            out = "/".to_string();
        } else {
            if !out.is_empty() && !out.ends_with('/') {
                out.push('/');
            }
            out.push_str(part);
        }
    }
    out
}

fn absname(dir: &str) -> String {
    if dir.starts_with('/') {
        return dir.to_string();
    }
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let mut parts = split(&cwd);
    parts.extend(split(dir).into_iter().filter(|c| c != "."));
    join(&parts)
}

/// The application name of a path entry: the directory holding `ebin`
/// (or the last component), cut at its first hyphen.
fn get_name(dir: &str) -> String {
    let parts = split(dir);
    let base = match parts.as_slice() {
        [.., app, last] if last == "ebin" => app.clone(),
        [.., last] => last.clone(),
        [] => String::new(),
    };
    base.split('-').next().unwrap_or_default().to_string()
}

/// The name an entry is known by in OTP's table; none when the name is
/// the entry itself (`.`, `ebin`, a plain directory name), which OTP's
/// `add_path` leaves out of the table.
fn entry_name(dir: &str) -> Option<String> {
    let name = get_name(dir);
    (name != join(&split(dir))).then_some(name)
}

/// The application directory of a path entry: the entry without `ebin`.
fn del_ebin(dir: &str) -> String {
    let parts = split(dir);
    match parts.as_slice() {
        [.., last] if last == "ebin" && parts.len() >= 3 => join(&parts[..parts.len() - 1]),
        [.., last] if last == "ebin" => {
            let abs = split(&absname(dir));
            join(&abs[..abs.len() - 1])
        }
        _ => join(&parts),
    }
}

fn lookup(p: &Process, name: &str) -> Option<String> {
    p.vm.code_path().iter().find(|d| entry_name(d).as_deref() == Some(name)).map(|d| del_ebin(d))
}

/// `code:lib_dir(Name)`: the directory, or `{error, bad_name}`.
fn lib_dir1(p: &mut Process, args: &[Term]) -> BifResult {
    let name = name_arg(args[0]).ok_or_else(function_clause)?;
    Ok(match lookup(p, &name) {
        Some(dir) => p.heap.string(&dir),
        None => p.heap.error_tuple(Term::named("bad_name")),
    })
}

/// `code:lib_dir(Name, SubDir)`: `SubDir` (an atom) under the directory.
fn lib_dir2(p: &mut Process, args: &[Term]) -> BifResult {
    let name = name_arg(args[0]).ok_or_else(function_clause)?;
    let sub = args[1].as_atom().ok_or_else(function_clause)?;
    Ok(match lookup(p, &name) {
        Some(dir) => p.heap.string(&join(&[dir, sub.name().to_string()])),
        None => p.heap.error_tuple(Term::named("bad_name")),
    })
}

/// `code:replace_path(Name, Dir)`: puts `Dir` in place of the entry of
/// application `Name` (or last): `true`, `{error, bad_name}` when `Dir`
/// is not `Name`'s, `{error, bad_directory}` when it does not exist.
fn replace_path(p: &mut Process, args: &[Term]) -> BifResult {
    let name_or_dir = |t: Term| t.is_atom() || t.is_list();
    if !name_or_dir(args[0]) || !name_or_dir(args[1]) {
        return Err(function_clause());
    }
    let (Some(name), Some(dir)) = (name_arg(args[0]), text(args[1])) else {
        let why = p.heap.list(&[args[0], args[1]]);
        let why = p.heap.tuple(&[Term::named("badarg"), why]);
        return Ok(p.heap.error_tuple(why));
    };
    let dir = join(&split(&dir));
    if get_name(&dir) != name {
        return Ok(p.heap.error_tuple(Term::named("bad_name")));
    }
    if !std::path::Path::new(&dir).is_dir() {
        return Ok(p.heap.error_tuple(Term::named("bad_directory")));
    }
    let mut path = p.vm.code_path();
    match path.iter().position(|d| get_name(d) == name) {
        Some(i) => path[i] = dir,
        None => path.push(dir),
    }
    p.vm.set_code_path(path);
    Ok(Term::atom(atoms::true_))
}

fn objfile_extension(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.string(".beam"))
}

fn root_dir(p: &mut Process, _: &[Term]) -> BifResult {
    let root = p.vm.root_dir();
    Ok(p.heap.string(&root))
}
