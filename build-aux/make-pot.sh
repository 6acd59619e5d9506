#!/bin/sh
# Writes a POT of every translatable string the sources hold now, with
# the same keywords as meson's 'glib' gettext preset, so a test can check
# that po/nl.po covers them all.
#   make-pot.sh SOURCE_ROOT OUTPUT
set -eu
root=$1
out=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$root"
# The ITS rules for the Topics content, as po/meson.build gives them.
GETTEXTDATADIRS="$root/data/content${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}"
export GETTEXTDATADIRS
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$out.files"
xgettext --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -f "$out.files" -o "$out"
rm -f "$out.files"
