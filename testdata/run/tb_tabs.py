# Tab-indented lines: the printed line and its markers drop the tabs.
def lookup(table, key):
	if key:
		return table[key] + 1
	return 0


print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
