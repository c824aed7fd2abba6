# A capture pattern matches anything: the cases after it could never run.
def kind(x):
    match x:
        case 0:
            return "zero"
        case other:
            return "other"
        case 1:
            return "one"
