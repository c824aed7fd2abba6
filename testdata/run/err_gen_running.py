# A generator that resumes itself: ValueError out of next().


def selfish():
    print("running")
    yield next(g)


g = selfish()
next(g)
