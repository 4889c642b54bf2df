# stderr: full
# A line indented with a tab after a line indented with spaces: TabError.
print("not printed")
if True:
        x = 1
	y = 2
