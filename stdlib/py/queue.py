"""Synchronised queues for passing items between threads (frozen into gilpy).

`Queue` (first in, first out), `LifoQueue` and `PriorityQueue` share one lock (`mutex`)
and three conditions on it: `not_empty`, `not_full` and `all_tasks_done`. Their storage
is reached only through the hooks `_init`, `_qsize`, `_put` and `_get`, always called
with `mutex` held, so a subclass can change the storage by overriding those four (as
with CPython's `queue`). `SimpleQueue` is an unbounded FIFO without task tracking.

put() and get() are the hot paths: they take `mutex` directly and only wake a waiter
when there is one.
"""

import threading
from _collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get() when no item came: non-blocking, or the timeout passed."""


# CPython defines Empty in its C accelerator; keep the same name in tracebacks.
Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put() on a full queue: non-blocking, or the timeout passed."""


def _negative_timeout():
    return ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item):
        # Queue[int] in annotations; as for built-in generics in gilpy (no
        # GenericAlias yet), the class stands for itself.
        return cls

    def task_done(self):
        """Tell the queue that an item taken by get() has been fully processed;
        join() returns once every item put has been marked so."""
        with self.mutex:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put in the queue has been marked with task_done()."""
        with self.mutex:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items in the queue (a snapshot)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue is empty (a snapshot)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is full (a snapshot)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item in the queue. When the queue is full, wait for a free slot
        (at most timeout seconds, unless timeout is None), or raise Full at once
        if block is false or when the timeout passes."""
        with self.mutex:
            if self.maxsize > 0:
                # As in CPython, a bad timeout only matters for a bounded queue.
                if block and timeout is not None and timeout < 0:
                    raise _negative_timeout()
                if self._qsize() >= self.maxsize:
                    self._wait_for_room(block, timeout)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()

    def _wait_for_room(self, block, timeout):
        if not block:
            raise Full
        if timeout is None:
            while self._qsize() >= self.maxsize:
                self.not_full.wait()
            return
        deadline = time() + timeout
        while self._qsize() >= self.maxsize:
            remaining = deadline - time()
            if remaining <= 0.0:
                raise Full
            self.not_full.wait(remaining)

    def get(self, block=True, timeout=None):
        """Remove and return an item. When the queue is empty, wait for one (at
        most timeout seconds, unless timeout is None), or raise Empty at once if
        block is false or when the timeout passes."""
        with self.mutex:
            if block and timeout is not None and timeout < 0:
                raise _negative_timeout()
            if not self._qsize():
                self._wait_for_item(block, timeout)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def _wait_for_item(self, block, timeout):
        if not block:
            raise Empty
        if timeout is None:
            while not self._qsize():
                self.not_empty.wait()
            return
        deadline = time() + timeout
        while not self._qsize():
            remaining = deadline - time()
            if remaining <= 0.0:
                raise Empty
            self.not_empty.wait(remaining)

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # Storage hooks, called with mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (items are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue, without task tracking."""

    def __init__(self):
        self._queue = deque()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def __class_getitem__(cls, item):
        return cls

    def put(self, item, block=True, timeout=None):
        """Put an item in the queue; never blocks (the arguments are for
        compatibility with Queue.put)."""
        with self._mutex:
            self._queue.append(item)
            if self._not_empty._waiters:
                self._not_empty.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item. When the queue is empty, wait for one (at
        most timeout seconds, unless timeout is None), or raise Empty at once if
        block is false or when the timeout passes."""
        if block and timeout is not None and timeout < 0:
            raise _negative_timeout()
        with self._mutex:
            queue = self._queue
            if not queue:
                if not block:
                    raise Empty
                if timeout is None:
                    while not queue:
                        self._not_empty.wait()
                else:
                    deadline = time() + timeout
                    while not queue:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Empty
                        self._not_empty.wait(remaining)
            return queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue is empty (a snapshot)."""
        return not self._queue

    def qsize(self):
        """The number of items in the queue (a snapshot)."""
        return len(self._queue)


SimpleQueue.__module__ = '_queue'
