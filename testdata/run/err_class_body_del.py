# A name deleted from a class body and bound nowhere else: NameError, not KeyError.
class Config:
    verbose = True
    del verbose
    print("deleted")
    print(verbose)
