# Big int literals (decimal, hex, underscores, negative) as static objects, and format specs.
x = 123456789012345678901234567890
y = -0xFFFFFFFFFFFFFFFFFFFF
print(x, y, x + y, x * x, 2 ** 100, 1 << 70, (10 ** 20) // 7)
print(1_000_000_000_000, 4611686018427387904, -4611686018427387905, 0b1 << 31)
print(f"{x:,}", f"{3.14159:.2f}", f"{255:#x}", f"{'hi':>5}|", format(1234.5, "e"))
print((12).bit_length(), (2.5).is_integer(), (255).to_bytes if False else "")
