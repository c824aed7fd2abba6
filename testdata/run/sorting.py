def insertion_sort(xs):
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j = j - 1
        xs[j + 1] = key
    return xs

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = []
    equal = []
    more = []
    for x in xs:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            more.append(x)
    return quicksort(less) + equal + quicksort(more)

def bubble_sort(xs):
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                t = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = t
                swapped = True
        if not swapped:
            break
    return xs

data = []
seed = 12345
for i in range(40):
    seed = (seed * 1103 + 12345) % 65536
    data.append(seed % 100 - 50)
print(data)
a = insertion_sort(list(data))
b = quicksort(list(data))
c = bubble_sort(list(data))
d = list(data)
d.sort()
print(a)
print(a == b, b == c, c == d)
print(quicksort(["pear", "apple", "fig", "kiwi", "apple"]))
print(bubble_sort([3.5, -1.25, 2.0, 0.0]))
