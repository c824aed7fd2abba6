name = "x"
match "hello x":
    case f"hello {name}":
        print("greeted")
