def total(*nums):
    return 0
