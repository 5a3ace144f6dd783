//! Float printing as OTP 25 does it: the shortest round-trip form used by
//! `~w`, `~p` and `float_to_list(F, [short])`, and the fixed-precision
//! `~e`, `~f` and `~g` forms of `io_lib_format`, which round the 21
//! significant digits of `float_to_list/1` half-up.

/// The shortest digits that read back as `|f|`, as `(digits, exponent)`
/// with value `d1.d2d3... * 10^exponent`.
fn shortest_digits(f: f64) -> (Vec<u8>, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits.
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let e = exp.parse().unwrap_or(0);
    if digits.last().is_some_and(|d| d % 2 == 1) {
        if let Some(even) = even_on_tie(f.abs(), &digits, e) {
            return even;
        }
    }
    (digits, e)
}

/// When `|f|` lies exactly halfway between the shortest digits Rust chose
/// and a neighbour ending in an even digit, the neighbour: OTP's Ryu
/// breaks such ties to even, Rust's formatter does not.
fn even_on_tie(f: f64, digits: &[u8], e: i32) -> Option<(Vec<u8>, i32)> {
    // A double's decimal expansion ends within 767 significant digits.
    let exact = format!("{f:.770e}");
    let (mant, exp) = exact.split_once('e')?;
    if exp.parse::<i32>().ok()? != e {
        return None;
    }
    let x: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let n = digits.len();
    if x.len() <= n + 1 || x[n] != b'5' || x[n + 1..].iter().any(|&d| d != b'0') {
        return None;
    }
    let mut cand = x[..n].to_vec();
    let mut ce = e;
    if cand == digits {
        // f = D + half a unit: the even neighbour is D + 1.
        let mut i = n;
        loop {
            if i == 0 {
                cand.insert(0, b'1');
                cand.pop();
                ce += 1;
                break;
            }
            i -= 1;
            if cand[i] == b'9' {
                cand[i] = b'0';
            } else {
                cand[i] += 1;
                break;
            }
        }
    }
    if cand.last().is_some_and(|d| d % 2 == 1) {
        return None;
    }
    while cand.len() > 1 && cand.last() == Some(&b'0') {
        cand.pop();
    }
    let text = format!("{}.{}e{}", cand[0] as char, std::str::from_utf8(&cand[1..]).ok()?, ce);
    let text = if cand.len() == 1 { format!("{}e{}", cand[0] as char, ce) } else { text };
    (text.parse::<f64>().ok()? == f).then_some((cand, ce))
}

/// `float_to_list(F, [short])`: of the plain (`123.45`) and scientific
/// (`1.2345e2`) forms of the shortest digits, the shorter, the plain one
/// when they tie; always scientific from 2^53 up, where the plain form
/// would show digits that are not significant.
pub fn shortest(f: f64) -> String {
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0.0");
    }
    let (ds, e) = shortest_digits(f);
    let ds: String = ds.iter().map(|&d| d as char).collect();
    let n = ds.len() as i32;
    let sci = format!("{}.{}e{}", &ds[..1], if n > 1 { &ds[1..] } else { "0" }, e);
    let fixed = if e >= 0 {
        if n - 1 <= e {
            format!("{}{}.0", ds, "0".repeat((e - (n - 1)) as usize))
        } else {
            let k = (e + 1) as usize;
            format!("{}.{}", &ds[..k], &ds[k..])
        }
    } else {
        format!("0.{}{}", "0".repeat((-e - 1) as usize), ds)
    };
    if sci.len() < fixed.len() || f.abs() >= 9007199254740992.0 {
        format!("{sign}{sci}")
    } else {
        format!("{sign}{fixed}")
    }
}

/// `float_data/1`: the 21 significant digits of `float_to_list(F)` (which
/// is C's `%.20e`) and the exponent plus one.
fn float_data(f: f64) -> (Vec<u8>, i32) {
    let s = format!("{:.20e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

fn signbit(f: f64) -> &'static str {
    if f.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

/// `ds` (ASCII digits) rounded half-up to `keep` digits, padded with zeros
/// when shorter; the flag tells whether the rounding carried out of the
/// first digit (the digits are then all zeros).
fn round_digits(ds: &[u8], keep: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = ds.iter().take(keep).copied().collect();
    while out.len() < keep {
        out.push(b'0');
    }
    let up = ds.get(keep).is_some_and(|&d| d >= b'5');
    if !up {
        return (out, false);
    }
    for d in out.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return (out, false);
        }
    }
    (out, true)
}

/// `~e` with precision `p` (>= 2): `d.ddddde+X`.
pub fn format_e(f: f64, p: usize) -> String {
    let (ds, e) = float_data(f);
    let (m, carry) = round_digits(&ds, p);
    let (m, exp) = if carry {
        let mut m = m;
        m[0] = b'1';
        (m, e)
    } else {
        (m, e - 1)
    };
    let m: String = m.iter().map(|&d| d as char).collect();
    let exp = if exp >= 0 { format!("e+{exp}") } else { format!("e{exp}") };
    format!("{}{}.{}{}", signbit(f), &m[..1], &m[1..], exp)
}

/// `~f` with precision `p` (>= 1): fixed notation with `p` decimals.
pub fn format_f(f: f64, p: usize) -> String {
    let (mut ds, mut e) = float_data(f);
    if e <= 0 {
        let mut z = vec![b'0'; (-e + 1) as usize];
        z.extend_from_slice(&ds);
        ds = z;
        e = 1;
    }
    let e = e as usize;
    let (m, carry) = round_digits(&ds, e + p);
    let mut s = String::from(signbit(f));
    if carry {
        s.push('1');
    }
    s.extend(m[..e].iter().map(|&d| d as char));
    s.push('.');
    s.extend(m[e..].iter().map(|&d| d as char));
    s
}

/// `~g` with precision `p` (>= 1): `~f` for magnitudes in [0.1, 10000),
/// else `~e`; `p` counts significant digits.
pub fn format_g(f: f64, p: usize) -> String {
    let a = f.abs();
    let e: Option<i64> = if a < 0.1 {
        Some(-2)
    } else if a < 1.0 {
        Some(-1)
    } else if a < 10.0 {
        Some(0)
    } else if a < 100.0 {
        Some(1)
    } else if a < 1000.0 {
        Some(2)
    } else if a < 10000.0 {
        Some(3)
    } else {
        None
    };
    let p = p as i64;
    match e {
        Some(-1) if p <= 1 => format_f(f, (p - 1 + 1) as usize),
        Some(e) if p - 1 > e && e >= -1 => format_f(f, (p - 1 - e) as usize),
        _ if p <= 1 => format_e(f, 2),
        _ => format_e(f, p as usize),
    }
}
