class Stack(list):
    pass
