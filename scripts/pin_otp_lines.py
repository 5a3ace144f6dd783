"""Pins the lines of ferl's stdlib that show up in stack traces to the line
numbers OTP 25's own sources have there, so that crash reports and
exceptions print exactly as OTP prints them.

Each pin is a source line (matched whole) and OTP's number for it, found by
running a probe under OTP 25 (see the table below). The script puts a
`-file(Name, N).` attribute before the function holding the line (epp then
numbers the following lines from N) and, when one function holds several
pinned lines, pads with blank lines between them. It removes earlier pins
first, so run it again after editing a pinned module:

    python3 scripts/pin_otp_lines.py
"""
import re, sys

def pin(path, otp_file, groups):
    lines = open(path).read().split('\n')
    # Drop earlier pins so the script can run again.
    lines = [l for l in lines if not l.startswith('-file("%s", ' % otp_file)]
    for group in groups:
        # group: list of (unique substring, otp line), in source order, all in one function
        idx = []
        for sub, otp in group:
            hits = [i for i, l in enumerate(lines) if l == sub]
            assert len(hits) == 1, (sub, hits)
            idx.append(hits[0])
        # pad inside the function
        for k in range(1, len(group)):
            need = group[k][1] - group[k-1][1]
            have = idx[k] - idx[k-1]
            assert have <= need, ("too far apart", group[k], have, need)
            for _ in range(need - have):
                lines.insert(idx[k], '')
            for j in range(k, len(idx)):
                idx[j] += need - have
        # function start: the first clause of the function holding the key line
        i = idx[0]
        while not re.match(r'^[a-z][a-zA-Z0-9_]*\(', lines[i]):
            i -= 1
        name = re.match(r'^([a-z][a-zA-Z0-9_]*)\(', lines[i]).group(1)
        start = i
        j = i - 1
        while j >= 0 and not lines[j].rstrip().endswith('.') and (lines[j].startswith(' ') or lines[j] == '' or lines[j].startswith(name + '(')):
            if lines[j].startswith(name + '('):
                start = j
            j -= 1
        first = idx[0]
        lines.insert(start, '-file("%s", %d).' % (otp_file, group[0][1] - (first + 1 - start)))
    open(path, 'w').write('\n'.join(lines))

import os

STDLIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'stdlib')

PINS = {
    'gen_server.erl': [
        [("    case catch gen:call(Server, '$gen_call', Request) of", 366)],
        [("    case catch gen:call(Server, '$gen_call', Request, Timeout) of", 381)],
        [("    catch error:badarg -> error(badarg, [ReqId, Label, Collection]) % not a request id", 547)],
        [("    case init_it(Mod, Args) of", 814)],
        [("        {ok, Mod:init(Args)}", 851)],
        [("    Reply = try_dispatch(Mod, handle_continue, Continue, State),", 865)],
        [("            terminate(Reason, ?STACKTRACE(), Name, undefined, Msg, Mod, State, Debug);", 909)],
        [("        {ok, Mod:Func(Msg, State)}", 1123)],
        [("        {ok, Mod:handle_call(Msg, From, State)}", 1149)],
        [("                {ok, Mod:terminate(Reason, State)}", 1161)],
        [("    Result = try_handle_call(Mod, Msg, From, State),", 1178),
         ("                terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, [])", 1193),
         ("    Reply = try_dispatch(Msg, Mod, State),", 1200)],
        [("            terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, []);", 1241),
         ("            terminate({bad_return_value, BadReply}, ?STACKTRACE(), Name, From, Msg, Mod, State, [])", 1245)],
        [("    terminate(Reason, ?STACKTRACE(), Name, undefined, [], Mod, State, Debug).", 1285)],
        [("    case try_terminate(Mod, terminate_reason(Class, Reason, Stacktrace), State) of", 1351)],
    ],
    'gen.erl': [
        # ferl places a process waiting in a receive on the line of the
        # last instruction before it, the send.
        [("    exit(calling_self); % calling oneself", 226),
         ("    Pid ! {Label, {self(), Tag}, Request},", 256),
         ("            exit(Reason) % the server died", 266)],
        [("        undefined -> exit(noproc) % no such name", 565)],
    ],
    'proc_lib.erl': [
        [("        Fun()", 225)],
        [("        apply(M, F, A)", 240)],
        [("        apply(M, F, A) % after hibernation", 250)],
        [("    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start/5", 304)],
        [("    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start_link/5", 348)],
        [("    ?NO_MONITOR_OPTION(M, F, A, Timeout, SpawnOpts), % start_monitor/5", 395)],
    ],
    'application_master.erl': [
        # The frame of a start/2 that raised, in the error start/1,2 return.
        [("    case catch Mod:start(Type, Args) of", 293)],
    ],
    'gen_statem.erl': [
        # The caller's frame of a call, and of the proxy of a clean_timeout call.
        [("    try gen:call(ServerRef, '$gen_call', Request, T) of", 900)],
        [("                          Caller ! try gen:call(ServerRef, '$gen_call', Request, T) of", 934)],
    ],
    'sys.erl': [
        [("    case send_system_msg(Name, get_state) of", 139)],
        [("    case send_system_msg(Name, {replace_state, Fun}) of", 159)],
        [("    {Next, Reply, NDebug, NMisc} = do_cmd(SysState, Msg, Parent, Mod, Debug, Misc),", 388)],
        [("    {Reply, NMisc} = do_change_code(Mod, Module, Vsn, Extra, Misc),", 498)],
        [("    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of", 606)],
        [("        {'EXIT', Reason} -> exit({Reason, called(Name, Request)})", 338)],
        [("        {'EXIT', Reason} -> exit({Reason, called(Name, Request, Timeout)})", 344)],
    ],
}

if __name__ == '__main__':
    for name, groups in PINS.items():
        pin(os.path.join(STDLIB, name), name, groups)
