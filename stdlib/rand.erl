%% rand: OTP 25's pseudo random number module. The same seed gives the same
%% numbers as OTP: the generators (exsss, the default; exsp, exsplus, exrop,
%% exs1024s, exs1024, exro928ss, exs64, dummy), their seeding through
%% SplitMix64, their jump polynomials, and the ways a word becomes a float,
%% a range or bytes follow the published algorithms OTP uses.
%%
%% A state is `{Handler, AlgState}`; Handler is a map with OTP's keys
%% (type, bits or max, weak_low_bits, next, uniform, uniform_n, jump), so
%% code that matches `{#{type := T}, _}` keeps working. The process
%% dictionary key of the implicit state is `rand_seed`, as in OTP.
%%
%% The functions whose errors reach the caller (seeding, the range and
%% byte functions, jump, mwc59) carry OTP's names and, through `-file`,
%% OTP 25's line numbers, so stack traces read the same.
%%
%% Not supported: the debug exports (make_float/3, float2str/1, bc64/1,
%% format_jumpconst58/1).
-module(rand).

-export([seed_s/1, seed_s/2, seed/1, seed/2, export_seed/0, export_seed_s/1,
         uniform/0, uniform/1, uniform_s/1, uniform_s/2,
         uniform_real/0, uniform_real_s/1, bytes/1, bytes_s/2,
         jump/0, jump/1, normal/0, normal/2, normal_s/1, normal_s/3]).
-export([exsp_next/1, exsp_jump/1, splitmix64_next/1,
         mwc59/1, mwc59_value32/1, mwc59_value/1, mwc59_float/1,
         mwc59_seed/0, mwc59_seed/1]).
-export([exro928_jump_2pow512/1, exro928_jump_2pow20/1, exro928_seed/1,
         exro928_next/1, exro928_next_state/1, seed58/2]).

-define(DICT_KEY, rand_seed).
-define(M(Bits), ((1 bsl (Bits)) - 1)).
-define(M58, 16#3ffffffffffffff).
-define(M64, 16#ffffffffffffffff).
%% 2^-53: a 53-bit integer times this is a float in [0, 1).
-define(F53, 1.11022302462515657e-16).

%% ---------------------------------------------------------------------
%% The implicit state

export_seed() ->
    case get(?DICT_KEY) of
        {#{type := Alg}, AlgState} -> {Alg, AlgState};
        _ -> undefined
    end.

export_seed_s({#{type := Alg}, AlgState}) -> {Alg, AlgState}.

-file("rand.erl", 263).
seed(Alg) ->
    remember(seed_s(Alg)).

-file("rand.erl", 289).
seed(Alg, Seed) ->
    remember(seed_s(Alg, Seed)).

remember(State) ->
    put(?DICT_KEY, State),
    State.

current() ->
    case get(?DICT_KEY) of
        undefined -> seed(exsss);
        State -> State
    end.

%% ---------------------------------------------------------------------
%% Seeding

-file("rand.erl", 271).
seed_s({Handler, _} = State) when is_map(Handler) ->
    State;
seed_s({Alg, AlgState}) when is_atom(Alg) ->
    {Handler, _} = mk_alg(Alg),
    {Handler, AlgState};
seed_s(Alg) ->
    seed_s(Alg, default_seed()).

-file("rand.erl", 294).
seed_s(default, Seed) -> seed_s(exsss, Seed);
seed_s(Alg, Seed) ->
    {Handler, Seeder} = mk_alg(Alg),
    {Handler, Seeder(Seed)}.

default_seed() ->
    {erlang:phash2([{node(), self()}]), erlang:system_time(),
     erlang:unique_integer()}.

%% The handler of each algorithm and the function that turns a seed
%% (a list of words, an integer or the classic triple) into its state.
-file("rand.erl", 705).
mk_alg(exsss) ->
    {#{type => exsss, bits => 58, next => fun exsss_next/1,
       uniform => fun exsss_uniform/1, uniform_n => fun exsss_uniform/2,
       jump => fun exsplus_jump/1},
     fun exsss_seed/1};
mk_alg(exsp) ->
    {#{type => exsp, bits => 58, weak_low_bits => 1, next => fun exsp_next/1,
       uniform => fun exsp_uniform/1, uniform_n => fun exsp_uniform/2,
       jump => fun exsplus_jump/1},
     fun exsplus_seed/1};
mk_alg(exsplus) ->
    {#{type => exsplus, max => ?M58, next => fun exsp_next/1,
       jump => fun exsplus_jump/1},
     fun exsplus_seed/1};
mk_alg(exrop) ->
    {#{type => exrop, bits => 58, weak_low_bits => 1, next => fun exrop_next/1,
       uniform => fun exrop_uniform/1, uniform_n => fun exrop_uniform/2,
       jump => fun exrop_jump/1},
     fun exrop_seed/1};
mk_alg(exs1024s) ->
    {#{type => exs1024s, bits => 64, weak_low_bits => 3,
       next => fun exs1024_next/1, jump => fun exs1024_jump/1},
     fun exs1024_seed/1};
mk_alg(exs1024) ->
    {#{type => exs1024, max => ?M64, next => fun exs1024_next/1,
       jump => fun exs1024_jump/1},
     fun exs1024_seed/1};
mk_alg(exro928ss) ->
    {#{type => exro928ss, bits => 58, next => fun exro928ss_next/1,
       uniform => fun exro928ss_uniform/1,
       uniform_n => fun exro928ss_uniform/2, jump => fun exro928_jump/1},
     fun exro928_seed/1};
mk_alg(exs64) ->
    {#{type => exs64, max => ?M64, next => fun exs64_next/1},
     fun exs64_seed/1};
mk_alg(dummy) ->
    {#{type => dummy, bits => 58, next => fun dummy_next/1,
       uniform => fun dummy_uniform/1, uniform_n => fun dummy_uniform/2},
     fun dummy_seed/1}.

%% N words of Bits bits from the user's list (called with NonZero false),
%% padded with zeros; not all may be zero.
-file("rand.erl", 1574).
seed_nz(_, [], _, false) ->
    erlang:error(zero_seed);
seed_nz(0, [_ | _], _, _) ->
    erlang:error(too_many_seed_integers);
seed_nz(0, [], _, _) ->
    [];
seed_nz(N, [], Bits, true) ->
    [0 | seed_nz(N - 1, [], Bits, true)];
seed_nz(N, [W | Ws], Bits, NonZero) ->
    if
        is_integer(W) ->
            V = W band ?M(Bits),
            [V | seed_nz(N - 1, Ws, Bits, NonZero orelse V =/= 0)];
        true ->
            erlang:error(non_integer_seed)
    end.

%% N nonzero 58-bit words from SplitMix64 started at X.
seed58(0, _) -> [];
seed58(N, X) ->
    {Z, X1} = seed58(X),
    [Z | seed58(N - 1, X1)].

seed58(X0) ->
    {Z, X} = splitmix64_next(X0),
    case Z band ?M58 of
        0 -> seed58(X);
        Z58 -> {Z58, X}
    end.

seed64(0, _) -> [];
seed64(N, X) ->
    {Z, X1} = seed64(X),
    [Z | seed64(N - 1, X1)].

seed64(X0) ->
    case splitmix64_next(X0) of
        {0, X} -> seed64(X);
        ZX -> ZX
    end.

splitmix64_next(X0) ->
    X = (X0 + 16#9e3779b97f4a7c15) band ?M64,
    Z0 = ((X bxor (X bsr 30)) * 16#bf58476d1ce4e5b9) band ?M64,
    Z1 = ((Z0 bxor (Z0 bsr 27)) * 16#94d049bb133111eb) band ?M64,
    {(Z1 bxor (Z1 bsr 31)) band ?M64, X}.

%% ---------------------------------------------------------------------
%% Floats, ranges and bytes from any generator

uniform() ->
    {X, State} = uniform_s(current()),
    remember(State),
    X.

-file("rand.erl", 317).
uniform(N) ->
    {X, State} = uniform_s(N, current()),
    remember(State),
    X.

uniform_s({#{uniform := Uniform}, _} = State) -> Uniform(State);
uniform_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    {(V bsr (Bits - 53)) * ?F53, {H, R1}};
uniform_s({#{max := Max, next := Next} = H, R0}) ->
    %% The old generators: V over the whole word, not evenly spaced.
    {V, R1} = Next(R0),
    {V / (Max + 1), {H, R1}}.

-file("rand.erl", 345).
uniform_s(N, {#{uniform_n := UniformN}, _} = State)
  when is_integer(N), 1 =< N ->
    UniformN(N, State);
uniform_s(N, {#{bits := Bits, next := Next} = H, R0})
  when is_integer(N), 1 =< N ->
    {V, R1} = Next(R0),
    in_range(N, Bits, V, H, R1, fun uniform_s/2);
uniform_s(N, {#{max := Max, next := Next} = H, R0})
  when is_integer(N), 1 =< N ->
    %% The old generators: skewed, and with gaps above Max.
    {V, R1} = Next(R0),
    if
        N =< Max -> {V rem N + 1, {H, R1}};
        true -> {trunc(V / (Max + 1) * N) + 1, {H, R1}}
    end.

%% V, a word of Bits bits, made into 1..N: used when it falls below the
%% largest multiple of N that fits the word, else a fresh draw (Retry).
in_range(N, Bits, V, H, R, Retry) ->
    Spare = (1 bsl Bits) - N,
    if
        Spare < 0 -> wide_range(N, H, R, V);
        V < N -> {V + 1, {H, R}};
        true ->
            I = V rem N,
            case V - I =< Spare of
                true -> {I + 1, {H, R}};
                false -> Retry(N, {H, R})
            end
    end.

%% A range wider than the generator's word: words are joined (dropping
%% their weak low bits) until there are enough bits, two more than the
%% range's unless the range is a power of two.
wide_range(N, #{next := Next, bits := Bits} = H, R, V) ->
    Weak = maps:get(weak_low_bits, H, 0),
    Keep = bnot ?M(Weak),
    Shift = Bits - Weak,
    case N band (N - 1) of
        0 ->
            {V1, R1, _} = join_words(N bsr Bits, Next, R, V, Keep, Shift, Bits),
            {(V1 band (N - 1)) + 1, {H, R1}};
        _ ->
            {V1, R1, B} = join_words(N bsr (Bits - 2), Next, R, V, Keep, Shift, Bits),
            I = V1 rem N,
            case V1 - I =< (1 bsl B) - N of
                true -> {I + 1, {H, R1}};
                false ->
                    {V2, R2} = Next(R1),
                    wide_range(N, H, R2, V2)
            end
    end.

join_words(Left, _, R, V, _, _, B) when Left =< 1 -> {V, R, B};
join_words(Left, Next, R, V, Keep, Shift, B) ->
    {W, R1} = Next(R),
    join_words(Left bsr Shift, Next, R1, ((V band Keep) bsl Shift) bor W,
               Keep, Shift, B + Shift).

uniform_real() ->
    {X, State} = uniform_real_s(current()),
    remember(State),
    X.

%% A float in (0, 1] whose 53 mantissa bits are all random however small
%% it is: leading zero bits move the exponent down and more words are
%% drawn until 53 significant bits are in hand.
uniform_real_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    real_top(V bsr (Bits - 56), 0, H, Next, Bits, R1);
uniform_real_s({#{max := _, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    real_top(V band ?M(56), 0, H, Next, 56, R1).

%% M holds the bits drawn, its 56th bit 2^Exp below 1. At least 53
%% significant bits make the float (of a longer M, as OTP, the bits from
%% its 56th down); fewer, and the next word tops them up.
real_top(M, Exp, H, _, _, R) when M >= 1 bsl 52 ->
    Extra = min(bit_length(M), 56) - 53,
    {(M bsr Extra) * math:pow(2.0, Exp + Extra - 56), {H, R}};
real_top(M, -1008, H, _, _, R) when M < 1 bsl 42 ->
    %% The last word that can still give a normal float: a generator
    %% that drew 18 words of zeros is broken, so start afresh.
    uniform_real_s({H, R});
real_top(M, Exp, H, Next, Bits, R) ->
    {V, R1} = next_word(H, Next, R, Exp),
    real_fill(M, Exp - 56, H, Next, Bits, R1, V).

%% M, below 2^52, is topped up to 53 bits from the word V.
real_fill(0, Exp, H, Next, Bits, R, V) ->
    real_top(V bsr (Bits - 56), Exp, H, Next, Bits, R);
real_fill(M, Exp, H, _, Bits, R, V) ->
    Need = 53 - bit_length(M),
    {((M bsl Need) bor (V bsr (Bits - Need))) * math:pow(2.0, Exp - Need),
     {H, R}}.

%% The old generators' words are cut to 56 bits, except (as in OTP) the
%% second word of a draw.
next_word(#{bits := _}, Next, R, _) -> Next(R);
next_word(#{max := _}, Next, R, 0) -> Next(R);
next_word(#{max := _}, Next, R, _) ->
    {V, R1} = Next(R),
    {V band ?M(56), R1}.

bit_length(M) -> bit_length(M, 0).

bit_length(0, N) -> N;
bit_length(M, N) -> bit_length(M bsr 1, N + 1).

-file("rand.erl", 559).
bytes(N) ->
    {Bytes, State} = bytes_s(N, current()),
    remember(State),
    Bytes.

%% Whole bytes are taken from the top of each word, past its weak bits.
-file("rand.erl", 570).
bytes_s(N, {#{bits := Bits, next := Next} = H, R})
  when is_integer(N), 0 =< N ->
    byte_words(N, H, Next, R, Bits, maps:get(weak_low_bits, H, 0));
bytes_s(N, {#{max := Max, next := Next} = H, R})
  when is_integer(N), 0 =< N, ?M58 =< Max ->
    byte_words(N, H, Next, R, 58, 2).

byte_words(N, H, Next, R, Bits, Weak) ->
    Per = (Bits - Weak) bsr 3,
    byte_words(N, H, Next, R, Per, Bits - (Per bsl 3), <<>>).

byte_words(N, H, Next, R0, Per, Shift, Acc) when N > Per ->
    {V, R1} = Next(R0),
    Size = Per bsl 3,
    byte_words(N - Per, H, Next, R1, Per, Shift, <<Acc/binary, (V bsr Shift):Size>>);
byte_words(N, H, Next, R0, Per, Shift, Acc) ->
    {V, R1} = Next(R0),
    Size = N bsl 3,
    %% The last word gives its bytes from below its top Shift bits, as
    %% OTP's does (the other words skip their low Shift bits instead).
    {<<Acc/binary, (V bsr ((Per - N) bsl 3)):Size>>, {H, R1}}.

%% ---------------------------------------------------------------------
%% The normal distribution: the ziggurat method (Marsaglia and Tsang) on
%% 256 layers, tables in rand_ziggurat.

-define(NOR_R, 3.6541528853610087963519472518).

normal() ->
    {X, State} = normal_s(current()),
    remember(State),
    X.

normal(Mean, Variance) -> Mean + math:sqrt(Variance) * normal().

normal_s(State0) ->
    {Sign, R, State} = sign_and_51(State0),
    Layer = R band 255,
    {K, W} = rand_ziggurat:kiwi(Layer + 1),
    X = R * W,
    if
        R < K, Sign =:= 0 -> {X, State};
        R < K -> {-X, State};
        Sign =:= 0 -> normal_edge(Layer, Sign, X, State);
        true -> normal_edge(Layer, Sign, -X, State)
    end.

normal_s(Mean, Variance, State0) when Variance > 0 ->
    {X, State} = normal_s(State0),
    {Mean + math:sqrt(Variance) * X, State}.

%% A sign bit and 51 bits from the top of one word.
sign_and_51({#{bits := Bits, next := Next} = H, S0}) ->
    {V, S1} = Next(S0),
    {(1 bsl (Bits - 52)) band V, V bsr (Bits - 51), {H, S1}};
sign_and_51({#{next := Next} = H, S0}) ->
    {V, S1} = Next(S0),
    {(1 bsl 51) band V, V band ?M(51), {H, S1}}.

%% X fell outside its layer's rectangle: the base layer draws from the
%% tail beyond R, the others accept X under the curve or start again.
normal_edge(0, Sign, X0, State0) ->
    {U0, S1} = uniform_s(State0),
    X = -1 / ?NOR_R * math:log(U0),
    {U1, S2} = uniform_s(S1),
    Y = -math:log(U1),
    if
        Y + Y =< X * X -> normal_edge(0, Sign, X0, S2);
        Sign =:= 0 -> {?NOR_R + X, S2};
        true -> {-?NOR_R - X, S2}
    end;
normal_edge(Layer, _Sign, X, State0) ->
    Outer = rand_ziggurat:fi(Layer + 1),
    {U, S1} = uniform_s(State0),
    case (rand_ziggurat:fi(Layer) - Outer) * U + Outer < math:exp(-0.5 * X * X) of
        true -> {X, S1};
        false -> normal_s(S1)
    end.

%% The uniform and uniform_n of the 58-bit generators: a float from the
%% top 53 bits, and a range drawn as uniform_s/2 draws one.
float58(Next, {H, R0}) ->
    {V, R1} = Next(R0),
    {(V bsr 5) * ?F53, {H, R1}}.

range58(Next, N, {H, R0}) ->
    {V, R1} = Next(R0),
    in_range(N, 58, V, H, R1, fun(N1, State) -> range58(Next, N1, State) end).

%% ---------------------------------------------------------------------
%% Jumps

-file("rand.erl", 632).
jump({#{jump := Jump}, _} = State) ->
    Jump(State);
jump({#{}, _}) ->
    erlang:error(not_implemented).

-file("rand.erl", 644).
jump() ->
    remember(jump(current())).

%% Xors together the states at the set bits of the polynomial Poly (Len
%% bits, lowest first) as a generator passes them: the state 2^k steps on.
poly_jump(_, 0, _, _, _, Acc) -> Acc;
poly_jump(State, Len, Poly, Step, Xor, Acc) ->
    Acc1 = case Poly band 1 of
               1 -> Xor(Acc, State);
               0 -> Acc
           end,
    poly_jump(Step(State), Len - 1, Poly bsr 1, Step, Xor, Acc1).

%% ---------------------------------------------------------------------
%% Xorshift116 (exsss = xorshift116**, exsp and exsplus = xorshift116+).
%% A state [A|B]: A was the previous word, B the current one.

-file("rand.erl", 838).
exsss_seed(L) when is_list(L) ->
    pair(seed_nz(2, L, 58, false));
exsss_seed(X) when is_integer(X) ->
    pair(seed58(2, X));
exsss_seed({A1, A2, A3}) ->
    {_, X0} = seed58(A1),
    {S0, X1} = seed58(A2 bxor X0),
    {S1, _} = seed58(A3 bxor X1),
    [S0 | S1].

-file("rand.erl", 819).
exsplus_seed(L) when is_list(L) ->
    pair(seed_nz(2, L, 58, false));
exsplus_seed(X) when is_integer(X) ->
    pair(seed58(2, X));
exsplus_seed({A1, A2, A3}) ->
    {_, R1} = exsp_next([(A1 * 4294967197 + 1) band ?M58 |
                         (A2 * 4294967231 + 1) band ?M58]),
    {_, R2} = exsp_next([(A3 * 4294967279 + 1) band ?M58 | tl(R1)]),
    R2.

pair([A, B]) -> [A | B].

xorshift116(Prev, Cur) ->
    C = Prev band ?M58,
    P = (Cur band ?M58) bxor ((Cur band ?M(34)) bsl 24),
    P bxor C bxor (P bsr 11) bxor (C bsr 41).

exsss_next([Cur | Prev]) ->
    S = Prev band ?M58,
    {starstar(S), [S | xorshift116(Prev, Cur)]}.

exsp_next([Cur | Prev]) ->
    S = Prev band ?M58,
    New = xorshift116(Prev, Cur),
    {(S + New) band ?M58, [S | New]}.

%% ((S * 5) rotl 7) * 9 on 58 bits, with shifts and adds (no bignums).
starstar(S) ->
    A = S + ((S band ?M(56)) bsl 2),
    B = ((A band ?M(51)) bsl 7) bor ((A bsr 51) band ?M(7)),
    (B + ((B band ?M(55)) bsl 3)) band ?M58.

exsss_uniform(State) -> float58(fun exsss_next/1, State).

exsss_uniform(N, State) -> range58(fun exsss_next/1, N, State).

exsp_uniform(State) -> float58(fun exsp_next/1, State).

exsp_uniform(N, State) -> range58(fun exsp_next/1, N, State).

exsplus_jump({H, S}) -> {H, exsp_jump(S)}.

%% 2^64 steps of xorshift116.
exsp_jump(S) ->
    Poly = (16#345d2a0f85f788c bsl 58) bor 16#02f8ea6bc32c797,
    poly_jump(S, 116, Poly, fun(St) -> element(2, exsp_next(St)) end,
              fun([A0 | A1], [S0 | S1]) -> [A0 bxor S0 | A1 bxor S1] end,
              [0 | 0]).

%% ---------------------------------------------------------------------
%% Xoroshiro116+ (exrop)

-file("rand.erl", 1341).
exrop_seed(L) when is_list(L) ->
    pair(seed_nz(2, L, 58, false));
exrop_seed(X) when is_integer(X) ->
    pair(seed58(2, X));
exrop_seed({A1, A2, A3}) ->
    [_ | S1] = exrop_step((A1 * 4294967197 + 1) band ?M58,
                          (A2 * 4294967231 + 1) band ?M58),
    exrop_step((A3 * 4294967279 + 1) band ?M58, S1).

exrop_step(S0, S1) ->
    X = S1 bxor S0,
    [rotl58(S0, 24) bxor X bxor ((X band ?M(56)) bsl 2) | rotl58(X, 35)].

rotl58(X, N) -> ((X band ?M(58 - N)) bsl N) bor (X bsr (58 - N)).

exrop_next([S0 | S1]) -> {(S0 + S1) band ?M58, exrop_step(S0, S1)}.

exrop_uniform(State) -> float58(fun exrop_next/1, State).

exrop_uniform(N, State) -> range58(fun exrop_next/1, N, State).

exrop_jump({H, S}) ->
    {H, poly_jump(S, 116, 16#9863200f83fcd4a11293241fcb12a,
                  fun([S0 | S1]) -> exrop_step(S0, S1) end,
                  fun([A0 | A1], [S0 | S1]) -> [A0 bxor S0 | A1 bxor S1] end,
                  [0 | 0])}.

%% ---------------------------------------------------------------------
%% Xorshift1024* (exs1024s, exs1024). A state {Ahead, Behind}: the ring of
%% 16 words read from Ahead, with the words passed kept reversed in Behind.

-file("rand.erl", 987).
exs1024_seed(L) when is_list(L) ->
    {seed_nz(16, L, 64, false), []};
exs1024_seed(X) when is_integer(X) -> {seed64(16, X), []};
exs1024_seed({A1, A2, A3}) ->
    B1 = (((A1 band ?M(21)) + 1) * 2097131) band ?M(21),
    B2 = (((A2 band ?M(21)) + 1) * 2097133) band ?M(21),
    B3 = (((A3 band ?M(21)) + 1) * 2097143) band ?M(21),
    {xorshift64_words(16, (B1 bsl 43) bor (B2 bsl 22) bor (B3 bsl 1) bor 1, []),
     []}.

xorshift64_words(0, _, Acc) -> Acc;
xorshift64_words(N, R, Acc) ->
    {X, R1} = exs64_next(R),
    xorshift64_words(N - 1, R1, [X | Acc]).

exs1024_next({[S0, S1 | Rest], Behind}) ->
    A = S1 bxor ((S1 band ?M(33)) bsl 31),
    B = A bxor (A bsr 11),
    New = (S0 bxor (S0 bsr 30)) bxor B,
    {(New * 1181783497276652981) band ?M64, {[New | Rest], [S0 | Behind]}};
exs1024_next({[Last], Behind}) ->
    exs1024_next({[Last | lists:reverse(Behind)], []}).

%% 2^512 steps; the result keeps the ring's phase.
exs1024_jump({H, {Ahead, Behind}}) ->
    Poly = poly58([16#00242f96eca9c41d, 16#0196e1ddbe5a1561, 16#0239f070b5837a3c,
                   16#03f393cc68796cd2, 16#0248316f404489af, 16#039a30088bffbac2,
                   16#02fea70dc2d9891f, 16#032ae0d9644caec4, 16#0313aac17d8efa43,
                   16#02f132e055642626, 16#01ee975283d71c93, 16#00552321b06f5501,
                   16#00c41d10a1e6a569, 16#019158ecf8aa1e44, 16#004e9fc949d0b5fc,
                   16#0363da172811fdda, 16#030e38c3b99181f2, 16#0000000a118038fc]),
    Words = poly_jump({Ahead, Behind}, 1024, Poly,
                      fun(St) -> element(2, exs1024_next(St)) end,
                      fun(Acc, {A, B}) -> xor_words(Acc, A ++ lists:reverse(B)) end,
                      lists:duplicate(16, 0)),
    {NewAhead, NewBehind} = lists:split(16 - length(Behind), Words),
    {H, {NewAhead, lists:reverse(NewBehind)}}.

%% A polynomial written as 58-bit words, lowest first.
poly58(Words) ->
    lists:foldr(fun(W, Acc) -> (Acc bsl 58) bor W end, 0, Words).

xor_words([A | As], [B | Bs]) -> [A bxor B | xor_words(As, Bs)];
xor_words([], []) -> [].

%% ---------------------------------------------------------------------
%% Xoroshiro928** (exro928ss): 16 words of 58 bits in the same ring form.

-file("rand.erl", 1176).
exro928_seed(L) when is_list(L) ->
    {seed_nz(16, L, 58, false), []};
exro928_seed(X) when is_integer(X) -> {seed58(16, X), []};
exro928_seed({A1, A2, A3}) ->
    {S0, X0} = seed58(A1),
    {S1, X1} = seed58(A2 bxor X0),
    {S2, X2} = seed58(A3 bxor X1),
    {[S0, S1, S2 | seed58(13, X2)], []}.

exro928ss_next({[S15, S0 | Ss], Rs}) ->
    {starstar(S0), exro928_step(Ss, Rs, S15, S0)};
exro928ss_next({[S15], Rs}) ->
    exro928ss_next({[S15 | lists:reverse(Rs)], []}).

exro928_next({[S15, S0 | Ss], Rs}) ->
    {{S15, S0}, exro928_step(Ss, Rs, S15, S0)};
exro928_next({[S15], Rs}) ->
    exro928_next({[S15 | lists:reverse(Rs)], []}).

exro928_next_state({[S15, S0 | Ss], Rs}) -> exro928_step(Ss, Rs, S15, S0);
exro928_next_state({[S15], Rs}) ->
    [S0 | Ss] = lists:reverse(Rs),
    exro928_step(Ss, [], S15, S0).

exro928_step(Ss, Rs, S15, S0) ->
    A = S0 band ?M58,
    Q = (S15 band ?M58) bxor A,
    New15 = rotl58(A, 44) bxor Q bxor ((Q band ?M(49)) bsl 9),
    {[rotl58(Q, 45) | Ss], [New15 | Rs]}.

exro928ss_uniform(State) -> float58(fun exro928ss_next/1, State).

exro928ss_uniform(N, State) -> range58(fun exro928ss_next/1, N, State).

exro928_jump({H, SR}) -> {H, exro928_jump_2pow512(SR)}.

%% The jump polynomials are written as OTP writes them: 58-bit words,
%% lowest first, each with a marker bit 58 that the jump ignores.
exro928_jump_2pow512(SR) ->
    exro928_jump(SR, [16#4085302F77130CA, 16#54E07F7F4524091, 16#5E1D7D6813D2BA0,
                      16#4687ACEF8644287, 16#4567FD9F0B83FE5, 16#43E6D27EA06C024,
                      16#641E015AC26D5D2, 16#6CD61377663B92F, 16#70A0657E19F00D4,
                      16#43C0BDDE15CF3C3, 16#745A3A8A3CEF3CC, 16#58A8CF308C8E0C6,
                      16#7B7C4CC049C536E, 16#431801F9DB3AF2C, 16#41A1504ACD83F24,
                      16#6C41DCF2F867D7F]).

exro928_jump_2pow20(SR) ->
    exro928_jump(SR, [16#5B966A3DAF905E6, 16#601E9589C33DE2F, 16#74A806C17E9E644,
                      16#59AFEB4F1DF6A43, 16#46D8E75664A4268, 16#42E2C246BDA670C,
                      16#4531FB8EBC73C70, 16#537F702069EFC52, 16#4B6DC4D3AF15F8A,
                      16#5A4189F0050263D, 16#46DF2EB1FEAF0FB, 16#77AC696A43CB9AC,
                      16#4C5878C3549BD5B, 16#7CCF20BCF522920, 16#415FEFCC78FF45E,
                      16#72CF460728C2FAF]).

exro928_jump({Ss, Rs} = SR, Words) ->
    Words16 = poly_jump(SR, 58 * 16, poly58([W band ?M58 || W <- Words]), fun exro928_next_state/1,
                        fun(Acc, {A, B}) -> xor_words(Acc, A ++ lists:reverse(B)) end,
                        lists:duplicate(length(Ss) + length(Rs), 0)),
    {Words16, []}.

%% ---------------------------------------------------------------------
%% Xorshift64* (exs64) and the dummy generator

-file("rand.erl", 755).
exs64_seed(L) when is_list(L) ->
    [R] = seed_nz(1, L, 64, false),
    R;
exs64_seed(A) when is_integer(A) ->
    [R] = seed64(1, A),
    R;
exs64_seed({A1, A2, A3}) ->
    {V1, _} = exs64_next((A1 band ?M(32)) * 4294967197 + 1),
    {V2, _} = exs64_next((A2 band ?M(32)) * 4294967231 + 1),
    {V3, _} = exs64_next((A3 band ?M(32)) * 4294967279 + 1),
    ((V1 * V2 * V3) rem (?M64 - 1)) + 1.

exs64_next(R) ->
    R1 = R bxor (R bsr 12),
    R2 = R1 bxor ((R1 band ?M(39)) bsl 25),
    R3 = R2 bxor (R2 bsr 27),
    {(R3 * 2685821657736338717) band ?M64, R3}.

dummy_next(R) -> {R, R bxor ?M58}.

dummy_uniform({H, R}) -> {0.5, {H, R bxor ?M58}}.

dummy_uniform(_N, {H, R}) -> {1, {H, R bxor ?M58}}.

-file("rand.erl", 1430).
dummy_seed(L) when is_list(L) ->
    case L of
        [] ->
            erlang:error(zero_seed);
        [X] when is_integer(X) ->
            X band ?M58;
        [X | _] when is_integer(X) ->
            erlang:error(too_many_seed_integers);
        [_ | _] ->
            erlang:error(non_integer_seed)
    end;
dummy_seed(X) when is_integer(X) ->
    {Z, _} = splitmix64_next(X),
    Z band ?M58;
dummy_seed({A1, A2, A3}) ->
    {_, X1} = splitmix64_next(A1),
    {_, X2} = splitmix64_next(A2 bxor X1),
    {Z, _} = splitmix64_next(A3 bxor X2),
    Z band ?M58.

%% ---------------------------------------------------------------------
%% MWC59: a multiply-with-carry generator for callers that keep the state
%% themselves (A = 16#7fa6502, 32-bit digits), with its scramblers.

-define(MWC_A, 16#7fa6502).

-file("rand.erl", 1504).
mwc59(CX0) ->
    CX = CX0 band ?M(59),
    C = CX bsr 32,
    X = CX band ?M(32),
    ?MWC_A * X + C.

-file("rand.erl", 1523).
mwc59_value32(CX1) ->
    CX = CX1 band ?M(32),
    CX bxor ((CX band ?M(24)) bsl 8).

-file("rand.erl", 1528).
mwc59_value(CX1) ->
    CX = CX1 band ?M(59),
    CX2 = CX bxor ((CX band ?M(55)) bsl 4),
    CX2 bxor ((CX2 band ?M(32)) bsl 27).

-file("rand.erl", 1534).
mwc59_float(CX1) ->
    CX = CX1 band ?M(53),
    CX2 = CX bxor ((CX band ?M(49)) bsl 4),
    CX3 = CX2 bxor ((CX2 band ?M(26)) bsl 27),
    CX3 * ?F53.

mwc59_seed() ->
    {A1, A2, A3} = default_seed(),
    (hash58(A1) bxor hash58(A2) bxor hash58(A3)) + 1.

-file("rand.erl", 1549).
mwc59_seed(S) when is_integer(S), 0 =< S, S =< ?M58 -> hash58(S) + 1.

%% A bijection on 58 bits that spreads the seed's bits.
hash58(X) ->
    X0 = X band ?M58,
    X1 = ((X0 bxor (X0 bsr 29)) * 16#351afd7ed558ccd) band ?M58,
    X2 = ((X1 bxor (X1 bsr 29)) * 16#0ceb9fe1a85ec53) band ?M58,
    X2 bxor (X2 bsr 29).
