# Non-ASCII text before and inside the marked range: columns count characters.
prix = {"café": 2, "thé": 3}


def coût(boisson):
    return "€" + prix["thé"] + prix[boisson]


print(prix["café"])
print(coût("thé"))
