# stderr: full
# Traceback through several function frames.
def level3(v):
    return 10 / v

def level2(v):
    return level3(v - 1) + 1

def level1():
    return level2(1)

print("start")
level1()
