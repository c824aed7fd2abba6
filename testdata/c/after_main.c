/* A C program that runs a module with pyaot_main, then keeps calling its exported
 * functions: the collector must scan main's frame, above the one pyaot_main had
 * (built with -O0 so that `xs` lives in that frame). */
#include "after_main.h"
int main(int argc, char **argv) {
    pyaot_init(NULL, 0);
    int status = pyaot_main(argc, argv, pyaot_main_init_after_main);
    /* Held only in this frame, above the one pyaot_main had. */
    pyaot_obj xs = make(5);
    pyaot_collect();
    churn(20000);
    pyaot_collect();
    show(xs);
    return status;
}
