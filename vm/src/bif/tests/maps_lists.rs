//! `maps` and `lists` natives, with OTP's error reasons.

use super::check;

#[test]
fn maps() {
    check(&[
        ("maps:get", "[a,#{a => 1}]", "1"),
        ("maps:get", "[zz,#{}]", "error:{badkey,zz}"),
        ("maps:get", "[zz,notmap]", "error:{badmap,notmap}"),
        ("maps:get", "[k,x,d]", "error:{badmap,x}"),
        ("maps:find", "[b,#{a => 1}]", "error"),
        ("maps:put", "[b,2,#{a => 1}]", "#{a => 1,b => 2}"),
        ("maps:update", "[k,1,#{}]", "error:{badkey,k}"),
        ("maps:take", "[a,#{a => 1,b => 2}]", "{1,#{b => 2}}"),
        ("maps:remove", "[a,x]", "error:{badmap,x}"),
        ("maps:keys", "[#{b => 1,1 => 2,1.0 => 3,\"s\" => 4}]", "[1,1.0,b,[115]]"),
        ("maps:from_list", "[[{b,2},{a,1},{a,3}]]", "#{a => 3,b => 2}"),
        ("maps:from_list", "[[a]]", "error:badarg"),
        ("maps:from_keys", "[[x,y],0]", "#{x => 0,y => 0}"),
        ("maps:merge", "[a,b]", "error:{badmap,a}"),
        ("maps:merge", "[#{},b]", "error:{badmap,b}"),
        ("maps:merge", "[#{a => 1,c => 3},#{a => 2,b => 2}]", "#{a => 2,b => 2,c => 3}"),
        ("maps:with", "[[a,c],#{a => 1,b => 2,c => 3}]", "#{a => 1,c => 3}"),
        ("maps:with", "[a,#{}]", "error:badarg"),
        ("maps:with", "[a,b]", "error:{badmap,b}"),
        ("maps:without", "[[a],#{a => 1,b => 2}]", "#{b => 2}"),
        ("maps:to_list", "[#{b => 1,a => 2}]", "[{a,2},{b,1}]"),
        ("maps:size", "[#{a => 1}]", "1"),
        ("erlang:map_size", "[x]", "error:{badmap,x}"),
        ("erlang:map_get", "[a,#{}]", "error:{badkey,a}"),
        ("erlang:is_map_key", "[a,b]", "error:{badmap,b}"),
    ]);
}

#[test]
fn lists() {
    check(&[
        // reverse/1 is Erlang code now (stdlib/lists.erl, OTP's clauses).
        ("lists:reverse", "[[1,2],a]", "[2,1|a]"),
        ("lists:reverse", "[a,[]]", "error:badarg"),
        ("lists:member", "[a,[a|b]]", "true"),
        ("lists:member", "[a,[b|b]]", "error:badarg"),
        ("lists:member", "[1,[1.0]]", "false"),
        ("lists:keyfind", "[a,1,[{a}|b]]", "{a}"),
        ("lists:keyfind", "[a,0,[]]", "error:badarg"),
        ("lists:keyfind", "[1,1,[{1.0}]]", "{1.0}"),
        ("lists:keymember", "[a,1,[x,{a}]]", "true"),
        ("lists:keysearch", "[a,2,[{b,a}]]", "{value,{b,a}}"),
        ("lists:keysearch", "[x,1,[]]", "false"),
    ]);
}
