def show():
    print(undefined_variable_xyz)

print("start")
show()
