//! The compile-time checks of `match` statements (PEP 634): the SyntaxErrors CPython
//! 3.11's compiler reports for patterns, at the place it reports them.
//!
//! CPython's compiler walks a case's pattern once, emitting code and checking as it
//! goes, and reports an error at the start of the pattern it entered last (its
//! "current location" is set on entering a pattern and never restored). The walk
//! here follows the same order so each error lands where CPython puts it:
//! - an irrefutable pattern (`case x`, `case _`) must be guarded or come last, and so
//!   must an irrefutable alternative of `|`;
//! - alternatives bind the same names; a pattern binds a name at most once;
//! - one starred name per sequence pattern; no duplicate literal mapping keys; no
//!   repeated keyword in a class pattern; nothing binds `__debug__`;
//! - value patterns are literals and dotted names (the parser allows f-strings).
//!
//! What the parser (ruff_python_parser) already refuses is not checked again.

use crate::diag::{Diagnostic, SourceFile};
use ruff_python_ast::{self as ast, Expr, Number, Pattern};
use ruff_text_size::Ranged;

type Result<T = ()> = std::result::Result<T, Diagnostic>;

/// Checks the pattern of one case: `allow_irrefutable` when the case is guarded or
/// the last one. `expr` checks the expressions inside the pattern (value patterns,
/// class names, mapping keys) against the compiled subset.
pub fn check_case(
    src: &SourceFile,
    case: &ast::MatchCase,
    allow_irrefutable: bool,
    expr: &mut dyn FnMut(&Expr) -> Result,
) -> Result {
    let mut c = PatternCheck {
        src,
        loc: case.pattern.start().to_u32(),
        stores: Vec::new(),
        allow_irrefutable,
        expr,
    };
    c.pattern(&case.pattern)
}

/// The name this pattern node itself binds (`case x`, `... as x`, `*x`, `**x`),
/// not counting its sub-patterns': what visitors that walk patterns collect.
pub fn own_binding(p: &Pattern) -> Option<&ruff_python_ast::Identifier> {
    match p {
        Pattern::MatchAs(a) => a.name.as_ref(),
        Pattern::MatchStar(s) => s.name.as_ref(),
        Pattern::MatchMapping(m) => m.rest.as_ref(),
        _ => None,
    }
}

/// The names a pattern binds, in the order CPython stores them after a match
/// (source order; an `|` pattern binds its first alternative's names). The front
/// end has checked that the alternatives agree.
pub fn bound_names(p: &Pattern, out: &mut Vec<String>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|q| bound_names(q, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|q| bound_names(q, out));
            out.extend(m.rest.iter().map(|r| r.id.to_string()));
        }
        Pattern::MatchClass(c) => {
            let a = &c.arguments;
            a.patterns.iter().for_each(|q| bound_names(q, out));
            a.keywords.iter().for_each(|k| bound_names(&k.pattern, out));
        }
        Pattern::MatchStar(s) => out.extend(s.name.iter().map(|n| n.id.to_string())),
        Pattern::MatchAs(a) => {
            if let Some(q) = &a.pattern {
                bound_names(q, out);
            }
            out.extend(a.name.iter().map(|n| n.id.to_string()));
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                bound_names(first, out);
            }
        }
    }
}

/// `_`: a wildcard (an `as` pattern with neither a sub-pattern nor a name).
pub fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`: a starred wildcard.
pub fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

struct PatternCheck<'a> {
    src: &'a SourceFile,
    /// Start of the pattern entered last: where CPython reports an error.
    loc: u32,
    /// Names bound so far by the case's pattern (CPython's `pc->stores`).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    expr: &'a mut dyn FnMut(&Expr) -> Result,
}

impl PatternCheck<'_> {
    fn error(&self, msg: &str) -> Diagnostic {
        Diagnostic::at(self.src, self.loc, format!("SyntaxError: {msg}"))
    }

    fn pattern(&mut self, p: &Pattern) -> Result {
        self.loc = p.start().to_u32();
        match p {
            Pattern::MatchValue(v) => {
                if matches!(&*v.value, Expr::FString(_) | Expr::TString(_)) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                (self.expr)(&v.value)
            }
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => self.sequence(&s.patterns),
            Pattern::MatchMapping(m) => self.mapping(m),
            Pattern::MatchClass(c) => self.class(c),
            Pattern::MatchStar(s) => self.store(s.name.as_ref()),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !self.allow_irrefutable {
                        return Err(match &a.name {
                            Some(n) => self.error(&format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        });
                    }
                    self.store(a.name.as_ref())
                }
                Some(inner) => {
                    self.pattern(inner)?;
                    self.store(a.name.as_ref())
                }
            },
            Pattern::MatchOr(o) => self.or(&o.patterns),
        }
    }

    /// A pattern inside another: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &Pattern) -> Result {
        let allow = std::mem::replace(&mut self.allow_irrefutable, true);
        let r = self.pattern(p);
        self.allow_irrefutable = allow;
        r
    }

    /// Binding a name: at most once per pattern, never `__debug__`.
    fn store(&mut self, name: Option<&ast::Identifier>) -> Result {
        let Some(n) = name else { return Ok(()) };
        let n = n.id.as_str();
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if self.stores.iter().any(|s| s == n) {
            return Err(self.error(&format!("multiple assignments to name '{n}' in pattern")));
        }
        self.stores.push(n.to_string());
        Ok(())
    }

    fn sequence(&mut self, patterns: &[Pattern]) -> Result {
        let stars = patterns
            .iter()
            .filter(|p| matches!(p, Pattern::MatchStar(_)))
            .count();
        if stars > 1 {
            return Err(self.error("multiple starred names in sequence pattern"));
        }
        // CPython compiles no sub-pattern when all are wildcards, and skips the
        // wildcards when the star is one (it indexes the others).
        let star_wildcard = patterns.iter().any(is_star_wildcard);
        let only_wildcards = patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p));
        if only_wildcards {
            return Ok(());
        }
        for p in patterns {
            if star_wildcard && (is_wildcard(p) || is_star_wildcard(p)) {
                continue;
            }
            self.subpattern(p)?;
        }
        Ok(())
    }

    fn mapping(&mut self, m: &ast::PatternMatchMapping) -> Result {
        let mut seen: Vec<Key> = Vec::new();
        for key in &m.keys {
            match literal_key(key) {
                Some(k) => {
                    if seen.contains(&k) {
                        return Err(self.error(&format!(
                            "mapping pattern checks duplicate key ({})",
                            k.repr
                        )));
                    }
                    seen.push(k);
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            (self.expr)(key)?;
        }
        for p in &m.patterns {
            self.subpattern(p)?;
        }
        self.store(m.rest.as_ref())
    }

    fn class(&mut self, c: &ast::PatternMatchClass) -> Result {
        let kws = &c.arguments.keywords;
        for (i, k) in kws.iter().enumerate() {
            self.loc = k.pattern.start().to_u32();
            if k.attr.id.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            if let Some(again) = kws[i + 1..].iter().find(|o| o.attr.id == k.attr.id) {
                self.loc = again.pattern.start().to_u32();
                return Err(self.error(&format!(
                    "attribute name repeated in class pattern: {}",
                    k.attr.id
                )));
            }
        }
        (self.expr)(&c.cls)?;
        let subs = c
            .arguments
            .patterns
            .iter()
            .chain(kws.iter().map(|k| &k.pattern));
        for p in subs {
            if !is_wildcard(p) {
                self.subpattern(p)?;
            }
        }
        Ok(())
    }

    /// `a | b | c`: each alternative from scratch (only the last may be irrefutable),
    /// binding the first one's names; then those names are bound here.
    fn or(&mut self, alts: &[Pattern]) -> Result {
        let outer = std::mem::take(&mut self.stores);
        let allow = self.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.stores = Vec::new();
            self.allow_irrefutable = i + 1 == alts.len() && allow;
            self.pattern(alt)?;
            match &control {
                None => control = Some(std::mem::take(&mut self.stores)),
                Some(names) => {
                    let same = names.len() == self.stores.len()
                        && names.iter().all(|n| self.stores.contains(n));
                    if !same {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                }
            }
        }
        self.stores = outer;
        self.allow_irrefutable = allow;
        for n in control.unwrap_or_default() {
            if self.stores.contains(&n) {
                return Err(self.error(&format!("multiple assignments to name '{n}' in pattern")));
            }
            self.stores.push(n);
        }
        Ok(())
    }
}

/// A literal mapping key, compared as CPython's compiler compares them (in a set:
/// `1`, `1.0` and `True` are the same key), with its repr for the message.
#[derive(Debug)]
struct Key {
    value: KeyValue,
    repr: String,
}

#[derive(Debug, PartialEq)]
enum KeyValue {
    /// An int (bools too) that fits; floats with an integral value become one.
    Int(i128),
    /// Any other float.
    Float(u64),
    /// An int too big for i128, by its digits.
    BigInt(String),
    Str(String),
    Bytes(Vec<u8>),
    None,
    /// A complex number (real and imaginary bits); checked, though complex
    /// literals are not compiled yet.
    Complex(u64, u64),
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.value == other.value
    }
}

/// The key value of a literal mapping key, if it is one.
fn literal_key(e: &Expr) -> Option<Key> {
    let (value, repr) = match e {
        Expr::NumberLiteral(n) => number_key(&n.value, false)?,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(n) => number_key(&n.value, true)?,
            _ => return None,
        },
        // `1 + 2j` (CPython folds it into one constant).
        Expr::BinOp(b) => {
            let real = match literal_key(&b.left)?.value {
                KeyValue::Int(i) => i as f64,
                KeyValue::Float(f) => f64::from_bits(f),
                _ => return None,
            };
            let imag = match &*b.right {
                Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: Number::Complex { imag, .. },
                    ..
                }) => *imag,
                _ => return None,
            };
            let imag = if b.op == ast::Operator::Sub {
                -imag
            } else {
                imag
            };
            (complex_key(real, imag), complex_repr(real, imag))
        }
        Expr::StringLiteral(s) => {
            let s = s.value.to_str();
            (KeyValue::Str(s.to_string()), str_repr(s))
        }
        Expr::BytesLiteral(b) => {
            let bytes: Vec<u8> = b.value.bytes().collect();
            let repr = format!("b{}", str_repr(&String::from_utf8_lossy(&bytes)));
            (KeyValue::Bytes(bytes), repr)
        }
        Expr::BooleanLiteral(b) => (
            KeyValue::Int(b.value as i128),
            if b.value { "True" } else { "False" }.to_string(),
        ),
        Expr::NoneLiteral(_) => (KeyValue::None, "None".to_string()),
        _ => return None,
    };
    Some(Key { value, repr })
}

fn number_key(n: &Number, negative: bool) -> Option<(KeyValue, String)> {
    Some(match n {
        Number::Int(i) => match i.as_u64() {
            Some(v) => {
                let v = if negative { -(v as i128) } else { v as i128 };
                (KeyValue::Int(v), v.to_string())
            }
            None => {
                let digits = i.to_string();
                let text = if negative {
                    format!("-{digits}")
                } else {
                    digits
                };
                (KeyValue::BigInt(text.clone()), text)
            }
        },
        Number::Float(f) => {
            let f = if negative { -f } else { *f };
            (float_key(f), float_repr(f))
        }
        Number::Complex { real, imag } => {
            let (real, imag) = if negative {
                (-real, -imag)
            } else {
                (*real, *imag)
            };
            (complex_key(real, imag), complex_repr(real, imag))
        }
    })
}

/// Floats equal to an int are that int as keys (`1.0 == 1`), and -0.0 is 0.
fn float_key(f: f64) -> KeyValue {
    if f.fract() == 0.0 && f.abs() < 1e38 {
        KeyValue::Int(f as i128)
    } else {
        KeyValue::Float(f.to_bits())
    }
}

fn complex_key(real: f64, imag: f64) -> KeyValue {
    if imag == 0.0 {
        float_key(real)
    } else {
        KeyValue::Complex((real + 0.0).to_bits(), imag.to_bits())
    }
}

/// Python's `repr` of a float: the shortest round-trip digits, in exponent form
/// below 1e-4 and from 1e16.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // `{:e}` gives the shortest round-trip digits: `d.ddde[-]x`.
    let e = format!("{:e}", f);
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let s = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { "-" } else { "+" },
            exp.abs()
        )
    }
}

/// Python's `repr` of a complex number: `2j`, `(1-2.5j)`.
fn complex_repr(real: f64, imag: f64) -> String {
    let short = |f: f64| {
        let r = float_repr(f);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", short(imag));
    }
    let sign = if imag < 0.0 { "-" } else { "+" };
    format!("({}{}{}j)", short(real), sign, short(imag.abs()))
}

/// Python's `repr` of a str: single quotes unless it holds one and no double quote;
/// backslash escapes for quotes, backslashes and control characters.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_are_pythons() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789.5), "123456789.5");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
    }

    fn key(src: &str) -> KeyValue {
        let e = ruff_python_parser::parse_expression(src)
            .unwrap()
            .into_expr();
        literal_key(&e).unwrap().value
    }

    #[test]
    fn equal_numbers_are_one_key() {
        assert_eq!(key("1"), key("1.0"));
        assert_eq!(key("True"), key("1"));
        assert_eq!(key("-0"), key("0.0"));
        assert_eq!(key("-0.0"), key("0"));
        assert_ne!(key("'1'"), key("1"));
        assert_ne!(key("1.5"), key("1"));
    }
}
