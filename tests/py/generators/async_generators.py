# Async generators: async for, __anext__, async comprehensions, driven by hand.
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    g = agen(2)
    print(type(g).__name__, g.__aiter__() is g)
    try:
        while True:
            print("next", await g.__anext__())
    except StopAsyncIteration:
        print("done")
    print([x async for x in agen(4)])
c = main()
try:
    c.send(None)
except StopIteration:
    pass
