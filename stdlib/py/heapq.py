"""The heapq module (frozen into gilpy)."""
