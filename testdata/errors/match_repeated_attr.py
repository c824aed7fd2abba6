class Point:
    x = 0


match Point():
    case Point(x=0, y=1, x=2):
        pass
