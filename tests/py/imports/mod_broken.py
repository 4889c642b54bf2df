# Helper module that raises while importing (not a test).
print("mod_broken starts")
raise ValueError("broken module")
