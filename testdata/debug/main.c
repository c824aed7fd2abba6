/* A C program that runs a module compiled with `pyaot -c -g`: the C frames and the
 * Python frames appear in one backtrace under gdb. */
#include "pyaot.h"

pyaot_obj pyaot_init___main__(void);

int run_python(int argc, char **argv) {
    return pyaot_main(argc, argv, pyaot_init___main__);
}

int main(int argc, char **argv) {
    return run_python(argc, argv);
}
