# stderr: full
# The traceback includes a frame from an imported module beside the script.
import mod_failing

print("calling")
mod_failing.explode(3)
