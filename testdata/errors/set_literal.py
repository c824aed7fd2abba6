colors = {"red", "green"}
print(len(colors))
