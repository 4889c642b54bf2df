# A formatted table: alignment, width and numeric formatting together.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>10}")
print("-" * 35)
total = 0.0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print(f"{name:<10}{qty:>5d}{price:>10.3f}{line_total:>10.2f}")
print("-" * 35)
print(f"{'TOTAL':<10}{'':>5}{'':>10}{total:>10.2f}")
print("%-10s%5s%10s" % ("a", "b", "c"))
print("{:<10}{:>5}{:>10}".format("a", "b", "c"))
print("|" + "x".center(9) + "|" + "y".rjust(4, ".") + "|" + "z".ljust(4, "_") + "|")
