#!/bin/sh
# help-html.sh OUTDIR LANG PO|- PAGE...
#
# Builds the Mallard help pages to HTML with yelp-build, for reading in
# a web browser where yelp is not installed. For a language other than
# C, the pages are first translated with itstool from its .po file.
set -eu
out=$1
lang=$2
po=$3
shift 3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "$lang" != C ]; then
  msgfmt -o "$work/help.mo" "$po"
  mkdir "$work/pages"
  itstool -m "$work/help.mo" -o "$work/pages" "$@"
  set -- "$work"/pages/*.page
fi

rm -rf "$out"
mkdir -p "$out"
yelp-build html -o "$out/" "$@"
