//! The rest of CPython's built-in exception hierarchy: OSError and its errno
//! subclasses (with CPython's `OSError(errno, strerror)` → subclass mapping and
//! `[Errno N] message` str), EOFError, KeyboardInterrupt, the warnings, and the
//! less common errors. exc.rs has the ones the runtime itself raises most.

use crate::exc::{self, exc_type, ExcObject, TYPE_BASE_EXCEPTION, TYPE_EXCEPTION};
use crate::object::{self, Obj, TypeObject};
use crate::{int, str as pystr, tuple};

macro_rules! exceptions {
    ($($(#[$doc:meta])* $name:ident = $py:literal < $base:expr;)*) => {
        $($(#[$doc])* pub static $name: TypeObject = exc_type($py, $base);)*
    };
}

/// `OSError`: its str is `[Errno N] strerror` (with `: 'filename'`) when made with
/// an errno.
pub static TYPE_OS_ERROR: TypeObject = TypeObject {
    str: Some(os_error_str),
    ..exc_type("OSError", &TYPE_EXCEPTION)
};

macro_rules! os_errors {
    ($($name:ident = $py:literal < $base:expr;)*) => {
        $(pub static $name: TypeObject = TypeObject {
            str: Some(os_error_str),
            ..exc_type($py, $base)
        };)*
    };
}

os_errors! {
    TYPE_UNSUPPORTED_OPERATION = "UnsupportedOperation" < &TYPE_OS_ERROR;
    TYPE_BLOCKING_IO_ERROR = "BlockingIOError" < &TYPE_OS_ERROR;
    TYPE_CHILD_PROCESS_ERROR = "ChildProcessError" < &TYPE_OS_ERROR;
    TYPE_CONNECTION_ERROR = "ConnectionError" < &TYPE_OS_ERROR;
    TYPE_BROKEN_PIPE_ERROR = "BrokenPipeError" < &TYPE_CONNECTION_ERROR;
    TYPE_CONNECTION_ABORTED_ERROR = "ConnectionAbortedError" < &TYPE_CONNECTION_ERROR;
    TYPE_CONNECTION_REFUSED_ERROR = "ConnectionRefusedError" < &TYPE_CONNECTION_ERROR;
    TYPE_CONNECTION_RESET_ERROR = "ConnectionResetError" < &TYPE_CONNECTION_ERROR;
    TYPE_FILE_EXISTS_ERROR = "FileExistsError" < &TYPE_OS_ERROR;
    TYPE_FILE_NOT_FOUND_ERROR = "FileNotFoundError" < &TYPE_OS_ERROR;
    TYPE_INTERRUPTED_ERROR = "InterruptedError" < &TYPE_OS_ERROR;
    TYPE_IS_A_DIRECTORY_ERROR = "IsADirectoryError" < &TYPE_OS_ERROR;
    TYPE_NOT_A_DIRECTORY_ERROR = "NotADirectoryError" < &TYPE_OS_ERROR;
    TYPE_PERMISSION_ERROR = "PermissionError" < &TYPE_OS_ERROR;
    TYPE_PROCESS_LOOKUP_ERROR = "ProcessLookupError" < &TYPE_OS_ERROR;
    TYPE_TIMEOUT_ERROR = "TimeoutError" < &TYPE_OS_ERROR;
}

exceptions! {
    /// `EOFError` (`input()` at end of input).
    TYPE_EOF_ERROR = "EOFError" < &TYPE_EXCEPTION;
    TYPE_KEYBOARD_INTERRUPT = "KeyboardInterrupt" < &TYPE_BASE_EXCEPTION;

    TYPE_FLOATING_POINT_ERROR = "FloatingPointError" < &exc::TYPE_ARITHMETIC_ERROR;
    TYPE_REFERENCE_ERROR = "ReferenceError" < &TYPE_EXCEPTION;
    TYPE_SYSTEM_ERROR = "SystemError" < &TYPE_EXCEPTION;
    TYPE_STOP_ASYNC_ITERATION = "StopAsyncIteration" < &TYPE_EXCEPTION;
    TYPE_SYNTAX_ERROR = "SyntaxError" < &TYPE_EXCEPTION;
    TYPE_INDENTATION_ERROR = "IndentationError" < &TYPE_SYNTAX_ERROR;
    TYPE_TAB_ERROR = "TabError" < &TYPE_INDENTATION_ERROR;
    TYPE_WARNING = "Warning" < &TYPE_EXCEPTION;
    TYPE_USER_WARNING = "UserWarning" < &TYPE_WARNING;
    TYPE_DEPRECATION_WARNING = "DeprecationWarning" < &TYPE_WARNING;
    TYPE_PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning" < &TYPE_WARNING;
    TYPE_SYNTAX_WARNING = "SyntaxWarning" < &TYPE_WARNING;
    TYPE_RUNTIME_WARNING = "RuntimeWarning" < &TYPE_WARNING;
    TYPE_FUTURE_WARNING = "FutureWarning" < &TYPE_WARNING;
    TYPE_IMPORT_WARNING = "ImportWarning" < &TYPE_WARNING;
    TYPE_UNICODE_WARNING = "UnicodeWarning" < &TYPE_WARNING;
    TYPE_BYTES_WARNING = "BytesWarning" < &TYPE_WARNING;
    TYPE_RESOURCE_WARNING = "ResourceWarning" < &TYPE_WARNING;
    TYPE_ENCODING_WARNING = "EncodingWarning" < &TYPE_WARNING;
}

/// The OSError subclass CPython's `OSError(errno, ...)` makes for `errno` (Linux
/// numbers), or OSError itself.
pub fn os_error_subclass(errno: isize) -> &'static TypeObject {
    match errno {
        1 | 13 => &TYPE_PERMISSION_ERROR,
        2 => &TYPE_FILE_NOT_FOUND_ERROR,
        3 => &TYPE_PROCESS_LOOKUP_ERROR,
        4 => &TYPE_INTERRUPTED_ERROR,
        10 => &TYPE_CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &TYPE_BLOCKING_IO_ERROR,
        17 => &TYPE_FILE_EXISTS_ERROR,
        20 => &TYPE_NOT_A_DIRECTORY_ERROR,
        21 => &TYPE_IS_A_DIRECTORY_ERROR,
        32 | 108 => &TYPE_BROKEN_PIPE_ERROR,
        103 => &TYPE_CONNECTION_ABORTED_ERROR,
        104 => &TYPE_CONNECTION_RESET_ERROR,
        110 => &TYPE_TIMEOUT_ERROR,
        111 => &TYPE_CONNECTION_REFUSED_ERROR,
        _ => &TYPE_OS_ERROR,
    }
}

/// `(errno, strerror, filename)` of an OSError made with at least two arguments.
fn os_error_args(e: Obj) -> Option<(Obj, Obj, Obj)> {
    let args = exc::args_of(e);
    if args == 0 {
        return None;
    }
    match *tuple::items(args) {
        [errno, strerror] => Some((errno, strerror, 0)),
        [errno, strerror, filename, ..] => Some((errno, strerror, filename)),
        _ => None,
    }
}

fn os_error_str(e: Obj) -> Obj {
    let Some((errno, strerror, filename)) = os_error_args(e) else {
        return exc::builtin_str(e, false);
    };
    let (n, s) = (object::str_of(errno), object::str_of(strerror));
    if n == 0 || s == 0 {
        return 0;
    }
    if filename != 0 {
        let f = object::repr(filename);
        if f == 0 {
            return 0;
        }
        return pystr::format(format_args!(
            "[Errno {}] {}: {}",
            pystr::as_str(n),
            pystr::as_str(s),
            pystr::as_str(f)
        ));
    }
    pystr::format(format_args!(
        "[Errno {}] {}",
        pystr::as_str(n),
        pystr::as_str(s)
    ))
}

/// `errno`, `strerror`, `filename` of an OSError, or None for other names.
pub fn os_error_attr(e: Obj, name: &str) -> Option<Obj> {
    let parts = os_error_args(e);
    let pick = |i: usize| match parts {
        Some(p) => [p.0, p.1, p.2][i],
        None => 0,
    };
    let v = match name {
        "errno" => pick(0),
        "strerror" => pick(1),
        "filename" => pick(2),
        _ => return None,
    };
    Some(if v == 0 { object::none() } else { v })
}

/// The class `OSError(args...)` really makes: the errno's subclass when the first
/// of two or more arguments is an int.
pub fn construct_type(ty: &'static TypeObject, args: &[Obj]) -> &'static TypeObject {
    if !core::ptr::eq(ty, &TYPE_OS_ERROR) || args.len() < 2 {
        return ty;
    }
    match int::value(args[0]) {
        Some(n) if int::is_int(args[0]) => os_error_subclass(n),
        _ => ty,
    }
}

/// Raises `ty` (an OSError subclass) as CPython reports a failed system call:
/// `[Errno n] strerror: 'filename'`.
pub fn raise_os_error(errno: isize, strerror: &str, filename: Obj) -> Obj {
    let s = pystr::from_str(strerror);
    if s == 0 {
        return 0;
    }
    let items = if filename == 0 {
        tuple::from_slice(&[int::new(errno), s])
    } else {
        tuple::from_slice(&[int::new(errno), s, filename])
    };
    if items == 0 {
        return 0;
    }
    let e = exc::new_exception(os_error_subclass(errno), 0);
    if e == 0 {
        return 0;
    }
    // SAFETY: a fresh exception object.
    unsafe { (*(e as *mut ExcObject)).args = items };
    exc::raise_obj(e)
}
