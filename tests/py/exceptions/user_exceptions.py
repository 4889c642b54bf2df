# User-defined exception classes, args, str and custom attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("cfg")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(str(e), repr(e), e.args)
class NoInit(ValueError):
    code = 7
e = NoInit("a", "b")
print(e, repr(e), e.code, e.args, NoInit.__mro__[1].__name__)
print(str(AppError()), repr(AppError()), str(AppError("x")), str(AppError(1, "y")))
print([c.__name__ for c in NotFound.__mro__])
e2 = AppError("note")
e2.extra = {"k": 1}
print(e2.extra, e2.with_traceback(None) is e2)
class MultiBase(KeyError, AppError):
    pass
try:
    raise MultiBase("mb")
except AppError as e:
    print("caught via second base", repr(e), str(e))
