/* The C side of vfp.py: floats both ways across the C boundary. Built for the host
 * with cc and for the board with arm-none-eabi-gcc, soft- and hard-float ABI; all
 * printing is Python's, so every build prints vfp.out. */
#include "vfp.h"

double c_backfill(float a, double b, float c, intptr_t d, double e) {
    return a + 10 * b + 100 * c + 1000 * (double)d + 10000 * e;
}

double c_spill(double a, double b, double c, double d, double e, double f, double g,
               double h, double i, float j, intptr_t k) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 1000 * i +
           10000 * (double)j + 100000 * (double)k;
}

float c_third(float x) { return x / 3; }

int64_t c_mixed(intptr_t a, float b, int64_t c, double d, intptr_t e, intptr_t f) {
    return a + (int64_t)(10 * b) + c + (int64_t)(100 * d) + 1000 * e + 10000 * f;
}

static uint8_t heap[64 * 1024] __attribute__((aligned(8)));

int main(void) {
    pyaot_init(heap, sizeof heap);
    if (vfp_init() != 0) {
        pyaot_err_print();
        return 1;
    }
    floats_into_c();
    show(pyaot_float(py_backfill(1.5f, 2.25, 3.0f, 4, 5.5)));
    show(pyaot_float(py_spill(1, 2, 3, 4, 5, 6, 7, 8, 9.5, 0.25f, -3)));
    show(pyaot_float(py_half(5.0f)));
    double r = py_fail(0.0);
    show(pyaot_bool(pyaot_err_occurred() != 0));
    pyaot_err_clear();
    show(pyaot_float(r));
    show(pyaot_float(py_fail(4.0)));
    /* The C API's doubles: by value into pyaot_float, through a pointer back. */
    double back = 0;
    show(pyaot_int(pyaot_float_value(pyaot_float(-0.125), &back)));
    show(pyaot_bool(back == -0.125));
    pyaot_flush();
    return 0;
}
