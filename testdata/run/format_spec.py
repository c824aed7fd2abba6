# format(value, spec): the format-spec mini-language for ints (small and big), bools,
# floats and strs, every option, with CPython's errors.
values = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, 2 ** 40, -(2 ** 70), 10 ** 25 + 7,
          True, False,
          0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 0.375, 1234.5678, -1234.5678,
          1e16, 1e-5, 1.23456789e-7, 123456789.0, 1e22, 1e100, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.675, 9.995, 0.0001, 99.5,
          "", "a", "abc", "héllo", "\u20ac"]
specs = ["", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r",
         "10", "<10", ">10", "^10", "=10", "*^11", "0>8", "010", "+", " ", "-", "+10", " 10",
         "#x", "#o", "#b", "#X", "#010x", "#10x", "08b", "_b", "_x", "_o", "#_x", ",", "_", ",d", "_d",
         "010,", "012_", "0=10,", "*=12,", "08,", "09,", "+012,",
         ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".0f", ".1f", ".2f", ".3f", ".10f", ".30f",
         ".0e", ".1e", ".3e", ".0g", ".1g", ".2g", ".3g", ".10g", ".20g", "#g", "#.3g", "#.0f", "#.0e",
         "#", "#.1", "z", "z.1f", "z.3e", "z.2g", "+.2f", " .3e", "15.3f", "<15.3e", "^15.2%", "=+15,.2f",
         "015.3f", "020,.4f", ",.2f", "_.2f", ",e", ",g", ",%", "10.3", "0<10", ".1%", ".0%",
         "x<5", "é^7", "5.2s", ".2s", "<5s", ">5s", "^5s", ".0s",
         "abc", ",,", ",_", "_,", ".", "+c", "#c", ",x", ",n", "_n", "zd", "=5s", "+s", "#s", " s",
         ",s", "zs", "q", "1.2.3"]
for v in values:
    for s in specs:
        try:
            r = format(v, s)
            print(repr(v), repr(s), repr(r))
        except ValueError as e:
            print(repr(v), repr(s), "ValueError", e)
        except TypeError as e:
            print(repr(v), repr(s), "TypeError", e)
        except OverflowError as e:
            print(repr(v), repr(s), "OverflowError", e)
