# args: plain "with space" '' "quote'inside" -- --opt=val
# Arguments after the script, including empty ones and option-like ones, reach sys.argv untouched.
import sys
print(sys.argv[1:])
print(len(sys.argv))
