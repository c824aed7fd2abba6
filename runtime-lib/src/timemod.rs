//! The `time` module: the clocks (`time`, `monotonic`, `perf_counter`,
//! `process_time` and their `_ns` forms) and `sleep`, from the port layer (on bare
//! metal, board hooks: see port/baremetal.rs).

use crate::exc;
use crate::float::{float_new, is_float, value as float_value};
use crate::modules;
use crate::object::{none, type_of, Obj};
use crate::port::{clock_ns, sleep_ns, Clock};
use crate::{int, tuple};

fn no_args(name: &str, p: *const Obj, n: usize) -> Result<(), ()> {
    if tuple::word_slice(p, n).is_empty() {
        return Ok(());
    }
    exc::type_error(format_args!("time.{name}() takes no arguments ({n} given)"));
    Err(())
}

macro_rules! clock {
    ($seconds:ident, $ns:ident, $py:literal, $clock:expr) => {
        extern "C" fn $seconds(p: *const Obj, n: usize) -> Obj {
            if no_args($py, p, n).is_err() {
                return 0;
            }
            float_new(clock_ns($clock) as f64 / 1e9)
        }
        extern "C" fn $ns(p: *const Obj, n: usize) -> Obj {
            if no_args(concat!($py, "_ns"), p, n).is_err() {
                return 0;
            }
            int::new_i64(clock_ns($clock) as i64)
        }
    };
}

clock!(t_time, t_time_ns, "time", Clock::Realtime);
clock!(t_monotonic, t_monotonic_ns, "monotonic", Clock::Monotonic);
clock!(
    t_perf_counter,
    t_perf_counter_ns,
    "perf_counter",
    Clock::Monotonic
);
clock!(
    t_process_time,
    t_process_time_ns,
    "process_time",
    Clock::Process
);

/// `sleep(seconds)`.
extern "C" fn t_sleep(p: *const Obj, n: usize) -> Obj {
    let [secs] = *tuple::word_slice(p, n) else {
        return exc::type_error(format_args!(
            "time.sleep() takes exactly one argument ({n} given)"
        ));
    };
    let s = if is_float(secs) {
        float_value(secs)
    } else if int::is_int(secs) {
        match int::to_f64(secs) {
            Ok(v) => v,
            Err(()) => return 0,
        }
    } else {
        return exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(secs).name
        ));
    };
    if s.is_nan() {
        return exc::value_error(format_args!("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return exc::value_error(format_args!("sleep length must be non-negative"));
    }
    if s > 9.2e9 {
        return exc::overflow_error(format_args!("sleep length is too large"));
    }
    sleep_ns((s * 1e9) as u64);
    none()
}

/// The `time` module.
pub fn create() -> Obj {
    let m = modules::new_module("time");
    if m == 0 {
        return 0;
    }
    let fs: &[(&str, extern "C" fn(*const Obj, usize) -> Obj)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("sleep", t_sleep),
    ];
    if modules::functions(m, fs).is_ok() {
        m
    } else {
        0
    }
}
