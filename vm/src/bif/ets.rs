//! ETS: tables of tuples that outlive the calls that fill them, shared
//! between processes (`ets:new/2`, `insert`, `lookup`, `select`, ...).
//!
//! A table belongs to the process that made it (or was given it) and ends
//! with it, unless an heir takes it over ({'ETS-TRANSFER', ...}, as in
//! OTP). Access follows its protection: `private` tables are the owner's
//! alone, `protected` ones (the default) anyone may read, `public` ones
//! anyone may also write. The tables live in one registry for the OS
//! process (ferl runs one VM per program); each call holds its lock only
//! while it copies objects in or out.
//!
//! Failures raise `badarg` with the `cause` OTP puts in the frame's
//! `error_info` (`id`: no such table; `access`; `table_type`; `badkey`;
//! `keypos`; `position`; ...), which erl_stdlib_errors explains.
//! `foldl/3` and `foldr/3` call funs and are Erlang (`stdlib/ets.erl`).

mod ms;
mod store;
/// A term kept in a heap of its own (persistent_term keeps its pairs so too).
pub(crate) use store::Obj;

use super::Bif;
use crate::error_format::set_bif_cause;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use hashbrown::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex, MutexGuard};
use store::{Kind, Store};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ets", "new", 2, new),
    Bif::new("ets", "insert", 2, insert),
    Bif::new("ets", "insert_new", 2, insert_new),
    Bif::new("ets", "lookup", 2, lookup),
    Bif::new("ets", "lookup_element", 3, lookup_element),
    Bif::new("ets", "member", 2, member),
    Bif::new("ets", "take", 2, take),
    Bif::new("ets", "delete", 1, delete_table),
    Bif::new("ets", "delete", 2, delete_key),
    Bif::new("ets", "delete_object", 2, delete_object),
    Bif::new("ets", "delete_all_objects", 1, delete_all_objects),
    Bif::new("ets", "first", 1, first),
    Bif::new("ets", "last", 1, last),
    Bif::new("ets", "next", 2, next),
    Bif::new("ets", "prev", 2, prev),
    Bif::new("ets", "tab2list", 1, tab2list),
    Bif::new("ets", "info", 1, info1),
    Bif::new("ets", "info", 2, info2),
    Bif::new("ets", "all", 0, all),
    Bif::new("ets", "whereis", 1, whereis),
    Bif::new("ets", "rename", 2, rename),
    Bif::new("ets", "give_away", 3, give_away),
    Bif::new("ets", "setopts", 2, setopts),
    Bif::new("ets", "update_counter", 3, update_counter3),
    Bif::new("ets", "update_counter", 4, update_counter4),
    Bif::new("ets", "update_element", 3, update_element),
    Bif::new("ets", "match", 2, match2),
    Bif::new("ets", "match_object", 2, match_object),
    Bif::new("ets", "match_delete", 2, match_delete),
    Bif::new("ets", "select", 2, select),
    Bif::new("ets", "select_reverse", 2, select_reverse),
    Bif::new("ets", "select_count", 2, select_count),
    Bif::new("ets", "select_delete", 2, select_delete),
    Bif::new("ets", "select", 3, select3),
    Bif::new("ets", "select_reverse", 3, select_reverse3),
    Bif::new("ets", "match", 3, match3),
    Bif::new("ets", "match_object", 3, match_object3),
    Bif::new("ets", "select", 1, continue_select),
    Bif::new("ets", "select_reverse", 1, continue_select),
    Bif::new("ets", "match", 1, continue_select),
    Bif::new("ets", "match_object", 1, continue_select),
    Bif::new("ets", "safe_fixtable", 2, safe_fixtable),
    Bif::new("ets", "is_compiled_ms", 1, is_compiled_ms),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Private,
    Protected,
    Public,
}

struct Table {
    /// The number of the table's reference (its identifier).
    id: u64,
    name: Atom,
    named: bool,
    owner: u64,
    /// `{heir, Pid, Data}`: the pid and the data, in a heap of its own.
    heir: Option<(u64, Obj)>,
    access: Access,
    /// read_concurrency, write_concurrency, decentralized_counters,
    /// compressed: accepted and reported, no effect.
    flags: [bool; 4],
    store: Store,
}

#[derive(Default)]
struct Registry {
    tables: HashMap<u64, Table>,
    names: HashMap<Atom, u64>,
    /// Table ids in creation order (`ets:all/0`).
    order: Vec<u64>,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(Default::default);
/// Live tables: a process that ends looks for its tables only if any.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// Drops every table (a node restart: their owners are gone).
pub(crate) fn clear_all() {
    *registry() = Registry::default();
    LIVE.store(0, Ordering::Relaxed);
}

fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner())
}

/// `badarg` with `cause` in the frame's error_info.
fn fail(cause: &'static str) -> Exception {
    set_bif_cause(cause);
    Exception::badarg()
}

#[derive(Clone, Copy, PartialEq)]
enum Need {
    /// `info`: anyone, whatever the protection.
    Info,
    Read,
    Write,
}

impl Registry {
    /// The table `t` names, if the caller `pid` may use it as `need`s.
    fn table(&mut self, t: Term, pid: u64, need: Need) -> Result<&mut Table, Exception> {
        let id = if let Some(r) = t.as_ref_number() {
            r
        } else if let Some(a) = t.as_atom() {
            *self.names.get(&a).ok_or_else(|| fail("id"))?
        } else {
            return Err(fail("type"));
        };
        let tab = self.tables.get_mut(&id).ok_or_else(|| fail("id"))?;
        let allowed = tab.owner == pid
            || match need {
                Need::Info => true,
                Need::Read => tab.access != Access::Private,
                Need::Write => tab.access == Access::Public,
            };
        if !allowed {
            return Err(fail("access"));
        }
        Ok(tab)
    }

    fn remove(&mut self, id: u64) -> Option<Table> {
        let tab = self.tables.remove(&id)?;
        if tab.named {
            self.names.remove(&tab.name);
        }
        self.order.retain(|x| *x != id);
        LIVE.fetch_sub(1, Ordering::Relaxed);
        Some(tab)
    }
}

impl Table {
    /// How programs name the table: its name if named, else its reference.
    fn handle(&self, heap: &mut Heap) -> Term {
        if self.named {
            Term::atom(self.name)
        } else {
            heap.reference(self.id)
        }
    }
}

fn atom_arg(t: Term) -> Option<&'static str> {
    t.as_atom().map(|a| a.name())
}

fn new(p: &mut Process, a: &[Term]) -> BifResult {
    let name = a[0].as_atom().ok_or_else(|| fail("none"))?;
    let opts = a[1].list_to_vec().ok_or_else(|| fail("none"))?;
    let (mut kind, mut access, mut named, mut keypos) = (Kind::Set, Access::Protected, false, 1usize);
    let mut heir = None;
    let mut flags = [false; 4];
    for o in opts {
        match (atom_arg(o), o.as_tuple()) {
            (Some("set"), _) => kind = Kind::Set,
            (Some("ordered_set"), _) => kind = Kind::OrderedSet,
            (Some("bag"), _) => kind = Kind::Bag,
            (Some("duplicate_bag"), _) => kind = Kind::DuplicateBag,
            (Some("public"), _) => access = Access::Public,
            (Some("protected"), _) => access = Access::Protected,
            (Some("private"), _) => access = Access::Private,
            (Some("named_table"), _) => named = true,
            (Some("compressed"), _) => flags[3] = true,
            (_, Some(&[k, v])) => match (atom_arg(k), atom_arg(v), v.as_small()) {
                (Some("keypos"), _, Some(n)) if n >= 1 => keypos = n as usize,
                (Some("heir"), Some("none"), _) => heir = None,
                (Some("read_concurrency"), Some(b @ ("true" | "false")), _) => flags[0] = b == "true",
                (Some("write_concurrency"), Some(b @ ("true" | "false" | "auto")), _) => flags[1] = b != "false",
                (Some("decentralized_counters"), Some(b @ ("true" | "false")), _) => flags[2] = b == "true",
                _ => return Err(fail("none")),
            },
            (_, Some(&[k, pid, data])) if atom_arg(k) == Some("heir") => {
                let pid = pid.as_pid().ok_or_else(|| fail("none"))?;
                heir = Some((pid, Obj::new(data)));
            }
            _ => return Err(fail("none")),
        }
    }
    let mut reg = registry();
    if named && reg.names.contains_key(&name) {
        return Err(fail("already_exists"));
    }
    let id = p.vm.new_ref_id();
    let tab = Table { id, name, named, owner: p.pid, heir, access, flags, store: Store::new(kind, keypos) };
    let handle = tab.handle(&mut p.heap);
    if named {
        reg.names.insert(name, id);
    }
    reg.tables.insert(id, tab);
    reg.order.push(id);
    LIVE.fetch_add(1, Ordering::Relaxed);
    Ok(handle)
}

/// The objects `t` holds (a tuple or a list of them), each at least
/// `keypos` long; `None` if any is not.
fn objects(t: Term, keypos: usize) -> Option<Vec<Term>> {
    let fits = |o: Term| o.as_tuple().is_some_and(|e| e.len() >= keypos);
    if t.as_tuple().is_some() {
        return fits(t).then(|| vec![t]);
    }
    let v = t.list_to_vec()?;
    v.iter().all(|o| fits(*o)).then_some(v)
}

fn insert(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    let objs = objects(a[1], tab.store.keypos).ok_or_else(|| fail("none"))?;
    for o in objs {
        tab.store.insert(o);
    }
    Ok(Term::atom(atoms::true_))
}

fn insert_new(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    let keypos = tab.store.keypos;
    let objs = objects(a[1], keypos).ok_or_else(|| fail("none"))?;
    let key = |o: &Term| o.as_tuple().map_or(Term::NIL, |e| e[keypos - 1]);
    if objs.iter().any(|o| tab.store.contains(key(o))) {
        return Ok(Term::atom(atoms::false_));
    }
    for o in objs {
        tab.store.insert(o);
    }
    Ok(Term::atom(atoms::true_))
}

/// Copies of `objs` on `heap`, as a list.
fn copied<'a>(heap: &mut Heap, objs: impl Iterator<Item = &'a Obj>) -> Term {
    let v: Vec<Term> = objs.map(|o| heap.copy_term(o.term)).collect();
    heap.list(&v)
}

fn lookup(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Read)?;
    Ok(copied(&mut p.heap, tab.store.get(a[1]).iter()))
}

fn lookup_element(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Read)?;
    let pos = a[2].as_small().filter(|n| *n >= 1).ok_or_else(|| fail("none"))? as usize;
    let objs = tab.store.get(a[1]);
    if objs.is_empty() {
        return Err(fail("badkey"));
    }
    if objs.iter().any(|o| o.term.as_tuple().is_none_or(|e| e.len() < pos)) {
        return Err(fail("none"));
    }
    if tab.store.kind.is_bag() {
        let v: Vec<Term> = objs.iter().map(|o| p.heap.copy_term(o.at(pos))).collect();
        return Ok(p.heap.list(&v));
    }
    Ok(p.heap.copy_term(objs[0].at(pos)))
}

fn member(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Read)?;
    Ok(Term::boolean(tab.store.contains(a[1])))
}

fn take(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    let taken = tab.store.take(a[1]);
    Ok(copied(&mut p.heap, taken.iter()))
}

fn delete_table(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let id = reg.table(a[0], p.pid, Need::Write)?.id;
    reg.remove(id);
    Ok(Term::atom(atoms::true_))
}

fn delete_key(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    tab.store.take(a[1]);
    Ok(Term::atom(atoms::true_))
}

fn delete_object(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    let keypos = tab.store.keypos;
    let key = a[1].as_tuple().filter(|e| e.len() >= keypos).map(|e| e[keypos - 1]).ok_or_else(|| fail("none"))?;
    tab.store.remove_where(key, |o| crate::term::order::exact_eq(o.term, a[1]));
    Ok(Term::atom(atoms::true_))
}

fn delete_all_objects(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    reg.table(a[0], p.pid, Need::Write)?.store.clear();
    Ok(Term::atom(atoms::true_))
}

fn end_of_table() -> Term {
    Term::named("$end_of_table")
}

fn key_or_end(heap: &mut Heap, k: Option<Term>) -> Term {
    k.map_or_else(end_of_table, |k| heap.copy_term(k))
}

fn first(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let k = reg.table(a[0], p.pid, Need::Read)?.store.first();
    Ok(key_or_end(&mut p.heap, k))
}

fn last(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let k = reg.table(a[0], p.pid, Need::Read)?.store.last();
    Ok(key_or_end(&mut p.heap, k))
}

fn next(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let k = reg.table(a[0], p.pid, Need::Read)?.store.next(a[1]).map_err(|()| fail("none"))?;
    Ok(key_or_end(&mut p.heap, k))
}

fn prev(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let k = reg.table(a[0], p.pid, Need::Read)?.store.prev(a[1]).map_err(|()| fail("none"))?;
    Ok(key_or_end(&mut p.heap, k))
}

fn tab2list(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Read)?;
    Ok(copied(&mut p.heap, tab.store.each()))
}

/// The items `info/1` lists, in OTP's order.
const INFO_ITEMS: &[&str] = &[
    "id",
    "decentralized_counters",
    "read_concurrency",
    "write_concurrency",
    "compressed",
    "memory",
    "owner",
    "heir",
    "name",
    "size",
    "node",
    "named_table",
    "type",
    "keypos",
    "protection",
];

/// Words a table takes besides its objects (OTP's empty set reports
/// about 300).
const TABLE_WORDS: usize = 300;

fn info_item(p: &mut Process, tab: &Table, item: &str) -> Option<Term> {
    let b = Term::boolean;
    Some(match item {
        "id" => p.heap.reference(tab.id),
        "read_concurrency" => b(tab.flags[0]),
        "write_concurrency" => b(tab.flags[1]),
        "decentralized_counters" => b(tab.flags[2]),
        "compressed" => b(tab.flags[3]),
        "memory" => Term::int((TABLE_WORDS + tab.store.words() + 2 * tab.store.size()) as i64),
        "owner" => Term::pid(tab.owner),
        "heir" => tab.heir.as_ref().map_or(Term::atom(atoms::none), |(pid, _)| Term::pid(*pid)),
        "name" => Term::atom(tab.name),
        "size" => Term::int(tab.store.size() as i64),
        "node" => Term::atom(p.vm.node()),
        "named_table" => b(tab.named),
        "type" => Term::named(tab.store.kind.name()),
        "keypos" => Term::int(tab.store.keypos as i64),
        "protection" => Term::named(match tab.access {
            Access::Private => "private",
            Access::Protected => "protected",
            Access::Public => "public",
        }),
        "fixed" | "safe_fixed" | "safe_fixed_monotonic_time" => Term::atom(atoms::false_),
        _ => return None,
    })
}

/// The table `info/1,2` asks about: `None` when the name or reference
/// names none (info then answers `undefined`).
fn info_table(reg: &mut Registry, t: Term, pid: u64) -> Result<Option<&mut Table>, Exception> {
    let names_one = t.as_atom().is_some() || t.as_ref_number().is_some();
    match reg.table(t, pid, Need::Info) {
        Ok(tab) => Ok(Some(tab)),
        Err(_) if names_one => {
            crate::error_format::take_bif_cause();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn info1(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let Some(tab) = info_table(&mut reg, a[0], p.pid)? else { return Ok(Term::atom(atoms::undefined)) };
    let mut items = Vec::with_capacity(INFO_ITEMS.len());
    for item in INFO_ITEMS {
        let v = info_item(p, tab, item).unwrap_or(Term::NIL);
        items.push(p.heap.tuple2(Term::named(item), v));
    }
    Ok(p.heap.list(&items))
}

fn info2(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let Some(tab) = info_table(&mut reg, a[0], p.pid)? else { return Ok(Term::atom(atoms::undefined)) };
    let item = atom_arg(a[1]).ok_or_else(|| fail("none"))?;
    info_item(p, tab, item).ok_or_else(|| fail("none"))
}

fn all(p: &mut Process, _: &[Term]) -> BifResult {
    let reg = registry();
    let v: Vec<Term> = reg.order.iter().filter_map(|id| reg.tables.get(id)).map(|t| t.handle(&mut p.heap)).collect();
    Ok(p.heap.list(&v))
}

fn whereis(p: &mut Process, a: &[Term]) -> BifResult {
    let name = a[0].as_atom().ok_or_else(|| fail("none"))?;
    let reg = registry();
    Ok(reg.names.get(&name).map_or(Term::atom(atoms::undefined), |id| p.heap.reference(*id)))
}

fn rename(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    let (id, named, old) = (tab.id, tab.named, tab.name);
    let new_name = a[1].as_atom().ok_or_else(|| fail("none"))?;
    if reg.names.get(&new_name).is_some_and(|x| *x != id) {
        return Err(fail("none"));
    }
    if named {
        reg.names.remove(&old);
        reg.names.insert(new_name, id);
    }
    if let Some(t) = reg.tables.get_mut(&id) {
        t.name = new_name;
    }
    Ok(Term::atom(new_name))
}

/// `{'ETS-TRANSFER', Tab, From, Data}` to `to`.
fn send_transfer(vm: &crate::vm::Vm, to: u64, tab: Term, from: u64, data: Term) {
    let mut heap = Heap::new();
    let msg = heap.tuple(&[Term::named("ETS-TRANSFER"), tab, Term::pid(from), data]);
    vm.send_message(to, msg);
}

fn give_away(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    if tab.owner != p.pid {
        return Err(fail("not_owner"));
    }
    let to = a[1].as_pid().ok_or_else(|| fail("none"))?;
    if to == p.pid {
        return Err(fail("owner"));
    }
    if p.vm.procs.get(to).is_none() {
        return Err(fail("none"));
    }
    tab.owner = to;
    let handle = tab.handle(&mut p.heap);
    drop(reg);
    send_transfer(&p.vm, to, handle, p.pid, a[2]);
    Ok(Term::atom(atoms::true_))
}

fn setopts(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    let tab = reg.table(a[0], p.pid, Need::Write)?;
    if tab.owner != p.pid {
        return Err(fail("none"));
    }
    let opts = if a[1].as_tuple().is_some() { vec![a[1]] } else { a[1].list_to_vec().ok_or_else(|| fail("none"))? };
    for o in opts {
        match o.as_tuple() {
            Some(&[k, v]) if atom_arg(k) == Some("heir") && atom_arg(v) == Some("none") => tab.heir = None,
            Some(&[k, pid, data]) if atom_arg(k) == Some("heir") => {
                let pid = pid.as_pid().ok_or_else(|| fail("none"))?;
                tab.heir = Some((pid, Obj::new(data)));
            }
            Some(&[k, v]) if atom_arg(k) == Some("protection") => {
                tab.access = match atom_arg(v) {
                    Some("private") => Access::Private,
                    Some("protected") => Access::Protected,
                    Some("public") => Access::Public,
                    _ => return Err(fail("none")),
                }
            }
            _ => return Err(fail("none")),
        }
    }
    Ok(Term::atom(atoms::true_))
}

/// The tables of `pid`, which has ended: each goes to its heir if that
/// is alive (with {'ETS-TRANSFER', ...}), or is deleted.
pub fn owner_exited(vm: &crate::vm::Vm, pid: u64) {
    if LIVE.load(Ordering::Relaxed) == 0 {
        return;
    }
    let mut transfers = Vec::new();
    {
        let mut reg = registry();
        let owned: Vec<u64> = reg.order.iter().copied().filter(|id| reg.tables[id].owner == pid).collect();
        for id in owned {
            let heir = reg.tables[&id].heir.as_ref().map(|(h, _)| *h);
            match heir {
                Some(h) if h != pid && vm.procs.get(h).is_some() => {
                    if let Some(t) = reg.tables.get_mut(&id) {
                        t.owner = h;
                        let mut heap = Heap::new();
                        let handle = t.handle(&mut heap);
                        let data = t.heir.as_ref().map_or(Term::NIL, |(_, d)| d.term);
                        let data = heap.copy_term(data);
                        transfers.push((h, handle, data, heap));
                    }
                }
                _ => {
                    reg.remove(id);
                }
            }
        }
    }
    for (to, tab, data, _heap) in transfers {
        send_transfer(vm, to, tab, pid, data);
    }
}

mod select;
mod update;
pub(crate) use select::is_match_spec;
use select::{
    continue_select, match2, match3, match_delete, match_object, match_object3, select, select3, select_count,
    select_delete, select_reverse, select_reverse3,
};
use update::{update_counter3, update_counter4, update_element};

fn safe_fixtable(p: &mut Process, a: &[Term]) -> BifResult {
    let mut reg = registry();
    reg.table(a[0], p.pid, Need::Read)?;
    a[1].as_bool().ok_or_else(|| fail("none"))?;
    Ok(Term::atom(atoms::true_))
}

fn is_compiled_ms(_: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::atom(atoms::false_))
}
