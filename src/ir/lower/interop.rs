//! Lowering what the compile-time module `pyaot` gives a program (front/interop.rs):
//! `@extern` functions become Python functions whose body is one C call, `@export`
//! functions are listed for their C entry points, `mem8/16/32[addr]` become loads and
//! stores, and any other use of a `pyaot` name is a compile-time error.

use super::*;
use crate::front::interop::{CFunction, Direction, PyaotName};
use crate::ir::{CSig, Export, MemAddr};

impl ModuleLowerer<'_> {
    /// The exported functions, each with its Python function's index.
    pub(super) fn exports(&self) -> Vec<Export> {
        self.interop
            .functions
            .iter()
            .filter(|f| f.direction == Direction::Export)
            .map(|f| Export {
                c_name: f.name.clone(),
                func: self.def_index_at(f.offset),
                sig: sig_of(f),
                param_names: f.params.iter().map(|p| p.name.clone()).collect(),
                python: f.python.clone(),
                line: f.line,
            })
            .collect()
    }
}

impl ModuleLowerer<'_> {
    /// The function index of the module-level def starting at source offset `offset`.
    fn def_index_at(&self, offset: u32) -> u32 {
        self.def_at
            .iter()
            .find(|(key, _)| (**key >> 32) as u32 == offset)
            .map(|(_, &index)| index)
            .expect("an exported def is a module-level def")
    }
}

fn sig_of(f: &CFunction) -> CSig {
    CSig {
        params: f.params.iter().map(|p| p.ty).collect(),
        ret: f.ret,
    }
}

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// The body of an `@extern` function: call the C symbol with the parameters and
    /// return what it returns (the Python body is CPython's stand-in and is ignored).
    pub(super) fn lower_extern(mut self, f: &CFunction, line: u32) -> Result<Function> {
        self.f.line = line;
        self.emit(Inst::Loc { line });
        let args = (0..f.params.len() as u32).map(Var).collect();
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::CallC {
            dst,
            symbol: f.name.clone(),
            sig: sig_of(f),
            args,
            line,
        });
        self.terminate(Term::Return(dst));
        self.finish()
    }

    /// The names imported from `pyaot` mean something only where the compiler
    /// handles them (decorators, annotations, `memN[...]`); anywhere else they would
    /// be unbound at run time.
    pub(super) fn reject_pyaot_value(&self, name: &str, at: &Expr) -> Result<()> {
        if !self.m.interop.binds(name) {
            return Ok(());
        }
        let what = match self.m.interop.resolve(at) {
            None => format!("the module '{name}' as a value"),
            Some(PyaotName::Mem(_)) => format!("'{name}' other than as {name}[address]"),
            Some(_) => format!("'{name}' from pyaot outside a decorator or an annotation"),
        };
        Err(Diagnostic::at(
            self.m.src,
            at.start().to_u32(),
            format!("using {what} is not supported yet"),
        ))
    }

    /// The width in bits of `e` if it names one of `pyaot`'s memory accessors here
    /// (`mem32`, `pyaot.mem32`), not shadowed by a local.
    pub(super) fn mem_bits(&mut self, e: &Expr) -> Option<u32> {
        let PyaotName::Mem(bits) = self.m.interop.resolve(e)? else {
            return None;
        };
        let root = crate::front::interop::Interop::root_name(e)?;
        match self.resolve(root) {
            NameRef::Global(_) => Some(bits),
            _ => None,
        }
    }

    /// The address of `memN[key]`: a constant when the key is an int literal (or
    /// literal arithmetic) that is a valid, aligned address on the target, else the
    /// value, checked at run time.
    fn mem_addr(&mut self, key: &Expr, bits: u32) -> Result<MemAddr> {
        if let Expr::Slice(_) = key {
            return Err(Diagnostic::at(
                self.m.src,
                key.start().to_u32(),
                "slicing a pyaot memory accessor is not supported yet",
            ));
        }
        let max = if self.m.word_bits >= 64 {
            u64::MAX as i128
        } else {
            (1i128 << self.m.word_bits) - 1
        };
        match fold_int(key) {
            Some(a) if (0..=max).contains(&a) && a % (bits as i128 / 8) == 0 => {
                Ok(MemAddr::Const(a as u64))
            }
            _ => Ok(MemAddr::Var(self.expr(key)?)),
        }
    }

    /// `memN[key]` as a value.
    pub(super) fn mem_load(&mut self, bits: u32, key: &Expr, line: u32) -> Result<Var> {
        let addr = self.mem_addr(key, bits)?;
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::MemLoad {
            dst,
            bits,
            addr,
            line,
        });
        Ok(dst)
    }

    /// `memN[key] = v`.
    pub(super) fn mem_store(&mut self, bits: u32, key: &Expr, v: Var, line: u32) -> Result<()> {
        let addr = self.mem_addr(key, bits)?;
        self.emit(Inst::MemStore {
            bits,
            addr,
            value: v,
            line,
        });
        Ok(())
    }

    /// `memN[key] op= value`: the address is evaluated once.
    pub(super) fn mem_aug_assign(
        &mut self,
        bits: u32,
        key: &Expr,
        op: RtFn,
        value: &Expr,
        line: u32,
    ) -> Result<()> {
        let addr = self.mem_addr(key, bits)?;
        let cur = self.fresh(Ty::Obj);
        self.emit(Inst::MemLoad {
            dst: cur,
            bits,
            addr,
            line,
        });
        let dst = self.inplace_op(cur, op, value, line)?;
        self.emit(Inst::MemStore {
            bits,
            addr,
            value: dst,
            line,
        });
        Ok(())
    }

    /// `del memN[...]`: the accessors have no deletion.
    pub(super) fn mem_delete(&self, at: &Expr) -> Diagnostic {
        Diagnostic::at(
            self.m.src,
            at.start().to_u32(),
            "deleting from a pyaot memory accessor is not supported yet",
        )
    }
}

/// The value of an int literal or of literal arithmetic (`0x40004000 + 8`), if `e`
/// is one; used for constant addresses.
fn fold_int(e: &Expr) -> Option<i128> {
    match e {
        Expr::NumberLiteral(ast::ExprNumberLiteral {
            value: Number::Int(i),
            ..
        }) => i.as_u64().map(i128::from),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => fold_int(&u.operand).map(|v| -v),
        Expr::BinOp(b) => {
            let (x, y) = (fold_int(&b.left)?, fold_int(&b.right)?);
            match b.op {
                ast::Operator::Add => x.checked_add(y),
                ast::Operator::Sub => x.checked_sub(y),
                ast::Operator::BitOr => Some(x | y),
                ast::Operator::BitAnd => Some(x & y),
                ast::Operator::Mult => x.checked_mul(y),
                ast::Operator::LShift if (0..64).contains(&y) && x.abs() < 1 << 64 => Some(x << y),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::SourceFile;

    fn ir(src: &str, word_bits: u32) -> String {
        let parsed =
            crate::front::parse("__main__", SourceFile::new("t.py", src.to_string())).unwrap();
        crate::ir::lower::lower_module(&parsed, 0, word_bits)
            .unwrap()
            .to_string()
    }

    #[test]
    fn constant_addresses_fold_and_others_stay_values() {
        let text = ir(
            "from pyaot import mem8, mem32\nmem32[0x40004000 + 8] = 1\nx = mem32[0x40004001]\nmem8[x] |= 2\n",
            32,
        );
        assert!(text.contains("mem32[0x40004008] = v"), "{text}");
        // Unaligned: left to the run-time check, which raises as CPython's stand-in.
        assert!(!text.contains("mem32[0x40004001]"), "{text}");
        assert!(text.contains("= mem8[v"), "{text}");
        // Out of a 32-bit target's address range: a run-time OverflowError.
        let text = ir("from pyaot import mem8\nmem8[1 << 40] = 0\n", 32);
        assert!(!text.contains("0x10000000000"), "{text}");
        let text = ir("from pyaot import mem8\nmem8[1 << 40] = 0\n", 64);
        assert!(text.contains("mem8[0x10000000000]"), "{text}");
    }

    #[test]
    fn an_extern_body_is_one_c_call_and_exports_are_listed() {
        let src = "from pyaot import export, extern, u8, i32\n@extern\ndef read(ch: u8) -> i32:\n    return 1 + undefined_name\n@export\ndef twice(x: int) -> int:\n    return 2 * read(x)\n";
        let parsed =
            crate::front::parse("__main__", SourceFile::new("t.py", src.to_string())).unwrap();
        let m = crate::ir::lower::lower_module(&parsed, 0, 64).unwrap();
        let read = m.functions[1].to_string();
        assert!(
            read.contains("= call_c int32_t read(uint8_t) (v0)"),
            "{read}"
        );
        assert!(!read.contains("undefined_name"), "{read}");
        assert_eq!(m.exports.len(), 1);
        assert_eq!(m.exports[0].c_name, "twice");
        assert_eq!(m.exports[0].func, 2);
        // The decorators are the compiler's: the module body applies none.
        assert!(
            !m.functions[0].to_string().contains("pyaot_call "),
            "{}",
            m.functions[0]
        );
    }
}
