def helper():
    return "pkg.helpers.helper"
