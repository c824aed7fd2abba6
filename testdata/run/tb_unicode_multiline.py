# A call spanning lines after non-ASCII text: CPython ends the markers at a byte
# index of the first line, so they run past its last character.
def greet(name, punctuation):
    return name + punctuation


message = greet("Zoë", "!") + " — " + greet("Zoë",
                                                0)
print(message)
