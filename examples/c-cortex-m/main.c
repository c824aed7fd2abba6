/* Bare-metal C firmware for mps2-an386 (QEMU) that calls Python compiled by pyaot.
 * No C library: the runtime's start-up code runs main(), and main's return value
 * becomes QEMU's exit status. Build and run: make run. */
#include "firmware.h"

#define UART0_DATA (*(volatile uint32_t *)0x40004000u)
#define UART0_STATE (*(volatile uint32_t *)0x40004004u)

static void put(const char *s) {
    for (; *s; s++) {
        while (UART0_STATE & 1u) {
        }
        UART0_DATA = (uint8_t)*s;
    }
}

static void put_int(long v) {
    char buf[16];
    int i = sizeof buf - 1;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        buf[--i] = '-';
    }
    put(&buf[i]);
}

static void put_hex(uint32_t v) {
    char buf[11] = "0x";
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xf];
    }
    buf[10] = 0;
    put(buf);
}

/* Called by firmware.py (declared there with @extern). */
int32_t read_sensor(uint8_t channel) {
    return 100 * channel - 50;
}

/* The Python heap: 64 KiB of this firmware's RAM. */
static uint8_t heap[64 * 1024] __attribute__((aligned(8)));
static uint32_t buffer[8];

int main(void) {
    pyaot_init(heap, sizeof heap);
    if (firmware_init() != 0) {
        pyaot_err_print();
        return 1;
    }
    put("C: firmware up\n");
    uart_write("Python: hello over UART0\n");

    put("average(4) = ");
    put_int(average(4));
    put("\n");
    report(5);

    fill((intptr_t)buffer, 8, 7);
    put("buffer[0..2] = ");
    put_int((long)(buffer[0] & 0xffff));
    put(" ");
    put_int((long)(buffer[1] & 0xffff));
    put("\n");
    static const uint8_t bytes[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    put("crc8(\"123456789\") = ");
    put_int(crc8((intptr_t)bytes, sizeof bytes));
    put("\n");
    put("scratch() = ");
    put_hex(scratch());
    put("\n");
    put("scale(250, 0.5) x10 = ");
    put_int((long)(scale(250, 0.5) * 10));
    put("\n");

    put("to_percent(128) = ");
    put_int(to_percent(128));
    put("\n");
    uint8_t p = to_percent(1000);
    if (pyaot_err_occurred()) {
        put("to_percent(1000) returned ");
        put_int(p);
        put(" and raised ");
        put(pyaot_str_utf8(pyaot_repr(pyaot_err_fetch()), NULL));
        put("\n");
    }
    put("churn(5000) = ");
    put_int(churn(5000));
    put("\n");
    put("C: done\n");
    return 0;
}
