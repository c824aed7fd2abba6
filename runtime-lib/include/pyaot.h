/* pyaot.h: the C interface of the pyaot runtime (libpyaot_rt.a).
 *
 * Two ways to use compiled Python from C (docs/C_INTEROP.md has the details):
 *
 * 1. Run a whole program: link `pyaot -c foo.py -o foo.o` with libpyaot_rt.a and
 *    call
 *
 *        int status = pyaot_main(argc, argv, pyaot_main_init_foo);
 *
 *    (foo.h declares pyaot_main_init_foo; `pyaot_init___main__` is a weak alias
 *    of it, enough in a program that links one pyaot object.)
 *    which runs the module body, prints a traceback on stderr if an exception
 *    escapes it (CPython's format), flushes stdout and returns the exit status
 *    CPython would have used (0, or 1 for an uncaught exception).
 *
 * 2. Call Python functions marked `@export` (module `pyaot`): `pyaot -c foo.py -o
 *    foo.o --emit-header foo.h` declares them as plain C functions in foo.h. Start
 *    the runtime with pyaot_init, run the module body once with foo_init() (from
 *    foo.h), then call them.
 *
 * Conventions, as in CPython's C API: a function returning pyaot_obj returns 0
 * when it raised an exception, one returning int returns -1; the exception then
 * stays pending (pyaot_err_occurred) until printed, fetched or cleared. An exported
 * function that raised returns its documented failure value (see foo.h). Nothing
 * ever longjmps or unwinds through C frames. Arguments of type pyaot_obj must be
 * valid objects (never 0).
 *
 * Objects and the collector: the collector scans the C stack, the registers and
 * the program's static data (also C's globals), so objects held in C locals and
 * globals stay alive. Objects stored anywhere else (malloc'd memory, a device)
 * must be kept with pyaot_keep until pyaot_release.
 */
#ifndef PYAOT_H
#define PYAOT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A Python value: one machine word. Low bit 1: a small int (value = word >> 1,
 * arithmetic shift); low bit 0: a pointer to an object. 0 is never a value: a
 * function returning pyaot_obj returns 0 when it raised an exception, which is
 * then pending in the runtime. */
typedef uintptr_t pyaot_obj;

/* A module's init function (`pyaot_init_<module>`): runs the module body; returns
 * None, or 0 when an exception escaped. */
typedef pyaot_obj (*pyaot_init_fn)(void);

/* Runs a program whose main module's init function is `init`; returns the exit
 * status. `argv` becomes sys.argv (may be NULL with argc 0 on bare metal). */
int pyaot_main(int argc, char **argv, pyaot_init_fn init);

/* The lowest stack address compiled code may use (RecursionError below it).
 * pyaot_main and pyaot_init set it; 0 disables the check. */
extern uintptr_t pyaot_stack_limit;

/* Small ints, as compiled code tags them. */
#define PYAOT_INT(v) ((pyaot_obj)(((uintptr_t)(intptr_t)(v) << 1) | 1))
#define PYAOT_IS_INT(o) (((o) & 1) != 0)
#define PYAOT_INT_VALUE(o) ((intptr_t)(o) >> 1)

/* ---- Starting the runtime (when C owns main) ---- */

/* Starts the runtime: the platform (the board's UART), the heap and the stack
 * limit (below the caller's frame). Bare metal: the heap is the `size` bytes at
 * `heap`, or the linker script's region when `heap` is NULL. Host: both are ignored
 * (the heap grows from the OS up to PYAOT_HEAP_LIMIT). Call it first, from main or
 * a frame at least as high as every later call into Python. Later calls do
 * nothing. Returns 0. */
int pyaot_init(void *heap, size_t size);

/* Runs a module body (the generated header's foo_init() calls this with
 * pyaot_init_foo): 0, or -1 with the exception that escaped pending. Run each
 * module once, before calling its functions. */
int pyaot_module_init(pyaot_init_fn init);

/* Writes out what Python's print left in stdout's buffer. The host buffers stdout
 * as CPython does (flushed at exit): call this before writing to stdout from C, and
 * fflush(stdout) before calling Python, to keep the two in order. */
void pyaot_flush(void);

/* ---- Exceptions ---- */

/* The pending exception (an exception object), or 0 when there is none. */
pyaot_obj pyaot_err_occurred(void);

/* Prints the pending exception on stderr as CPython prints an uncaught one (its
 * traceback through the Python frames, then `Type: message`), and clears it. */
void pyaot_err_print(void);

/* Clears the pending exception, if any. */
void pyaot_err_clear(void);

/* Takes the pending exception (0 when there is none), leaving none pending. */
pyaot_obj pyaot_err_fetch(void);

/* ---- Building and reading values ---- */

pyaot_obj pyaot_none(void);            /* None */
pyaot_obj pyaot_bool(int v);           /* True if v != 0, else False */
pyaot_obj pyaot_int(intptr_t v);       /* an int */
pyaot_obj pyaot_int64(int64_t v);      /* an int (also on 32-bit targets) */
pyaot_obj pyaot_float(double v);       /* a float */

/* The value of an int (or bool) into *out: 0, or -1 with TypeError (not an int)
 * or OverflowError (does not fit) pending. */
int pyaot_int_value(pyaot_obj o, intptr_t *out);
int pyaot_int64_value(pyaot_obj o, int64_t *out);

/* The value of a float, int or bool as a double: 0, or -1 with TypeError or
 * OverflowError pending. */
int pyaot_float_value(pyaot_obj o, double *out);

/* A str from NUL-terminated UTF-8 / from `len` bytes of UTF-8 (UnicodeDecodeError,
 * a ValueError, for other bytes). */
pyaot_obj pyaot_str(const char *utf8);
pyaot_obj pyaot_str_n(const char *utf8, size_t len);

/* The UTF-8 bytes of a str, NUL-terminated; their number in *len unless len is
 * NULL. Valid as long as the str is alive. NULL with TypeError pending for
 * anything but a str. */
const char *pyaot_str_utf8(pyaot_obj s, size_t *len);

pyaot_obj pyaot_str_of(pyaot_obj o);   /* str(o) */
pyaot_obj pyaot_repr(pyaot_obj o);     /* repr(o) */

/* len(o), or -1 with TypeError pending. */
intptr_t pyaot_len(pyaot_obj o);

/* o[key] (lists and tuples take int keys, dicts any hashable key): the item, or 0
 * with IndexError, KeyError or TypeError pending. */
pyaot_obj pyaot_getitem(pyaot_obj o, pyaot_obj key);

/* o[key] = value: None, or 0 with an exception pending. */
pyaot_obj pyaot_setitem(pyaot_obj o, pyaot_obj key, pyaot_obj value);

pyaot_obj pyaot_list_new(void);        /* [] */
/* list.append(item): 0, or -1 (TypeError for a non-list, MemoryError). */
int pyaot_list_push(pyaot_obj list, pyaot_obj item);
pyaot_obj pyaot_dict_new(void);        /* {} */

/* callable(*args) with n positional arguments: the result, or 0 with the
 * exception it raised pending. */
pyaot_obj pyaot_call(pyaot_obj callable, const pyaot_obj *args, size_t n);

/* o.name(*args), name a str (pyaot_str("keys")): the result, or 0 with the
 * exception pending (AttributeError for a missing method). */
pyaot_obj pyaot_call_method(pyaot_obj o, pyaot_obj name, const pyaot_obj *args, size_t n);

/* o.name, name a str: the attribute, or 0 with AttributeError pending. */
pyaot_obj pyaot_getattr(pyaot_obj o, pyaot_obj name);

/* ---- Keeping objects alive ---- */

/* Keeps o alive until a matching pyaot_release, wherever C stores it. Calls nest:
 * an object kept twice needs two releases. Returns 0, or -1 with MemoryError
 * pending. */
int pyaot_keep(pyaot_obj o);
/* Undoes one pyaot_keep(o). */
void pyaot_release(pyaot_obj o);
/* Runs a collection now. */
void pyaot_collect(void);

#if !defined(__linux__)
/* Bare metal only. Memory for the heap, instead of the linker script's
 * __pyaot_heap_start..__pyaot_heap_end; call before pyaot_main (pyaot_init calls
 * it for a non-NULL heap). */
void pyaot_heap_init(void *start, size_t size);

/* Platform hooks, each a weak symbol: define a function of the same name to
 * replace the default (mps2-an386: UART0 for fd 1, semihosting for the rest). */
void pyaot_port_init(void);                                   /* at start-up */
void pyaot_port_write(int fd, const uint8_t *buf, size_t len); /* fd 1 or 2 */
void pyaot_port_exit(int status) __attribute__((noreturn));
/* Clocks of the time module, in nanoseconds: 0 the wall clock (since the Unix
 * epoch), 1 monotonic, 2 process time. Default: semihosting SYS_TIME (whole
 * seconds) and SYS_CLOCK (since start, 10 ms steps). */
uint64_t pyaot_port_clock_ns(int clock);
void pyaot_port_sleep_ns(uint64_t ns);                        /* time.sleep */
/* input(): reads up to len bytes of standard input, 0 at its end. Default:
 * semihosting SYS_READ of the console (QEMU's stdin). */
size_t pyaot_port_read(uint8_t *buf, size_t len);
#endif

#ifdef __cplusplus
}
#endif

#endif /* PYAOT_H */
