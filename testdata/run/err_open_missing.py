# pyaot: host-only (bare metal has no files: open() raises OSError ENOSYS there)
# An uncaught FileNotFoundError from open().
print("opening")
open("/nonexistent-dir-for-pyaot/data.txt")
