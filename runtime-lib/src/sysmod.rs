//! The `sys` module: argv, exit, maxsize, byteorder, platform, implementation, and
//! stdout/stderr objects with `write` and `flush`.

use crate::exc;
use crate::modules;
use crate::object::{alloc_obj, is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::{int, list, port, str as pystr, tuple};

/// The type of `sys.stdout` and `sys.stderr`.
pub static TYPE_STREAM: TypeObject = TypeObject {
    repr: Some(stream_repr),
    methods: Some(&crate::methods::STREAM_METHODS),
    ..TypeObject::new("TextIOWrapper", Some(&TYPE_OBJECT))
};

/// `[type][fd]`.
#[repr(C)]
struct Stream {
    header: Header,
    fd: usize,
}

fn stream(fd: usize) -> Obj {
    let s = alloc_obj(&TYPE_STREAM, core::mem::size_of::<Stream>());
    if s != 0 {
        // SAFETY: a fresh stream object.
        unsafe { (*(s as *mut Stream)).fd = fd };
    }
    s
}

/// The file descriptor behind `sys.stdout`/`sys.stderr`; None for other objects.
pub fn stream_fd(o: Obj) -> Option<usize> {
    (o & 1 == 0 && is_type(o, &TYPE_STREAM)).then(|| fd_of(o))
}

fn fd_of(s: Obj) -> usize {
    // SAFETY: only called on streams.
    unsafe { (*(s as *const Stream)).fd }
}

fn stream_repr(s: Obj) -> Obj {
    let name = if fd_of(s) == 1 {
        "<stdout>"
    } else {
        "<stderr>"
    };
    pystr::format(format_args!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        name
    ))
}

/// Methods of stdout/stderr: None when `name` is not one.
pub fn stream_method(s: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    if s & 1 == 1 || !is_type(s, &TYPE_STREAM) {
        return None;
    }
    Some(match (name, args) {
        ("write", [text]) => {
            if !pystr::is_str(*text) {
                return Some(exc::type_error(format_args!(
                    "write() argument must be str, not {}",
                    type_of(*text).name
                )));
            }
            let bytes = pystr::as_str(*text).as_bytes();
            if fd_of(s) == 1 {
                port::write_stdout(bytes);
            } else {
                port::write_stderr(bytes);
            }
            int::new(pystr::char_len(*text) as isize)
        }
        ("write", _) => exc::type_error(format_args!(
            "write() takes exactly one argument ({} given)",
            args.len()
        )),
        ("flush", []) => {
            if fd_of(s) == 1 {
                port::flush_stdout();
            }
            none()
        }
        _ => return None,
    })
}

extern "C" fn sys_exit(p: *const Obj, n: usize) -> Obj {
    let a = tuple::word_slice(p, n);
    if a.len() > 1 {
        return exc::type_error(format_args!(
            "exit expected at most 1 argument, got {}",
            a.len()
        ));
    }
    let code = a.first().copied().unwrap_or(0);
    exc::raise(&exc::TYPE_SYSTEM_EXIT, code)
}

/// `exit(code=None)` and `quit(code=None)`: the site module's Quitter objects that
/// CPython puts among the builtins, which raise SystemExit like `sys.exit`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_exit(p: *const Obj, n: usize) -> Obj {
    if n > 1 {
        return exc::type_error(format_args!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            n + 1
        ));
    }
    sys_exit(p, n)
}

/// The `sys` module.
pub fn create() -> Obj {
    let m = modules::new_module("sys");
    if m == 0 {
        return 0;
    }
    let argv = list::with_capacity(4);
    if argv == 0 {
        return 0;
    }
    let (argc, argp) = crate::entry::args();
    for i in 0..argc.max(0) as usize {
        // SAFETY: argv holds argc NUL-terminated strings (host; none on bare metal).
        let arg = unsafe {
            let p = *argp.add(i);
            let mut len = 0;
            while *p.add(len) != 0 {
                len += 1;
            }
            core::slice::from_raw_parts(p, len)
        };
        let text = core::str::from_utf8(arg).unwrap_or("?");
        let s = pystr::from_str(text);
        if s == 0 || list::push(argv, s).is_err() {
            return 0;
        }
    }
    // No command line (bare metal): `['']`, as CPython embedded without one.
    if argc <= 0 && list::push(argv, pystr::empty()).is_err() {
        return 0;
    }
    let implementation = modules::new_module("implementation");
    let platform = if cfg!(target_os = "none") {
        "none"
    } else {
        "linux"
    };
    let ok = modules::set(m, "argv", argv).is_ok()
        && modules::functions(m, &[("exit", sys_exit)]).is_ok()
        && modules::set(m, "maxsize", int::new(isize::MAX)).is_ok()
        && modules::set(m, "byteorder", pystr::from_str("little")).is_ok()
        && modules::set(m, "platform", pystr::from_str(platform)).is_ok()
        && implementation != 0
        && modules::set(implementation, "name", pystr::from_str("pyaot")).is_ok()
        && modules::set(m, "implementation", implementation).is_ok()
        && modules::set(m, "stdout", stream(1)).is_ok()
        && modules::set(m, "stderr", stream(2)).is_ok();
    if ok {
        m
    } else {
        0
    }
}
