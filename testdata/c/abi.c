/* The C side of abi.py, for the host (cc) and the board (arm-none-eabi-gcc, no C
 * library): defines the @extern functions, calls the @export ones and the C API.
 * Results travel back to Python to be printed, so both targets print alike. */
#include "abi.h"

/* ---- the @extern functions: each argument weighted, so a misplaced one shows ---- */

double c_mix(int8_t a, int64_t b, uint16_t c, double d, int32_t e, float f, uint64_t g,
             intptr_t h, double i, uint8_t j) {
    return a + (double)(b >> 20) + c + d + e + f + (double)(g >> 60) + (double)h + i + j;
}

int64_t c_sum7(intptr_t a, intptr_t b, intptr_t c, intptr_t d, intptr_t e, intptr_t f,
               intptr_t g) {
    return (int64_t)a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * (int64_t)g;
}

int64_t c_pairs(int32_t a, int64_t b, int64_t c, int32_t d, int64_t e) {
    return a + 2 * b + 3 * c + 5 * (int64_t)d + 7 * e;
}

const char *c_upper(const char *s) {
    static char buf[64];
    unsigned n = 0;
    for (; s[n] && n < sizeof buf - 1; n++) {
        buf[n] = (s[n] >= 'a' && s[n] <= 'z') ? (char)(s[n] - 32) : s[n];
    }
    buf[n] = 0;
    return buf;
}

int16_t c_neg(int16_t x) { return (int16_t)-x; }
bool c_not(bool x) { return !x; }
float c_half(float x) { return x / 2; }
uint64_t c_max_u64(void) { return UINT64_MAX; }
const char *c_null_str(void) { return NULL; }
void c_nothing(void) {}
pyaot_obj c_same(pyaot_obj o) { return o; }
pyaot_obj c_null_obj(void) { return 0; }

/* ---- helpers: printing through Python ---- */

static void say(pyaot_obj o) {
    pyaot_obj s = pyaot_str_of(o);
    py_void(s ? pyaot_str_utf8(s, NULL) : "str() failed");
}

static void say_error(const char *what) {
    pyaot_obj e = pyaot_err_fetch();
    pyaot_obj parts[2] = {pyaot_str(what), e ? pyaot_repr(e) : pyaot_str("no exception")};
    pyaot_obj line = pyaot_list_new();
    pyaot_list_push(line, parts[0]);
    pyaot_list_push(line, parts[1]);
    say(line);
}

/* An object C hides from the collector (stored masked), so only pyaot_keep keeps
 * it alive. */
#define MASK ((uintptr_t)0x5a5a5a5a)
static volatile uintptr_t hidden;

__attribute__((noinline)) static void make_hidden(void) {
    pyaot_obj s = pyaot_str("kept through collections");
    pyaot_keep(s);
    hidden = s ^ MASK;
}

/* Overwrites the dead stack below the caller, where stale copies of pointers may lie. */
__attribute__((noinline)) static uintptr_t clear_stack(void) {
    volatile uintptr_t junk[256];
    uintptr_t sum = 0;
    for (unsigned i = 0; i < 256; i++) {
        junk[i] = 0;
    }
    for (unsigned i = 0; i < 256; i++) {
        sum += junk[i];
    }
    return sum;
}

static uint8_t heap[96 * 1024] __attribute__((aligned(8)));

void bytes_main(void);

int main(void) {
    pyaot_init(heap, sizeof heap);
    if (abi_init() != 0) {
        pyaot_err_print();
        return 1;
    }
    calls_into_c();

    say(pyaot_float(py_mix(-5, -(1LL << 40), 65535, 0.25, -70000, 1.5f, UINT64_MAX, -123,
                           2.75, 255)));
    say(pyaot_int(py_many(1, 2, 3, 4, 5, 6, 7, 8)));
    say(pyaot_int64(py_pairs(-1, 1LL << 33, -(1LL << 35), 7, 5)));
    say(pyaot_int(py_narrow(-128, 255, -32768, 65535, 0xFFFFFFFFu, true)));
    py_void(py_str("ab", 3));
    say(pyaot_bool(py_bool(5)));
    say(pyaot_bool(py_bool(-5)));
    say(pyaot_int(py_sum(py_list(5))));
    pyaot_obj d = pyaot_dict_new();
    pyaot_setitem(d, pyaot_str("b"), pyaot_int(2));
    pyaot_setitem(d, pyaot_str("a"), pyaot_float(1.5));
    say(py_keys(d));
    pyaot_obj items = pyaot_call_method(d, pyaot_str("items"), NULL, 0);
    say(items);
    pyaot_obj sep = pyaot_str("-");
    say(pyaot_call_method(sep, pyaot_str("join"), &(pyaot_obj){py_keys(d)}, 1));
    say(pyaot_getattr(pyaot_float(2.5), pyaot_str("real")));
    pyaot_obj missing = pyaot_call_method(d, pyaot_str("nope"), NULL, 0);
    say_error("d.nope()");
    say(pyaot_bool(missing == 0));

    /* Errors: the failure value and the pending exception, fetched before the next
     * call into Python (which starts with none pending). */
    say(pyaot_float(py_raise(4)));
    float r = py_raise(0);
    say_error("py_raise(0)");
    say(pyaot_float(r));
    const char *s = py_str(NULL, 2);
    say_error("py_str(NULL, 2)");
    say(pyaot_bool(s == NULL));
    s = py_str("x", 0);
    say(pyaot_bool(s != NULL && s[0] == 0));
    s = py_str("\xff", 1);
    pyaot_obj bad_utf8 = pyaot_err_fetch();
    say(pyaot_bool(s == NULL));
    say(bad_utf8); /* str(): CPython's UnicodeDecodeError repr lists its five fields */
    intptr_t v = 7;
    int status = pyaot_int_value(pyaot_str("7"), &v);
    say_error("pyaot_int_value(str)");
    say(pyaot_int(status));
    (void)py_raise(0);
    pyaot_err_clear();
    say(pyaot_bool(pyaot_err_occurred() == 0));

    /* Calling a Python callable from C. */
    pyaot_obj add10 = adder(10);
    pyaot_obj args[1] = {pyaot_int(5)};
    say(pyaot_call(add10, args, 1));
    args[0] = pyaot_str("five");
    pyaot_obj failed = pyaot_call(add10, args, 1);
    say_error("add10('five')");
    say(pyaot_bool(failed == 0));

    /* Python reading and writing C's memory. */
    static uint32_t buffer[4];
    mem_test((intptr_t)buffer);

    /* An object kept by pyaot_keep only, through collections that reuse memory. */
    make_hidden();
    (void)clear_stack();
    pyaot_collect();
    for (int i = 0; i < 4000; i++) {
        (void)py_str("y", 24);
    }
    pyaot_collect();
    pyaot_obj kept = hidden ^ MASK;
    py_void(pyaot_str_utf8(kept, NULL));
    pyaot_release(kept);
    bytes_main();
    return 0;
}

/* ---- bytes: pointer + length ---- */

/* Each byte weighted by its position, the salt by 100000 and the length by 1000000. */
uint32_t c_weigh(const uint8_t *data, size_t data_len, uint8_t salt) {
    uint32_t sum = 100000u * salt + 1000000u * (uint32_t)data_len;
    for (size_t i = 0; i < data_len; i++) {
        sum += (uint32_t)(i + 1) * data[i];
    }
    return sum;
}

intptr_t c_weigh_late(intptr_t a, intptr_t b, intptr_t c, intptr_t d, intptr_t e,
                      const uint8_t *data, size_t data_len) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 1000 * (intptr_t)data_len + data[0] +
           10 * data[data_len - 1];
}

void bytes_main(void) {
    bytes_into_c();
    static const uint8_t raw[] = {0, 'a', 'b', 0xff};
    say(pyaot_int(py_bytes(200, raw, sizeof raw, 3)));
    say(pyaot_int(py_bytes(1, raw, 0, 3)));
    say(pyaot_int(py_bytes(2, NULL, 0, 3)));
    say(pyaot_int64(py_bytes_late(1, 2, 3, 4, 5, raw + 1, 2, -(1LL << 40))));
}
