# The built-in exception hierarchy beyond the common errors: OSError and its errno
# subclasses, warnings, EOFError, KeyboardInterrupt.
e = OSError(2, "No such file or directory")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, isinstance(e, OSError))
e = OSError(13, "Permission denied", "/etc/shadow")
print(type(e).__name__, str(e), repr(e.filename))
print(type(OSError(17, "x")).__name__, type(OSError(999, "x")).__name__, str(OSError("plain")))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Exception), issubclass(TabError, SyntaxError))
print(issubclass(FloatingPointError, ArithmeticError), issubclass(EOFError, Exception))
for cls in [EOFError, BufferError, ReferenceError, SystemError, StopAsyncIteration, RuntimeWarning]:
    try:
        raise cls("msg")
    except Exception as ex:
        print(type(ex).__name__, ex)


class AppError(OSError):
    pass


try:
    raise AppError(5, "I/O error")
except OSError as ex:
    print(type(ex).__name__, ex, ex.errno)
try:
    raise FileNotFoundError(2, "No such file", "data.txt")
except FileNotFoundError as ex:
    print(ex, ex.filename)
