code = "1 + 2"
print(eval(code))
