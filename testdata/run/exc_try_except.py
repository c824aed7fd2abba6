# try/except/else/finally, except with tuples and `as`, raise, bare re-raise.
def div(a, b):
    try:
        q = a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return q
    finally:
        print("finally for", a, b)

print(div(7, 2))
print(div(1, 0))

def parse(s):
    try:
        return int(s)
    except (ValueError, TypeError):
        print("cannot parse", repr(s))
        raise

for v in ["12", "x1", None]:
    try:
        print("parsed", parse(v))
    except ValueError as err:
        print("ValueError:", err)
    except TypeError as err:
        print("TypeError:", err)

try:
    {}["missing"]
except LookupError as e:
    print("lookup:", repr(e), isinstance(e, KeyError), isinstance(e, IndexError))

try:
    [1, 2][5]
except Exception as e:
    print(type(e), e)

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer got", e)
        return "handled"
    return "not reached"

print(nested())
try:
    pass
except ValueError:
    print("never")
else:
    print("else runs without an exception")
