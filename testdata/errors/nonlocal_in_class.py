def counter():
    count = 0

    class Step:
        nonlocal count
        count += 1

    return count
