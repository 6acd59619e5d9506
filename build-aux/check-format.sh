#!/bin/sh
# Fails when a C file is not as clang-format (.clang-format) writes it,
# or has a line over 100 columns (a string clang-format will not break).
#   build-aux/check-format.sh SOURCE_ROOT
set -u
cd "${1:-.}" || exit 1
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find src tests tools -name '*.[ch]')
status=0
clang-format --dry-run --Werror $files || status=1
python3 - $files <<'PY' || status=1
import sys
bad = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if len(line.rstrip("\n")) > 100:
                print(f"{path}:{n}: line over 100 columns")
                bad = 1
sys.exit(bad)
PY
exit $status
