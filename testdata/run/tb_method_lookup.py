# A method that does not exist: CPython marks the attribute, not the whole call.
settings = {"name": "pyaot"}


def shout(key):
    return settings.get(key).upper()


print(shout("name"))
print(shout("missing"))
