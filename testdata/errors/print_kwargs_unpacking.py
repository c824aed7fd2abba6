opts = {"sep": "-"}
print(1, 2, **opts)
