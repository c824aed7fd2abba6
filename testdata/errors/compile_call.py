src = "x = 1"
code = compile(src, "<s>", "exec")
