# __name__ is "__main__" in the script and the module name in imports.
import mod_basic
print("script __name__:", __name__)
def main():
    print("main() runs")
if __name__ == "__main__":
    main()
print(mod_basic.__name__)
