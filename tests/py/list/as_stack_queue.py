# Lists used as stacks; list mutation during iteration; del and slicing.
stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
q = list("abc")
print(q.pop(0), q.pop(0), q)
nums = list(range(10))
del nums[2:5]
print(nums)
del nums[::3]
print(nums)
nums[:] = [x * x for x in nums]
print(nums)
evens = [n for n in range(20) if n % 2 == 0]
evens[1::2] = [0] * len(evens[1::2])
print(evens)
big = list(range(100000))
print(len(big), big[-1], sum(big))
big.reverse()
print(big[:3])
