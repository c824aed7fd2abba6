/* pyaot.h: the C interface of the pyaot runtime (libpyaot_rt.a).
 *
 * A C program runs a module compiled with `pyaot -c foo.py -o foo.o` by linking
 * foo.o with libpyaot_rt.a and calling
 *
 *     int status = pyaot_main(argc, argv, pyaot_init_foo);
 *
 * which runs the module body, prints a traceback on stderr if an exception
 * escapes it (CPython's format), flushes stdout and returns the exit status
 * CPython would have used (0, or 1 for an uncaught exception).
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
 * pyaot_main sets it; 0 disables the check. */
extern uintptr_t pyaot_stack_limit;

/* Small ints, as compiled code tags them. */
#define PYAOT_INT(v) ((pyaot_obj)(((uintptr_t)(intptr_t)(v) << 1) | 1))
#define PYAOT_IS_INT(o) (((o) & 1) != 0)
#define PYAOT_INT_VALUE(o) ((intptr_t)(o) >> 1)

#if !defined(__linux__)
/* Bare metal only. Memory for the heap, instead of the linker script's
 * __pyaot_heap_start..__pyaot_heap_end; call before pyaot_main. */
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
#endif

#ifdef __cplusplus
}
#endif

#endif /* PYAOT_H */
