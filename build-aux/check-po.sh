#!/bin/sh
# Fails when a translation is incomplete: any untranslated or fuzzy
# message, or a message of the sources (the POT) missing from it.
#   check-po.sh PO [POT]
set -eu
po=$1
pot=${2:-}
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "$po is not complete"; exit 1;;
esac
if [ -n "$pot" ]; then
  msgcmp "$po" "$pot"
fi
