# Objects still referenced by module globals are finalized at interpreter exit.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalized", self.name)
keep = Res("global")
print("end of script")
