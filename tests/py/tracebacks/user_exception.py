# stderr: full
# A user exception class with a custom __str__, raised in a method.
class ConfigError(Exception):
    def __str__(self):
        return "bad config: " + repr(self.args[0])

class Loader:
    def load(self, name):
        raise ConfigError(name)

Loader().load("x.ini")
