# pyaot: build the runtime for each target, run the tests, the demo and benchmarks.
#   make demo   set up a fresh machine, build, compile examples/hello.py for the host
#               and for Cortex-M, and run both (the second under QEMU)
#   make test   the whole test suite (what .ci/run runs)

CARGO  ?= cargo
HOST   := x86_64-unknown-linux-gnu
THUMB  := thumbv7em-none-eabi
# The hard-float ABI (C floats in VFP registers), for C programs built with
# -mfloat-abi=hard: only its runtime differs.
THUMBHF := thumbv7em-none-eabihf
RT_OUT := target/pyaot-runtime
PYAOT  := target/release/pyaot
QEMU   := timeout 20 qemu-system-arm -M mps2-an386 -nographic -semihosting-config enable=on,target=native -kernel

.PHONY: all setup runtime compiler test demo bench size

all: runtime compiler

# What a fresh Debian machine with Rust, gcc and python3 lacks.
setup:
	@command -v qemu-system-arm >/dev/null 2>&1 || { apt-get update && \
		apt-get install -y --no-install-recommends qemu-system-arm; }
	@rustup target list --installed | grep -qx $(THUMB) || rustup target add $(THUMB)
	@rustup target list --installed | grep -qx $(THUMBHF) || rustup target add $(THUMBHF)
	@rustup component list --installed | grep -q '^llvm-tools' || rustup component add llvm-tools
	@command -v gdb >/dev/null 2>&1 && command -v gdb-multiarch >/dev/null 2>&1 || { apt-get update && \
		apt-get install -y --no-install-recommends gdb gdb-multiarch; }
	@command -v arm-none-eabi-gcc >/dev/null 2>&1 || { apt-get update && \
		apt-get install -y --no-install-recommends gcc-arm-none-eabi; }
	@command -v c++ >/dev/null 2>&1 || { apt-get update && \
		apt-get install -y --no-install-recommends g++; }

# libpyaot_rt.a per target, installed where pyaot looks for it (docs/RUNTIME.md).
runtime:
	cd runtime-lib && $(CARGO) build --release --target $(HOST)
	cd runtime-lib && $(CARGO) build --release --target $(THUMB)
	cd runtime-lib && $(CARGO) build --release --target $(THUMBHF)
	mkdir -p $(RT_OUT)/$(HOST) $(RT_OUT)/$(THUMB) $(RT_OUT)/$(THUMBHF)
	cp runtime-lib/target/$(HOST)/release/libpyaot_rt.a $(RT_OUT)/$(HOST)/
	cp runtime-lib/target/$(THUMB)/release/libpyaot_rt.a $(RT_OUT)/$(THUMB)/
	cp runtime-lib/boards/mps2-an386/link.x $(RT_OUT)/$(THUMB)/mps2-an386.ld
	cp runtime-lib/target/$(THUMBHF)/release/libpyaot_rt.a $(RT_OUT)/$(THUMBHF)/
	cp runtime-lib/boards/mps2-an386/link.x $(RT_OUT)/$(THUMBHF)/mps2-an386.ld
	mkdir -p $(RT_OUT)/include
	cp runtime-lib/include/pyaot.h $(RT_OUT)/include/

compiler:
	$(CARGO) build --release

test: setup runtime
	$(CARGO) test

demo: setup runtime compiler
	$(PYAOT) examples/hello.py -o target/hello
	./target/hello
	$(PYAOT) --target $(THUMB) examples/hello.py -o target/hello.elf
	$(QEMU) target/hello.elf

bench: runtime compiler
	python3 bench/run.py

# Flash and RAM use of the hello-world Cortex-M image, then one line per program of
# bench/size/.
size: runtime compiler
	python3 bench/tools/size.py
	python3 bench/tools/size.py --summary
