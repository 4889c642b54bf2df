#!/usr/bin/env bash
# Rewrite tests/xfail.txt as the list of corpus scripts that fail now (keeping the reasons of
# entries that are still failing). Run after a fix to shrink the list:
#   tests/tools/update-xfail.sh [path/to/gilpy]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-$PWD/target/release/gilpy}"
old=$(mktemp)
cp tests/xfail.txt "$old"
grep '^#' "$old" > tests/xfail.txt || true
GILPY_BIN="$bin" cargo test ${PROFILE_FLAG:---release} --test pyscripts 2>&1 | grep '^FAIL ' | awk '{print $2}' | sed 's/:$//' | sort -u > "$old.fail" || true
while read -r t; do
  reason=$(grep -F "$t " "$old" | sed -n 's/^[^#]*#\s*//p' | head -1 || true)
  echo "$t  # ${reason:-fails (new)}" >> tests/xfail.txt
done < "$old.fail"
echo "$(wc -l < "$old.fail") scripts listed in tests/xfail.txt"
rm -f "$old" "$old.fail"
