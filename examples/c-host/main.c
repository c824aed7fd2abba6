/* A C program that uses filter.py, compiled by pyaot into filter.o + filter.h.
 * Build and run: make run (see the Makefile and README's "Using pyaot from C"). */
#include <stdio.h>

#include "filter.h"

/* Called by scan() in filter.py (declared there with @extern). */
void report(uint8_t level, const char *text) {
    printf("  [C] level %u: %s\n", level, text);
}

/* Prints the pending exception as `what raised Type('message')` and clears it. */
static void print_error(const char *what) {
    pyaot_obj e = pyaot_err_fetch();
    printf("%s raised %s\n", what, pyaot_str_utf8(pyaot_repr(e), NULL));
}

static intptr_t int_of(pyaot_obj o) {
    intptr_t v = 0;
    if (pyaot_int_value(o, &v) != 0) {
        pyaot_err_print();
    }
    return v;
}

int main(void) {
    pyaot_init(NULL, 0);
    if (filter_init() != 0) {
        pyaot_err_print();
        return 1;
    }

    /* Integers and floats. */
    printf("clamp(150, 0, 100) = %ld\n", (long)clamp(150, 0, 100));
    printf("clamp(-5, 0, 100) = %ld\n", (long)clamp(-5, 0, 100));
    double y = 0.0;
    for (int i = 0; i < 4; i++) {
        y = smooth(y, 10.0, 0.5);
    }
    printf("smooth x4 = %.4f\n", y);

    /* Strings: the result stays valid while it is on the C stack. */
    const char *text = describe("gain", 1.0 / 3.0);
    printf("%s\n", text);

    /* A list made by Python, read from C through its handle. */
    pyaot_obj squares = ramp(5);
    printf("ramp(5) has %ld items:", (long)pyaot_len(squares));
    for (intptr_t i = 0; i < pyaot_len(squares); i++) {
        printf(" %ld", (long)int_of(pyaot_getitem(squares, pyaot_int(i))));
    }
    printf("\n");

    /* A list built in C, passed to Python; a dict back. */
    static const int samples[] = {40, 180, 75, 320, 99, 101};
    pyaot_obj xs = pyaot_list_new();
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        pyaot_list_push(xs, pyaot_int(samples[i]));
    }
    printf("mean = %.4f\n", mean(xs));
    pyaot_obj counts = histogram(xs);
    for (int k = 0; k < 3; k++) {
        printf("histogram[%d] = %ld\n", k, (long)int_of(pyaot_getitem(counts, pyaot_int(k))));
    }

    /* Python calling back into C. */
    printf("scan:\n");
    intptr_t over = scan(xs);
    printf("scan found %ld\n", (long)over);

    /* A Python callable, kept alive across a collection and called from C. */
    pyaot_obj triple = scaler(3.0);
    pyaot_keep(triple);
    pyaot_collect();
    pyaot_obj arg = pyaot_float(2.5);
    double r = 0.0;
    pyaot_float_value(pyaot_call(triple, &arg, 1), &r);
    printf("scaler(3.0)(2.5) = %.1f\n", r);
    pyaot_release(triple);

    /* Python reading C's memory with mem8. */
    static const char word[] = "pyaot";
    printf("checksum(\"pyaot\") = %lu\n", (unsigned long)checksum((intptr_t)word, 5));

    /* Bytes: a pointer and a length, binary data with NULs included. */
    static const uint8_t packet[] = {0xde, 0xad, 0x00, 0xbe, 0xef};
    printf("crc8(\"123456789\") = 0x%02x\n", crc8((const uint8_t *)"123456789", 9));
    printf("hexdump(packet) = %s\n", hexdump(packet, sizeof packet));

    /* Errors: the failure value, and the exception pending. */
    uint8_t level = to_level(2000);
    if (pyaot_err_occurred()) {
        printf("to_level(2000) returned %u and ", level);
        print_error("it");
    }
    double q = ratio(1, 0);
    if (pyaot_err_occurred()) {
        printf("ratio(1, 0) returned %.1f and ", q);
        print_error("it");
    }
    printf("to_level(400) = %u\n", to_level(400));

    /* Python's print: its stdout buffer is its own, as in CPython. */
    fflush(stdout);
    greet();
    pyaot_flush();
    printf("done\n");
    return 0;
}
