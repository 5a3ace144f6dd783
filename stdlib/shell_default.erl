%% shell_default: the functions a shell user calls without a module name
%% (`c(m)`, `ls()`, `help()` ...). The shell calls here for any local call
%% that is not one of its own commands (b/0, f/1, v/1 ... in shell.erl);
%% everything forwards to c, as in OTP.
%%
%% Not supported: bt/1, lc/1, nc/1,2, nl/1, xm/1, y/1,2, uptime/0,
%% h/1,2,3, ht/1,2,3, hcb/1,2,3 (no documentation chunks), the `i`
%% interpreter commands, user_default overrides of the same name are
%% honoured by shell.erl, not here.
-module(shell_default).
-export([help/0, c/1, c/2, l/1, lm/0, mm/0, flush/0, i/0, i/3, ni/0, m/0, m/1,
         regs/0, nregs/0, pid/3, q/0, pwd/0, cd/1, ls/0, ls/1, memory/0, memory/1]).

%% OTP's shell help: the shell's own commands, then c's, then i's header.
-spec help() -> true.
help() ->
    io:put_chars(shell_help_text()),
    c:help(),
    io:put_chars(<<"** commands in module i (interpreter interface) **\n"
                   "ih()       -- print help for the i module\n">>),
    true.

shell_help_text() ->
    <<"** shell internal commands **\n"
      "b()        -- display all variable bindings\n"
      "e(N)       -- repeat the expression in query <N>\n"
      "f()        -- forget all variable bindings\n"
      "f(X)       -- forget the binding of variable X\n"
      "h()        -- history\n"
      "h(Mod)     -- help about module\n"
      "h(Mod,Func)-- help about function in module\n"
      "h(Mod,Func,Arity) -- help about function with arity in module\n"
      "ht(Mod)    -- help about a module's types\n"
      "ht(Mod,Type) -- help about type in module\n"
      "ht(Mod,Type,Arity) -- help about type with arity in module\n"
      "hcb(Mod)    -- help about a module's callbacks\n"
      "hcb(Mod,CB) -- help about callback in module\n"
      "hcb(Mod,CB,Arity) -- help about callback with arity in module\n"
      "history(N) -- set how many previous commands to keep\n"
      "results(N) -- set how many previous command results to keep\n"
      "catch_exception(B) -- how exceptions are handled\n"
      "v(N)       -- use the value of query <N>\n"
      "rd(R,D)    -- define a record\n"
      "rf()       -- remove all record information\n"
      "rf(R)      -- remove record information about R\n"
      "rl()       -- display all record information\n"
      "rl(R)      -- display record information about R\n"
      "rp(Term)   -- display Term using the shell's record information\n"
      "rr(File)   -- read record information from File (wildcards allowed)\n"
      "rr(F,R)    -- read selected record information from file(s)\n"
      "rr(F,R,O)  -- read selected record information with options\n"
      "** commands in module c **\n">>.

c(File) -> c:c(File).
c(File, Opts) -> c:c(File, Opts).
l(Mod) -> c:l(Mod).
lm() -> c:lm().
mm() -> c:mm().
flush() -> c:flush().
i() -> c:i().
i(X, Y, Z) -> c:i(X, Y, Z).
ni() -> c:ni().
m() -> c:m().
m(Mod) -> c:m(Mod).
regs() -> c:regs().
nregs() -> c:nregs().
pid(X, Y, Z) -> c:pid(X, Y, Z).
q() -> c:q().
pwd() -> c:pwd().
cd(Dir) -> c:cd(Dir).
ls() -> c:ls().
ls(Dir) -> c:ls(Dir).
memory() -> c:memory().
memory(T) -> c:memory(T).
