config = {"debug": True}
match config:
    case {1: one, "debug": d, True: t}:
        pass
