db = {}
db["alice"] = {"age": 30, "langs": ["python", "rust"]}
db["bob"] = {"age": 25, "langs": []}
db["bob"]["langs"].append("c")
db["alice"]["age"] += 1
print(db)
for name in db:
    person = db[name]
    print(name, person["age"], len(person["langs"]), ",".join(person["langs"]))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[(2, 0)], len(grid), (3, 3) in grid)
inverse = {}
for k in grid:
    inverse[grid[k]] = k
print(inverse[4], inverse[8])
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def tree_sum(node):
    total = node["value"]
    for child in node["children"]:
        total = total + tree_sum(child)
    return total

print(tree_sum(tree))
