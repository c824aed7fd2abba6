print("mod_broken body starts")
ratio = 1 / 0
