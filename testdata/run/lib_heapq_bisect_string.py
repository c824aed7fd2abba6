# heapq, bisect and string.
import heapq, bisect, string
from heapq import heappush, heappop
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3, 8, 2]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 6), data, heapq.heappushpop(data, 0), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9]), heapq.nlargest(2, "hello", key=ord), heapq.nsmallest(-1, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)))
for bad in [lambda: heappop([]), lambda: heappush((), 1), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4)
print(a, bisect.bisect([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
