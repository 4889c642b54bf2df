# Non-ASCII output is written as UTF-8.
print("héllo wörld", "日本語", "😀")
import sys
sys.stdout.write("ünïcode via write\n")
