# env: GILPY_TEST_VAR=hello world
# os.getpid, environ, cpu_count, getcwd.
import os
print(type(os.getpid()).__name__, os.getpid() > 0)
print(os.environ["GILPY_TEST_VAR"], os.environ.get("GILPY_TEST_MISSING"), os.environ.get("GILPY_TEST_MISSING", "dflt"))
print("GILPY_TEST_VAR" in os.environ, os.getenv("GILPY_TEST_VAR"), os.getenv("NOPE_NOPE", "x"))
os.environ["GILPY_SET_HERE"] = "value"
print(os.environ["GILPY_SET_HERE"], os.getenv("GILPY_SET_HERE"))
del os.environ["GILPY_SET_HERE"]
print("GILPY_SET_HERE" in os.environ)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.path.basename(os.getcwd()), os.path.isabs(os.getcwd()))
try:
    os.environ["GILPY_TEST_MISSING"]
except KeyError as e:
    print(type(e).__name__, e)
print(os.name)
