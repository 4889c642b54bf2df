import os
import sys
import mod_side
print(mod_side.SIDE, sys.argv[1:], os.path.basename(sys.path[0]), os.path.basename(os.path.dirname(os.path.abspath(__file__))))
