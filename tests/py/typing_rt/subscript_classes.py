# Subscripting generic classes gives aliases; other classes are not subscriptable.
from collections import deque, OrderedDict, defaultdict, Counter
import re
print(deque[int], OrderedDict[str, int], defaultdict[str, list], Counter[str], re.Pattern[str])
for bad in ("int[str]", "object[1]"):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
class A: pass
try:
    A[1]
except TypeError as e:
    print(e)
from typing import List, Dict, Optional, Generic, TypeVar
T = TypeVar("T")
class Box(Generic[T]): pass
print(Box[int] is not None, List[int], Optional[int])
