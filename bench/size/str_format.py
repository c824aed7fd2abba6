name = "sensor"
readings = [12, 15, 11]
print("{}: {} readings, max {}".format(name, len(readings), max(readings)))
