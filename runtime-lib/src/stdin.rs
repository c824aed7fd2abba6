//! `input()`: standard input read a line at a time, through the port (the host's fd
//! 0; on a board the `pyaot_port_read` hook), with CPython's EOFError at its end.

use crate::exc;
use crate::object::Obj;
use crate::port::Global;
use crate::{str as pystr, tuple};

/// Bytes read from stdin and not yet returned: `[start, end)` of `BUF`.
struct Pending {
    buf: [u8; 512],
    start: usize,
    end: usize,
}

static PENDING: Global<Pending> = Global::new(Pending {
    buf: [0; 512],
    start: 0,
    end: 0,
});

/// The next line of stdin without its `\n`, as a str (invalid UTF-8 replaced by
/// U+FFFD); None at the end of input.
fn read_line() -> Result<Option<Obj>, ()> {
    // The line's bytes so far: a heap block (not scanned: bytes only) that doubles.
    let mut line: *mut u8 = core::ptr::null_mut();
    let (mut len, mut cap) = (0usize, 0usize);
    let mut any = false;
    loop {
        let done = PENDING.with(|p| -> Result<bool, ()> {
            if p.start == p.end {
                p.start = 0;
                p.end = crate::port::read_stdin(&mut p.buf);
                if p.end == 0 {
                    return Ok(true);
                }
            }
            let avail = &p.buf[p.start..p.end];
            let (take, newline) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (avail.len(), false),
            };
            if len + take > cap {
                let new_cap = (len + take).max(cap * 2).max(64);
                let grown = crate::heap::alloc_noscan(new_cap);
                if grown.is_null() {
                    exc::memory_error();
                    return Err(());
                }
                // SAFETY: `line` holds `len` bytes; `grown` has room for `new_cap`.
                unsafe { core::ptr::copy_nonoverlapping(line, grown, len) };
                (line, cap) = (grown, new_cap);
            }
            // SAFETY: room for `take` more bytes was made above.
            unsafe { core::ptr::copy_nonoverlapping(avail.as_ptr(), line.add(len), take) };
            len += take;
            p.start += take;
            any = true;
            Ok(newline)
        })?;
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    let bytes = if len == 0 {
        &[][..]
    } else {
        // SAFETY: `line` holds `len` bytes.
        unsafe { core::slice::from_raw_parts(line, len) }
    };
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let s = match core::str::from_utf8(bytes) {
        Ok(t) => pystr::from_str(t),
        Err(_) => pystr::build(|w| {
            for chunk in bytes.utf8_chunks() {
                w.write_str(chunk.valid())?;
                if !chunk.invalid().is_empty() {
                    w.write_char('\u{fffd}')?;
                }
            }
            Ok(())
        }),
    };
    if s == 0 {
        return Err(());
    }
    Ok(Some(s))
}

/// `input([prompt])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_input(args: *const Obj, n: usize) -> Obj {
    match *tuple::word_slice(args, n) {
        [] => {}
        [prompt] => {
            let s = crate::object::str_of(prompt);
            if s == 0 {
                return 0;
            }
            crate::port::write_stdout(pystr::as_bytes(s));
        }
        _ => return exc::type_error(format_args!("input expected at most 1 argument, got {n}")),
    }
    crate::port::flush_stdout();
    match read_line() {
        Ok(Some(line)) => line,
        Ok(None) => exc::raise_fmt(
            &crate::exc_types::TYPE_EOF_ERROR,
            format_args!("EOF when reading a line"),
        ),
        Err(()) => 0,
    }
}
