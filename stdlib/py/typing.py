"""The typing module (frozen into gilpy)."""
