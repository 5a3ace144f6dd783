//! `ferl` without a script: boots the VM as `erl` does. The `-eval`, `-s`
//! and `-run` steps, then the shell (or, with `-noshell`, nothing: the VM
//! runs until something halts it), happen in one boot process whose code
//! is a small module generated here and compiled by ferl's compiler. A
//! crashing step ends the VM as OTP's init does ("init terminating in
//! do_boot"). `-c FILE` compiles files like `erlc`.

use crate::cli::{ErlArgs, Step};
use ferl_compiler::diagnostic::Severity;
use ferl_vm::interp::Exit;
use ferl_vm::process::Process;
use ferl_vm::sched::{self, Outcome};
use ferl_vm::term::Atom;
use ferl_vm::vm::Vm;
use std::fmt::Write;
use std::sync::Arc;

const BOOT_MODULE: &str = "ferl_boot";

/// `'text'` as an Erlang atom literal.
fn atom_lit(s: &str) -> String {
    format!("'{}'", escape(s, '\''))
}

/// `"text"` as an Erlang string literal.
fn string_lit(s: &str) -> String {
    format!("\"{}\"", escape(s, '"'))
}

fn escape(s: &str, quote: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The expression of `-eval`, without the `.` OTP allows at its end.
fn eval_body(expr: &str) -> &str {
    let t = expr.trim_end();
    t.strip_suffix('.').unwrap_or(t)
}

/// The body of step `i`'s function.
fn step_body(step: &Step) -> String {
    match step {
        Step::Eval(expr) => {
            let body = eval_body(expr);
            // With erl_eval present, evaluate as OTP's init does; else run
            // the expression compiled (when it parses at all).
            let compiled = match ferl_compiler::parser::parse_exprs("-eval", body) {
                Ok(_) => format!("begin {body}\n end"),
                Err(diags) => {
                    let msg = diags.first().map_or_else(|| "syntax error".to_string(), |d| d.message.clone());
                    format!("erlang:error({{badmatch,{{error,{{1,erl_parse,[{}]}}}}}})", string_lit(&msg))
                }
            };
            format!("case has_erl_eval() of true -> eval_string({}); false -> {compiled} end", string_lit(expr))
        }
        Step::S(m, f, args) => {
            let args = if args.is_empty() {
                String::new()
            } else {
                format!("[{}]", args.iter().map(|a| atom_lit(a)).collect::<Vec<_>>().join(","))
            };
            format!("{}:{}({args})", atom_lit(m), atom_lit(f))
        }
        Step::Run(m, f, args) => {
            let args = if args.is_empty() {
                String::new()
            } else {
                format!("[{}]", args.iter().map(|a| string_lit(a)).collect::<Vec<_>>().join(","))
            };
            format!("{}:{}({args})", atom_lit(m), atom_lit(f))
        }
    }
}

/// The fixed part of the boot module: running a step as init does, the
/// crash report, the shell or the endless wait of `-noshell`.
const BOOT_SUPPORT: &str = r#"
step(F, Kind) ->
    try F() of _ -> ok
    catch
        error:R:S -> crash({R, boot_stack(S, Kind)});
        throw:R:S -> crash({{nocatch, R}, boot_stack(S, Kind)});
        exit:R -> crash(R)
    end.

boot_stack(Stack, Kind) ->
    [Fr || Fr <- Stack, element(1, Fr) =/= ferl_boot] ++ init_frames(Kind).

init_frames(eval) -> [{init,start_it,1,[]} | init_frames(call)];
init_frames(call) -> [{init,start_em,1,[]}, {init,do_boot,3,[]}].

crash(Reason) ->
    erlang:display({"init terminating in do_boot", Reason}),
    erlang:halt(lists:flatten(
                  ["init terminating in do_boot (", limited(Reason, 1), ")"])).

%% The reason as OTP's init shows it in the halt slogan: containers
%% nested five deep are cut to {_} and [_].
limited(T, D) when D >= 5, is_tuple(T), tuple_size(T) > 0 -> "{_}";
limited([_ | _], D) when D >= 5 -> "[_]";
limited(T, D) when is_tuple(T) ->
    ["{", lists:join(",", [limited(E, D + 1) || E <- tuple_to_list(T)]), "}"];
limited([_ | _] = L, D) -> ["[", limited_tail(L, D + 1), "]"];
limited(T, _D) -> io_lib:format("~w", [T]).

limited_tail([H], D) -> limited(H, D);
limited_tail([H | T], D) when is_list(T) -> [limited(H, D), "," | limited_tail(T, D)];
limited_tail([H | T], D) -> [limited(H, D), "|", limited(T, D)].

has_erl_eval() ->
    code:ensure_loaded(erl_eval) =:= {module, erl_eval}
        andalso code:ensure_loaded(erl_parse) =:= {module, erl_parse}
        andalso code:ensure_loaded(erl_scan) =:= {module, erl_scan}.

eval_string(Str) ->
    {ok, Ts, _} = erl_scan:string(Str),
    Ts1 = case lists:reverse(Ts) of
              [{dot, _} | _] -> Ts;
              TsR -> lists:reverse([{dot, 1} | TsR])
          end,
    {ok, Exprs} = erl_parse:parse_exprs(Ts1),
    {value, _, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    ok.

noshell() ->
    receive after infinity -> ok end.

shell() ->
    case code:ensure_loaded(shell) of
        {module, shell} -> shell_ended(shell:start());
        _ ->
            io:put_chars(standard_error,
                         "ferl: no shell yet (stdlib/shell.erl is missing); "
                         "use a script, -eval or -noshell\n"),
            erlang:halt(1)
    end.

shell_ended(Pid) when is_pid(Pid) ->
    Ref = erlang:monitor(process, Pid),
    receive {'DOWN', Ref, _, _, _} -> erlang:halt(0) end;
shell_ended(_) ->
    erlang:halt(0).

compile_files(Files) ->
    Ok = [compile:file(F, [report]) || F <- Files],
    case lists:all(fun({ok, _}) -> true; (_) -> false end, Ok) of
        true -> erlang:halt(0);
        false -> erlang:halt(1)
    end.
"#;

/// The boot module's source.
fn boot_source(args: &ErlArgs) -> String {
    let mut src = format!("-module({BOOT_MODULE}).\n-export([boot/0]).\n{BOOT_SUPPORT}\n");
    let mut calls = Vec::new();
    for (i, step) in args.steps.iter().enumerate() {
        let kind = if matches!(step, Step::Eval(_)) { "eval" } else { "call" };
        let _ = writeln!(src, "step_{i}() ->\n    {}.\n", step_body(step));
        calls.push(format!("step(fun step_{i}/0, {kind})"));
    }
    let last = if !args.compile.is_empty() {
        let files: Vec<String> = args.compile.iter().map(|f| string_lit(f)).collect();
        format!("compile_files([{}])", files.join(","))
    } else if args.noshell {
        "noshell()".to_string()
    } else {
        "shell()".to_string()
    };
    calls.push(last);
    let _ = writeln!(src, "boot() ->\n    {}.", calls.join(",\n    "));
    src
}

/// Compiles the boot module; the diagnostics, if it does not compile.
fn compile(vm: &Arc<Vm>, src: &str) -> Result<ferl_compiler::bytecode::Module, String> {
    let render = |ds: &[ferl_compiler::diagnostic::Diagnostic]| ds.iter().map(|d| d.render(src)).collect::<String>();
    let (module, _) = ferl_compiler::parser::parse_module("-eval", src, &[]).map_err(|d| render(&d))?;
    let behaviours = |b: &str| vm.behaviour_info(b);
    let diags = ferl_compiler::lint::check_with(&module, Some(&behaviours));
    let errors: Vec<_> = diags.into_iter().filter(|d| d.severity == Severity::Error).collect();
    if !errors.is_empty() {
        return Err(render(&errors));
    }
    ferl_compiler::lower::lower(&module).map_err(|d| render(&d))
}

/// Runs an `erl`-like boot; returns the exit status.
pub fn run(opts: crate::Options, mut args: ErlArgs) -> i32 {
    let vm = Arc::new(opts.vm());
    if let Some(name) = &args.node_name {
        let full = ferl_vm::remote::full_node_name(name);
        vm.set_node(ferl_vm::term::Atom::intern(&full));
        match ferl_vm::remote::listen(&vm, &full) {
            Ok(()) => args.steps.insert(0, Step::S("ferl_remote".into(), "start".into(), Vec::new())),
            Err(ferl_vm::remote::ListenError::InUse) => {
                // erl's words when the name is taken.
                let text = format!("Protocol 'inet_tcp': the name {full} seems to be in use by another Erlang node\n");
                ferl_vm::io::write_stderr(text.as_bytes());
                return 1;
            }
            Err(ferl_vm::remote::ListenError::Io(e)) => {
                ferl_vm::io::write_stderr(format!("ferl: cannot listen as {full}: {e}\n").as_bytes());
                return 1;
            }
        }
    }
    let mut code_path = opts.pa;
    code_path.append(&mut args.pa);
    code_path.push(".".to_string());
    code_path.extend(opts.pz);
    code_path.append(&mut args.pz);
    vm.set_code_path(code_path);
    if let Some(root) = args.root.as_deref().map(crate::absolute_root).or(opts.root) {
        vm.set_root_dir(root);
    }
    let interactive = args.compile.is_empty() && !args.noshell;
    if interactive {
        crate::tty::install(&vm);
    }
    let bytecode = match compile(&vm, &boot_source(&args)) {
        Ok(m) => m,
        Err(text) => {
            ferl_vm::io::write_stderr(text.as_bytes());
            return 1;
        }
    };
    let inst = ferl_vm::code::loader::instantiate(&vm, bytecode);
    if vm.code.install(inst).is_err() {
        return 70;
    }
    let Some(entry) = inst.function_entry(Atom::intern("boot"), 0) else { return 70 };
    let Some(handle) = vm.procs.create_at(9) else { return 70 };
    let mut p = Box::new(Process::new(handle.pid, vm.clone()));
    p.handle = Some(handle);
    p.initial_call = (Atom::intern("init"), Atom::intern("start_it"), 1);
    ferl_vm::interp::setup_call(&mut p, inst, entry, &[]);
    let status = match sched::run(&vm, p) {
        Outcome::Exit(Exit::Normal, _) => 0,
        Outcome::Halt(code) => code,
        Outcome::Exit(_, _) => 1,
        Outcome::Deadlock => {
            ferl_vm::io::flush_all();
            ferl_vm::io::write_stderr(b"ferl: every process waits for a message that can never arrive\n");
            1
        }
    };
    ferl_vm::io::flush_all();
    crate::tty::finish();
    ferl_vm::remote::stop_listening();
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_escaped() {
        assert_eq!(atom_lit("it's"), "'it\\'s'");
        assert_eq!(string_lit("a\"b\\"), "\"a\\\"b\\\\\"");
    }

    #[test]
    fn eval_drops_one_final_dot() {
        assert_eq!(eval_body("X = 1. "), "X = 1");
        assert_eq!(eval_body("ok"), "ok");
    }
}
