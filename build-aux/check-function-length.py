#!/usr/bin/env python3
"""Lists the C functions that are longer than the tree allows.

A function is what GNOME style writes: its opening brace alone in column 0
after a declaration that has a parameter list, its closing brace in column
0. Its length is the number of lines between those two braces. Struct and
enum bodies (no parameter list) are not functions and are skipped.

  build-aux/check-function-length.py [--max N] [PATH...]

PATH is a C file or a folder searched for *.c; the default is src/ and
tools/ of the source tree. Prints "file:line: name: N lines" for each
function over the limit (150 unless --max says otherwise), longest first,
and exits 1 if there is any.
"""
import argparse
import os
import re
import sys

DEFAULT_MAX = 150
COMMENT = re.compile(r"/\*.*?\*/")
IDENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def declaration_name(lines, brace):
    """The function name in the lines before the brace at index brace, or None."""
    head = []
    i = brace - 1
    # The declaration starts after the nearest line before the brace that
    # is blank, a preprocessor line, a comment or the end of a statement; a
    # comment at the end of a declaration line is left out.
    while i >= 0:
        line = COMMENT.sub(" ", lines[i].rstrip("\n"))
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "*", "/*")) or stripped.endswith(
            ("*/", ";", "}")
        ):
            break
        head.insert(0, line)
        i -= 1
    text = " ".join(head)
    if "(" not in text:
        return None
    match = IDENT.search(text)
    return match.group(1) if match else None


def functions(path):
    """Yields (line number of the opening brace, name, body lines) for each function."""
    with open(path, encoding="utf-8", errors="replace") as source:
        lines = source.readlines()
    start = None
    for index, line in enumerate(lines):
        if line.startswith("{"):
            start = index
        elif line.startswith("}") and start is not None:
            name = declaration_name(lines, start)
            if name:
                yield start + 1, name, index - start - 1
            start = None


def c_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_build")))
                for name in sorted(files):
                    if name.endswith(".c"):
                        yield os.path.join(folder, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=DEFAULT_MAX,
                        help="longest body allowed, in lines (default %(default)s)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = args.paths or [os.path.relpath(os.path.join(top, d)) for d in ("src", "tools")]

    long_ones = []
    for path in c_files(paths):
        for line, name, length in functions(path):
            if length > args.max:
                long_ones.append((length, path, line, name))

    long_ones.sort(key=lambda f: (-f[0], f[1], f[2]))
    for length, path, line, name in long_ones:
        print(f"{path}:{line}: {name}: {length} lines")
    if long_ones:
        print(f"{len(long_ones)} function(s) over {args.max} lines", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
