# The main script's __file__ (and so its tracebacks' file names) is the path it was run
# by, made absolute by prefixing the working directory; sys.argv[0] stays as given.
import os
import sys

print(os.path.isabs(__file__))
print(__file__ == os.path.join(os.getcwd(), sys.argv[0]))
print(os.path.basename(__file__) == os.path.basename(sys.argv[0]))
print(os.path.isabs(sys.argv[0]))
