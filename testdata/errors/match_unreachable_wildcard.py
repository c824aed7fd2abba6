command = "stop"
match command:
    case _:
        print("anything")
    case "stop":
        print("stop")
