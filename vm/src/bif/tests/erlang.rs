//! `erlang` module BIFs: types, tuples, conversions, dictionary, errors.

use super::check;

#[test]
fn numbers_and_types() {
    check(&[
        ("erlang:abs", "[-3.5]", "3.5"),
        ("erlang:abs", "[a]", "error:badarg"),
        ("erlang:round", "[-2.5]", "-3"),
        ("erlang:round", "[2.5]", "3"),
        ("erlang:trunc", "[1.0e30]", "1000000000000000019884624838656"),
        ("erlang:ceil", "[-2.5]", "-2"),
        ("erlang:floor", "[-2.5]", "-3"),
        ("erlang:float", "[1208925819614629174706176]", "1.2089258196146292e24"),
        ("erlang:float", "[a]", "error:badarg"),
        ("erlang:min", "[1,1.0]", "1"),
        ("erlang:max", "[1.0,1]", "1.0"),
        ("erlang:max", "[1,a]", "a"),
        ("erlang:is_record", "[{r,1},r,2]", "true"),
        ("erlang:is_record", "[{r,1},1]", "error:badarg"),
        ("erlang:is_bitstring", "[<<1>>]", "true"),
        ("erlang:is_boolean", "[1]", "false"),
        ("erlang:length", "[[a|b]]", "error:badarg"),
        ("erlang:hd", "[[]]", "error:badarg"),
        ("erlang:tl", "[[x,y]]", "[y]"),
        ("erlang:size", "[{a,b}]", "2"),
        ("erlang:binary_part", "[<<97,98,99>>,3,-2]", "<<98,99>>"),
        ("erlang:binary_part", "[<<97,98,99>>,{1,3}]", "error:badarg"),
        ("erlang:split_binary", "[<<1,2,3>>,1]", "{<<1>>,<<2,3>>}"),
        ("erlang:split_binary", "[<<1,2>>,3]", "error:badarg"),
    ]);
}

#[test]
fn tuples() {
    check(&[
        ("erlang:element", "[2,{a,b,c}]", "b"),
        ("erlang:element", "[4,{a,b,c}]", "error:badarg"),
        ("erlang:element", "[1180591620717411303424,{a}]", "error:badarg"),
        ("erlang:setelement", "[1,{a,b},x]", "{x,b}"),
        ("erlang:make_tuple", "[3,x,[{1,a},{3,b},{1,c}]]", "{c,x,b}"),
        ("erlang:make_tuple", "[3,x,[{4,a}]]", "error:badarg"),
        ("erlang:make_tuple", "[-1,a]", "error:badarg"),
        ("erlang:insert_element", "[4,{1,2,3},x]", "{1,2,3,x}"),
        ("erlang:insert_element", "[5,{1,2,3},x]", "error:badarg"),
        ("erlang:delete_element", "[1,{}]", "error:badarg"),
        ("erlang:append_element", "[{},1]", "{1}"),
        ("erlang:list_to_tuple", "[[a|b]]", "error:badarg"),
        ("erlang:tuple_to_list", "[{1,2}]", "[1,2]"),
    ]);
}

#[test]
fn conversions() {
    check(&[
        ("erlang:integer_to_list", "[255,16]", "[70,70]"),
        ("erlang:integer_to_list", "[-255,36]", "[45,55,51]"),
        ("erlang:integer_to_list", "[1,1]", "error:badarg"),
        ("erlang:integer_to_binary", "[10,2]", "<<49,48,49,48>>"),
        ("erlang:list_to_integer", "[\"+12\"]", "12"),
        ("erlang:list_to_integer", "[\"-0\"]", "0"),
        ("erlang:list_to_integer", "[\" 1\"]", "error:badarg"),
        ("erlang:list_to_integer", "[\"-\"]", "error:badarg"),
        ("erlang:list_to_integer", "[\"ff\",16]", "255"),
        ("erlang:list_to_integer", "[\"1\",37]", "error:badarg"),
        ("erlang:list_to_integer", "[\"123456789012345678901234567890\"]", "123456789012345678901234567890"),
        ("erlang:binary_to_integer", "[<<49,95,48>>]", "error:badarg"),
        ("erlang:atom_to_list", "['a b']", "[97,32,98]"),
        ("erlang:list_to_atom", "[[256]]", "'\u{100}'"),
        ("erlang:list_to_atom", "[[a]]", "error:badarg"),
        ("erlang:atom_to_binary", "['\u{101}',latin1]", "error:badarg"),
        ("erlang:atom_to_binary", "['\u{101}']", "<<196,129>>"),
        ("erlang:binary_to_atom", "[<<228>>,utf8]", "error:badarg"),
        ("erlang:binary_to_atom", "[<<120>>,bad]", "error:badarg"),
        ("erlang:binary_to_existing_atom", "[<<122,122,113,113,120,120>>]", "error:badarg"),
        ("erlang:list_to_binary", "[[1,[2,<<3>>]|<<4>>]]", "<<1,2,3,4>>"),
        ("erlang:list_to_binary", "[[256]]", "error:badarg"),
        ("erlang:list_to_binary", "[<<1>>]", "error:badarg"),
        ("erlang:iolist_to_binary", "[<<1>>]", "<<1>>"),
        ("erlang:iolist_size", "[[1,<<2,3>>|<<4>>]]", "4"),
        ("erlang:iolist_size", "[[a]]", "error:badarg"),
        ("erlang:binary_to_list", "[<<1,2,3>>,2,3]", "[2,3]"),
        ("erlang:binary_to_list", "[<<1,2,3>>,3,2]", "error:badarg"),
    ]);
}

#[test]
fn dictionary_and_errors() {
    check(&[
        ("erlang:put", "[k,1]", "undefined"),
        ("erlang:put", "[k,2]", "1"),
        ("erlang:put", "[j,3]", "undefined"),
        ("erlang:get", "[k]", "2"),
        ("erlang:get_keys", "[3]", "[j]"),
        ("erlang:get", "[]", "[{j,3},{k,2}]"),
        ("erlang:erase", "[k]", "2"),
        ("erlang:erase", "[]", "[{j,3}]"),
        ("erlang:get", "[zz]", "undefined"),
        ("erlang:error", "[foo]", "error:foo"),
        ("erlang:error", "[foo,[1]]", "error:foo"),
        ("erlang:exit", "[bar]", "exit:bar"),
        ("erlang:throw", "[baz]", "throw:baz"),
        ("erlang:raise", "[foo,a,[]]", "badarg"),
        ("erlang:raise", "[throw,a,bad]", "badarg"),
        ("erlang:raise", "[throw,a,[{m,f,1,[]}]]", "throw:a"),
        ("erlang:crc32", "[\"hello\"]", "907060870"),
        ("erlang:adler32", "[<<104,101,108,108,111>>]", "103547413"),
        ("erlang:node", "[]", "nonode@nohost"),
    ]);
}
