z = 1 + 2
match z:
    case 1 + 2j:
        print("complex")
