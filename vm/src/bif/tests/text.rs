//! Float text, math, `binary`, `unicode` and the external term format.

use super::check;

#[test]
fn float_text() {
    // float_to_binary(Args) and the text OTP 25 gives.
    let cases: &[(&str, &str)] = &[
        ("[1.0]", "1.00000000000000000000e+00"),
        ("[0.1]", "1.00000000000000005551e-01"),
        ("[1.0e23,[short]]", "1.0e23"),
        ("[123456789.0,[short]]", "123456789.0"),
        ("[12345678901234567.0,[short]]", "1.2345678901234568e16"),
        ("[1.2345e-4,[short]]", "1.2345e-4"),
        ("[0.0001,[short]]", "0.0001"),
        ("[100.0,[short]]", "100.0"),
        ("[12500.0,[short]]", "1.25e4"),
        ("[-0.0,[short]]", "-0.0"),
        ("[2.5,[{decimals,0}]]", "3"),
        ("[0.125,[{decimals,2}]]", "0.13"),
        ("[1.05,[{decimals,1}]]", "1.1"),
        ("[-0.001,[{decimals,1}]]", "-0.0"),
        ("[0.1,[{decimals,3},compact]]", "0.1"),
        ("[1.0e20,[{decimals,0},compact]]", "1"),
        ("[1.0,[{decimals,2},short]]", "1.0"),
        ("[1.5,[{scientific,3}]]", "1.500e+00"),
        ("[2.5,[{scientific,0}]]", "2e+00"),
    ];
    let mut p = super::process();
    for (args, want) in cases {
        let got = super::call(&mut p, "erlang:float_to_binary", args);
        let bytes: Vec<String> = want.bytes().map(|b| b.to_string()).collect();
        assert_eq!(got, format!("<<{}>>", bytes.join(",")), "float_to_binary{args}");
    }
    check(&[
        ("erlang:float_to_list", "[1.0e300,[{decimals,3}]]", "error:badarg"),
        ("erlang:float_to_list", "[1.0,[{decimals,254}]]", "error:badarg"),
        ("erlang:float_to_list", "[1.0,[{scientific,250}]]", "error:badarg"),
        ("erlang:float_to_list", "[1,[]]", "error:badarg"),
        ("erlang:float_to_list", "[1.0,[{decimals,2}|compact]]", "error:badarg"),
        ("erlang:list_to_float", "[\"1.5\"]", "1.5"),
        ("erlang:list_to_float", "[\"1.5E3\"]", "1.5e3"),
        ("erlang:list_to_float", "[\"1\"]", "error:badarg"),
        ("erlang:list_to_float", "[\"1.e5\"]", "error:badarg"),
        ("erlang:list_to_float", "[\"1e5\"]", "error:badarg"),
        ("erlang:list_to_float", "[\"1.0e400\"]", "error:badarg"),
        ("erlang:list_to_float", "[\"+1.5\"]", "1.5"),
        ("erlang:binary_to_float", "[<<49>>]", "error:badarg"),
    ]);
}

#[test]
fn math() {
    check(&[
        ("math:sqrt", "[16]", "4.0"),
        ("math:sqrt", "[-1]", "error:badarith"),
        ("math:sqrt", "[a]", "error:badarg"),
        ("math:log", "[0]", "error:badarith"),
        ("math:pow", "[0,-1]", "error:badarith"),
        ("math:exp", "[1000]", "error:badarith"),
        ("math:ceil", "[1.5]", "2.0"),
        ("math:floor", "[-1]", "-1.0"),
        ("math:fmod", "[1,0]", "error:badarith"),
        ("math:fmod", "[5.5,2]", "1.5"),
        ("math:erf", "[0.5]", "0.5204998778130465"),
        ("math:atan2", "[0,0]", "0.0"),
        ("math:log2", "[8]", "3.0"),
    ]);
}

#[test]
fn binary_module() {
    check(&[
        ("binary:split", "[<<97,44,98>>,<<44>>]", "[<<97>>,<<98>>]"),
        ("binary:split", "[<<97,44,44,98,44>>,<<44>>,[global,trim]]", "[<<97>>,<<>>,<<98>>]"),
        ("binary:split", "[<<97,44,44,98,44>>,[<<44>>],[global,trim_all]]", "[<<97>>,<<98>>]"),
        ("binary:split", "[<<97>>,<<>>]", "error:badarg"),
        ("binary:match", "[<<1,2,3>>,<<2,3>>]", "{1,2}"),
        ("binary:match", "[<<1,2,3>>,<<9>>]", "nomatch"),
        ("binary:matches", "[<<1,2,1,2>>,[<<1>>,<<1,2>>]]", "[{0,2},{2,2}]"),
        ("binary:replace", "[<<1,0,2,0,3>>,<<0>>,<<9,9>>]", "<<1,9,9,2,0,3>>"),
        ("binary:replace", "[<<1,0,2>>,<<0>>,<<8,9>>,[global,{insert_replaced,1}]]", "<<1,8,0,9,2>>"),
        ("binary:at", "[<<1,2>>,2]", "error:badarg"),
        ("binary:first", "[<<>>]", "error:badarg"),
        ("binary:copy", "[<<1,2>>,2]", "<<1,2,1,2>>"),
        ("binary:decode_unsigned", "[<<1,0>>]", "256"),
        ("binary:encode_unsigned", "[256,little]", "<<0,1>>"),
        ("binary:encode_unsigned", "[-1]", "error:badarg"),
        ("binary:longest_common_prefix", "[[<<1,2,3>>,<<1,2,4>>]]", "2"),
        ("binary:longest_common_suffix", "[[<<1,2,3>>,<<0,3>>]]", "1"),
    ]);
}

#[test]
fn unicode_module() {
    check(&[
        ("unicode:characters_to_list", "[<<104,195,169>>]", "[104,233]"),
        ("unicode:characters_to_binary", "[[104,233]]", "<<104,195,169>>"),
        ("unicode:characters_to_binary", "[[<<97>>,\"b\",[99]]]", "<<97,98,99>>"),
        ("unicode:characters_to_list", "[<<97,200>>]", "{incomplete,[97],<<200>>}"),
        ("unicode:characters_to_list", "[<<97,255,98>>]", "{error,[97],<<255,98>>}"),
        ("unicode:characters_to_binary", "[[97,-1]]", "{error,<<97>>,[-1]}"),
        ("unicode:characters_to_binary", "[[97,300],unicode,latin1]", "{error,<<97>>,[300]}"),
        ("unicode:characters_to_list", "[<<233>>,latin1]", "[233]"),
        ("unicode:characters_to_list", "[a]", "error:badarg"),
        ("unicode:characters_to_binary", "[[104,8364],unicode,utf16]", "<<0,104,32,172>>"),
        ("unicode:characters_to_list", "[<<61,216,0,222>>,{utf16,little}]", "[128512]"),
        ("unicode:bom_to_encoding", "[<<239,187,191,120>>]", "{utf8,3}"),
    ]);
}

#[test]
fn external_format() {
    check(&[
        ("erlang:term_to_binary", "[a]", "<<131,100,0,1,97>>"),
        ("erlang:term_to_binary", "[300]", "<<131,98,0,0,1,44>>"),
        ("erlang:term_to_binary", "[1099511627776]", "<<131,110,6,0,0,0,0,0,0,1>>"),
        ("erlang:term_to_binary", "[1.5]", "<<131,70,63,248,0,0,0,0,0,0>>"),
        ("erlang:term_to_binary", "[\"abc\"]", "<<131,107,0,3,97,98,99>>"),
        ("erlang:term_to_binary", "[[a|b]]", "<<131,108,0,0,0,1,100,0,1,97,100,0,1,98>>"),
        ("erlang:term_to_binary", "[#{a => 1}]", "<<131,116,0,0,0,1,100,0,1,97,97,1>>"),
        ("erlang:term_to_binary", "['\u{12c}']", "<<131,119,2,196,172>>"),
        ("erlang:binary_to_term", "[<<131,104,2,100,0,1,97,107,0,2,1,2>>]", "{a,[1,2]}"),
        ("erlang:binary_to_term", "[<<131,110,9,1,0,0,0,0,0,0,0,0,64>>]", "-1180591620717411303424"),
        ("erlang:binary_to_term", "[<<131,97>>]", "error:badarg"),
        // OTP 25 ignores bytes after the term.
        ("erlang:binary_to_term", "[<<131,97,1,0>>]", "1"),
        ("erlang:binary_to_term", "[<<131,108,255,255,255,255,106>>]", "error:badarg"),
    ]);
}
