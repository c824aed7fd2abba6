# Collections with 400 compiled frames on the stack: the deepest call churns through
# garbage while every frame above it holds a node that must survive.
def churn(k):
    total = 0
    for i in range(6000):
        x = [i, str(i + k)]
        total += len(x[1])
    return total


def build(n):
    if n == 0:
        return [churn(n)]
    node = [n, "x" + str(n)]
    rest = build(n - 1)
    rest.append(node)
    if node[1] != "x" + str(n):
        print("lost a node at depth", n)
    return rest


for k in range(20):
    chain = build(400)
print(len(chain), chain[0], chain[1], chain[400])
total = 0
for i in range(1, 401):
    total += chain[i][0] + len(chain[i][1])
print(total)
