# aiter() and anext() call the async iteration protocol.
class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AI())
    print(await anext(it), await anext(it))
    try: await anext(it)
    except StopAsyncIteration: print("stop")
c = main()
try: c.send(None)
except StopIteration: pass
try: aiter(1)
except TypeError as e: print(e)
