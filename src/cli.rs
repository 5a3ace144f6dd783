//! The `erl`-like half of the command line: what `ferl` does when it is
//! not given a script. Flags are taken in order, as OTP's init takes
//! them: `-eval`, `-s` and `-run` steps run one after the other.

/// One thing the boot process does before the shell (or `-noshell`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `-eval Expr`.
    Eval(String),
    /// `-s Mod [Fun [Args]]`: the arguments are atoms.
    S(String, String, Vec<String>),
    /// `-run Mod [Fun [Args]]`: the arguments are strings.
    Run(String, String, Vec<String>),
}

/// What `ferl` was asked to do, without a script.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ErlArgs {
    pub steps: Vec<Step>,
    pub noshell: bool,
    /// `-c FILE`: compile FILE like `erlc FILE` and stop.
    pub compile: Vec<String>,
    /// `-sname NAME` / `-name NAME`, kept for when ferl has distribution.
    pub node_name: Option<String>,
    pub pa: Vec<String>,
    pub pz: Vec<String>,
    /// `-root DIR`: `code:root_dir()`.
    pub root: Option<String>,
}

/// A flag's plain arguments: everything up to the next flag.
fn plain(args: &[String]) -> (&[String], &[String]) {
    let n = args.iter().position(|a| a.starts_with('-') || a.starts_with('+')).unwrap_or(args.len());
    args.split_at(n)
}

/// `-s`/`-run`'s module, function (default `start`) and arguments.
fn call_args(args: &[String]) -> Option<(String, String, Vec<String>)> {
    let (m, rest) = args.split_first()?;
    let (f, rest) = rest.split_first().map_or(("start".to_string(), &[][..]), |(f, r)| (f.clone(), r));
    Some((m.clone(), f, rest.to_vec()))
}

/// Parses the flags of an `erl`-like run. Unknown `-flag`s are accepted
/// with their plain arguments and ignored, as `erl` keeps them for
/// `init:get_argument/1`.
pub fn parse(mut args: &[String]) -> Result<ErlArgs, String> {
    let mut out = ErlArgs::default();
    while let Some((flag, rest)) = args.split_first() {
        let (values, after) = plain(rest);
        match flag.as_str() {
            "-noshell" | "-noinput" | "-detached" => out.noshell = true,
            "-eval" => {
                let (expr, _) = rest.split_first().ok_or("-eval needs an expression")?;
                out.steps.push(Step::Eval(expr.clone()));
                args = &rest[1..];
                continue;
            }
            "-s" => {
                let (m, f, a) = call_args(values).ok_or("-s needs a module")?;
                out.steps.push(Step::S(m, f, a));
            }
            "-run" => {
                let (m, f, a) = call_args(values).ok_or("-run needs a module")?;
                out.steps.push(Step::Run(m, f, a));
            }
            "-c" => {
                if values.is_empty() {
                    return Err("-c needs a file".into());
                }
                out.compile.extend(values.iter().cloned());
            }
            "-pa" => out.pa.extend(values.iter().cloned()),
            "-pz" => out.pz.extend(values.iter().cloned()),
            "-sname" | "-name" => out.node_name = values.first().cloned(),
            "-root" => out.root = Some(values.first().ok_or("-root needs a directory")?.clone()),
            "-extra" => return Ok(out),
            f if f.starts_with('-') || f.starts_with('+') => {}
            other => return Err(format!("unexpected argument: {other}")),
        }
        args = after;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn steps_keep_their_order() {
        let a = parse(&args("-noshell -s m -eval X -run m f a b -s init stop")).unwrap_or_default();
        assert!(a.noshell);
        assert_eq!(
            a.steps,
            vec![
                Step::S("m".into(), "start".into(), vec![]),
                Step::Eval("X".into()),
                Step::Run("m".into(), "f".into(), vec!["a".into(), "b".into()]),
                Step::S("init".into(), "stop".into(), vec![]),
            ]
        );
    }

    #[test]
    fn eval_takes_a_dash_expression() {
        let a = parse(&args("-eval -1 -sname n")).unwrap_or_default();
        assert_eq!(a.steps, vec![Step::Eval("-1".into())]);
        assert_eq!(a.node_name.as_deref(), Some("n"));
    }
}
