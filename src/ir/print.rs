//! A readable listing of the IR, for tests and `--emit ir`.

use super::{Const, Function, Inst, MemAddr, Module, Term, Var};
use std::fmt::{self, Display, Formatter, Write};

impl Display for Var {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

fn list(vs: &[Var]) -> String {
    let mut s = String::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{v}");
    }
    s
}

impl Display for Inst {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Inst::Loc { line } => write!(f, "# line {line}"),
            Inst::Const { dst, value } => match value {
                Const::Int(i) => write!(f, "{dst} = int {i}"),
                Const::Str(i) => write!(f, "{dst} = str #{i}"),
                Const::Bytes(i) => write!(f, "{dst} = bytes #{i}"),
                Const::Float(i) => write!(f, "{dst} = float #{i}"),
                Const::Func(i) => write!(f, "{dst} = function #{i}"),
                other => write!(f, "{dst} = {other:?}"),
            },
            Inst::Copy { dst, src } => write!(f, "{dst} = {src}"),
            Inst::LoadField { dst, obj, field } => write!(f, "{dst} = {obj}[{field}]"),
            Inst::CellGet { dst, cell, .. } => write!(f, "{dst} = cell {cell}"),
            Inst::CellSet { cell, src } => write!(f, "cell {cell} = {src}"),
            Inst::CheckBound { var, .. } => write!(f, "check_bound {var}"),
            Inst::LoadGlobal { dst, slot, .. } => write!(f, "{dst} = global[{slot}]"),
            Inst::StoreGlobal { slot, src } => write!(f, "global[{slot}] = {src}"),
            Inst::BinOp { dst, op, a, b, .. } => write!(f, "{dst} = {op:?} {a}, {b}"),
            Inst::Unary { dst, op, src, .. } => write!(f, "{dst} = {op:?} {src}"),
            Inst::Compare { dst, op, a, b, .. } => write!(f, "{dst} = compare {op:?} {a}, {b}"),
            Inst::CompareRaw { dst, op, a, b, .. } => {
                write!(f, "{dst} = compare_raw {op:?} {a}, {b}")
            }
            Inst::CompareWords { dst, op, a, b } => {
                write!(f, "{dst} = compare_words {op:?} {a}, {b}")
            }
            Inst::Is { dst, a, b } => write!(f, "{dst} = is {a}, {b}"),
            Inst::Truth { dst, src, .. } => write!(f, "{dst} = truth {src}"),
            Inst::Not { dst, src } => write!(f, "{dst} = not {src}"),
            Inst::BoxBool { dst, src } => write!(f, "{dst} = box_bool {src}"),
            Inst::CallRt {
                dst, func, args, ..
            } => write!(f, "{dst} = call {} ({})", func.symbol(), list(args)),
            Inst::CallArray {
                dst,
                symbol,
                before,
                array,
                after,
                ..
            } => {
                write!(
                    f,
                    "{dst} = call {symbol} ({}) [{}] ({})",
                    list(before),
                    list(array),
                    list(after)
                )
            }
            Inst::CallDirect {
                dst,
                callee,
                func,
                args,
                ..
            } => {
                write!(
                    f,
                    "{dst} = call_direct #{func} via {callee} ({})",
                    list(args)
                )
            }
            Inst::Unpack { dsts, src, .. } => write!(f, "{} = unpack {src}", list(dsts)),
            Inst::CallC {
                dst,
                symbol,
                sig,
                args,
                ..
            } => {
                let types: Vec<&str> = sig.params.iter().map(|t| t.c_name()).collect();
                write!(
                    f,
                    "{dst} = call_c {} {symbol}({}) ({})",
                    sig.ret.c_name(),
                    types.join(", "),
                    list(args)
                )
            }
            Inst::MemLoad {
                dst, bits, addr, ..
            } => write!(f, "{dst} = mem{bits}[{addr}]"),
            Inst::MemStore {
                bits, addr, value, ..
            } => write!(f, "mem{bits}[{addr}] = {value}"),
        }
    }
}

impl Display for Function {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        writeln!(f, "function {} ({} params):", self.name, self.nslots)?;
        for (i, b) in self.blocks.iter().enumerate() {
            match b.handler {
                Some(h) => writeln!(f, "  b{i}: (except b{})", h.0)?,
                None => writeln!(f, "  b{i}:")?,
            }
            for inst in &b.insts {
                writeln!(f, "    {inst}")?;
            }
            match &b.term {
                Term::Jump(t) => writeln!(f, "    jump b{}", t.0)?,
                Term::Branch { cond, then, else_ } => {
                    writeln!(f, "    branch {cond}, b{}, b{}", then.0, else_.0)?
                }
                Term::Return(v) => writeln!(f, "    return {v}")?,
                Term::IterNext {
                    dst,
                    iter,
                    body,
                    done,
                    ..
                } => writeln!(f, "    {dst} = next {iter} else b{}; b{}", done.0, body.0)?,
                Term::RangeStep {
                    cur,
                    step,
                    next,
                    overflow,
                } => writeln!(
                    f,
                    "    {cur} += {step}; b{} (overflow b{})",
                    next.0, overflow.0
                )?,
                Term::Reraise(v) => writeln!(f, "    reraise {v}")?,
                Term::Unreachable => writeln!(f, "    unreachable")?,
            }
        }
        Ok(())
    }
}

impl Display for Module {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for func in &self.functions {
            write!(f, "{func}")?;
        }
        Ok(())
    }
}

impl Display for MemAddr {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            MemAddr::Const(a) => write!(f, "0x{a:x}"),
            MemAddr::Var(v) => write!(f, "{v}"),
        }
    }
}
