# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (FileNotFoundError, OSError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (TabError, IndentationError),
    (IndentationError, SyntaxError), (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (Exception, BaseException),
    (GeneratorExit, Exception), (SystemExit, Exception), (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError), (PermissionError, OSError), (IsADirectoryError, OSError),
    (AttributeError, Exception), (TypeError, Exception), (AssertionError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (StopAsyncIteration, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in FileNotFoundError.__mro__])
