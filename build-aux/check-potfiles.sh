#!/bin/sh
# Fails when a source file holds translatable text but is missing from
# po/POTFILES.in: its strings would silently drop out of po/ at the next
# msgmerge.
#   check-potfiles.sh SOURCE_ROOT
set -eu
cd "$1"
missing=0
for f in $(git ls-files 'src/*.c' 'src/*.h' 'src/*.ui' 2>/dev/null || find src -name '*.[ch]' -o -name '*.ui'); do
  if grep -Eq '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|g_dpgettext2) ?\("|translatable="yes"' "$f"; then
    if ! grep -qx "$f" po/POTFILES.in; then
      echo "not in po/POTFILES.in: $f"
      missing=1
    fi
  fi
done
exit $missing
