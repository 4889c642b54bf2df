# math constants and trigonometry.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.asin(1), math.acos(0), math.atan(1))
print(math.degrees(math.pi), math.radians(180), math.sinh(0), math.cosh(0), math.tanh(0))
print(round(math.sin(1), 10), round(math.cos(1), 10), round(math.tan(1), 10))
print(math.sqrt(0.0), math.sqrt(-0.0), math.erf(0) if hasattr(math, "erf") else 0.0)
