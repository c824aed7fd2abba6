# exit() and quit(): the site module's builtins raise SystemExit like sys.exit.
def leave(f, code):
    try:
        f(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code))

leave(exit, 0)
leave(quit, "bye")
leave(exit, None)
try:
    exit(1, 2)
except TypeError as e:
    print(e)
try:
    quit()
except SystemExit as e:
    print("quit()", e.code)
print("leaving with 3")
exit(3)
print("not reached")
