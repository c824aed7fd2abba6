# Marker lines in the tracebacks of chained exceptions.
def load(config, key):
    try:
        return config[key] * 2
    except KeyError:
        return int(config["default"]) + 1


print(load({"size": 4}, "size"))
print(load({"default": "x"}, "size"))
