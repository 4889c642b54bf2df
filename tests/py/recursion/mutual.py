# Mutual recursion without a base case also hits the limit.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self):
        self.me = self
    def depth(self):
        return 1 + self.me.depth()
try:
    Node().depth()
except RecursionError as e:
    print("method recursion:", type(e).__name__)
print("done")
