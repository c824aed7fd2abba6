/* Two pyaot objects in one C program, for the host (cc) and the board
 * (arm-none-eabi-gcc, no C library): each object keeps its own module state and its
 * own copy of the library module both import. All printing is Python's. */
#include "sensor_a.h"
#include "sensor_b.h"

static uint8_t heap[256 * 1024] __attribute__((aligned(8)));

int main(void) {
    pyaot_init(heap, sizeof heap);
    if (sensor_a_init() != 0 || sensor_b_init() != 0) {
        pyaot_err_print();
        return 1;
    }
    a_record(1, 5);
    a_record(2, 7);
    if (b_record(3, 9) != 1) {
        return 2;
    }
    a_report();
    b_report();
    pyaot_flush();
    return 0;
}
