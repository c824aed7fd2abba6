exec("x = 5")
