# except ... as e in a class body unbinds e at the clause's end: it leaves the
# namespace, like any del in a class body.
class B:
    try:
        raise ValueError("x")
    except ValueError as e:
        print("caught", e)
    k = 1
    j = 2
    del j
print("e" in B.__dict__, hasattr(B, "e"), hasattr(B, "j"), B.k)
print(sorted(n for n in vars(B) if not n.startswith("__")))
