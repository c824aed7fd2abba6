print("solids init as", __name__)
