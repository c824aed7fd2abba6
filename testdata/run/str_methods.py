s = "  Hello, World  "
print("[" + s.strip() + "]")
print(s.upper(), s.lower())
print("Hello".startswith("He"), "Hello".startswith("lo"), "Hello".endswith("lo"))
print("hello".replace("l", "L"), "aaaa".replace("aa", "b"), "abc".replace("x", "y"))
print("hello".find("l"), "hello".find("z"), "hello".find("lo"), "hello".find(""))
print("banana".count("a"), "banana".count("an"), "banana".count("x"), "aaa".count("aa"))
print("--x--".strip("-"), "xxhixx".strip("x"), "\t\n pad \n".strip())
print("MiXeD 123".upper(), "MiXeD 123".lower())
text = "the quick brown fox"
print(text.replace(" ", "_").upper())
print(text.find("quick"), text.count("o"), text.startswith("the q"))
