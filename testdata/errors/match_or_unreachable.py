match 5:
    case 1 | n | 2:
        print(n)
