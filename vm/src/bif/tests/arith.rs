//! Operators: arithmetic, bitwise, comparison and boolean, as OTP 25.

use super::check;

#[test]
fn arithmetic() {
    check(&[
        ("erlang:+", "[1,2]", "3"),
        ("erlang:+", "[1152921504606846975,1]", "1152921504606846976"),
        ("erlang:*", "[576460752303423488,576460752303423488]", "332306998946228968225951765070086144"),
        ("erlang:+", "[1.5,2]", "3.5"),
        ("erlang:+", "[a,1]", "error:badarith"),
        ("erlang:-", "[1,a]", "error:badarith"),
        ("erlang:/", "[1,3]", "0.3333333333333333"),
        ("erlang:/", "[1,0.0]", "error:badarith"),
        ("erlang:/", "[4,2]", "2.0"),
        ("erlang:div", "[7,0]", "error:badarith"),
        ("erlang:div", "[-7,2]", "-3"),
        ("erlang:div", "[7.0,2]", "error:badarith"),
        ("erlang:rem", "[7,-2]", "1"),
        ("erlang:rem", "[-7,2]", "-1"),
        ("erlang:div", "[12345678901234567890,-3]", "-4115226300411522630"),
        ("erlang:rem", "[12345678901234567890,-7]", "1"),
        ("erlang:*", "[1.0e308,10.0]", "error:badarith"),
        ("erlang:-", "[1]", "-1"),
        ("erlang:-", "[a]", "error:badarith"),
        ("erlang:+", "[a]", "error:badarith"),
        ("erlang:+", "[2.5]", "2.5"),
        ("erlang:-", "[-1152921504606846976]", "1152921504606846976"),
        ("erlang:-", "[100000000000000000000,100000000000000000000]", "0"),
    ]);
}

#[test]
fn bitwise() {
    check(&[
        ("erlang:bsl", "[1,64]", "18446744073709551616"),
        ("erlang:bsl", "[5,-1]", "2"),
        ("erlang:bsr", "[-5,1]", "-3"),
        ("erlang:bsr", "[-1,18446744073709551616]", "-1"),
        ("erlang:bsl", "[0,18446744073709551616]", "0"),
        ("erlang:bsl", "[1,18446744073709551616]", "error:system_limit"),
        ("erlang:bsl", "[1,100000000]", "error:system_limit"),
        ("erlang:bsl", "[1,1.0]", "error:badarith"),
        ("erlang:bnot", "[5]", "-6"),
        ("erlang:bnot", "[1.0]", "error:badarith"),
        ("erlang:band", "[18446744073709551616,-1]", "18446744073709551616"),
        ("erlang:bor", "[-18446744073709551616,255]", "-18446744073709551361"),
        ("erlang:bxor", "[-18446744073709551616,-1]", "18446744073709551615"),
    ]);
}

#[test]
fn comparisons_and_booleans() {
    check(&[
        ("erlang:==", "[1,1.0]", "true"),
        ("erlang:=:=", "[1,1.0]", "false"),
        ("erlang:/=", "[1,1.0]", "false"),
        ("erlang:=/=", "[1,1.0]", "true"),
        ("erlang:<", "[1,a]", "true"),
        ("erlang:>=", "[[],{}]", "true"),
        ("erlang:=<", "[{a},{a}]", "true"),
        ("erlang:>", "[<<1>>,[1]]", "true"),
        ("erlang:and", "[true,1]", "error:badarg"),
        ("erlang:or", "[false,true]", "true"),
        ("erlang:xor", "[true,true]", "false"),
        ("erlang:not", "[false]", "true"),
        ("erlang:not", "[x]", "error:badarg"),
    ]);
}
