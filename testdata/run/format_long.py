# Long formatting: precisions in the hundreds, exact digits of huge and tiny floats,
# grouping and padding of long numbers, round() to hundreds of digits.
vals = [1 / 3, 1e300, 5e-324, -2.5e-300, 123456.789, 2 ** 1000, -(3 ** 500), 0.0]
for v in vals:
    for s in [".500f", ".400e", ".350g", "#.300g", ",.200f", "0=700,.100f", "^800.50e", ".1100f", "e", "_.3f", "%"]:
        print(s, format(v, s))
print(format(float(2 ** 1023), ",f"))
print(format(10 ** 4000, ","), format(-(10 ** 1000), "_"), format(2 ** 3000, "_x"), format(7 ** 900, ">3000,"))
print(round(1 / 3, 300), round(2 ** 1000 + 0.0, -300), round(123456789.987654321, 5))
