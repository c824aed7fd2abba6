# An exception raised in an imported module: its frames print that file's lines.
import tb_lib

print(tb_lib.mean([2, 4]))
print(tb_lib.first_word("  spaced  out "))
print(tb_lib.first_word("   "))
