#!/usr/bin/env python3
"""Reads meson's testlog.json after `make check-asan` and fails on any
leak that Passend's own code made.

LeakSanitizer reports every leak (it runs with exitcode=0, so a leak
alone does not stop a test); build-aux/lsan.supp has already dropped the
system libraries' known one-time allocations. What is left is judged
here: a leak whose allocation stack has a frame in Passend's src/ (or
tools/) is ours and fails; one whose stack is all system library below
the test harness's main loop is the system's and is only counted.
Sanitizer errors (AddressSanitizer, UndefinedBehaviorSanitizer) always
fail, and they also fail the test that hit them.

  build-aux/check-leaks.py TESTLOG.json
"""
import json
import re
import sys

LEAK = re.compile(r"^(Direct|Indirect) leak of (\d+) byte")
FRAME = re.compile(r"^\s+#\d+ 0x[0-9a-f]+ in (\S+) (\S+)")
OURS = re.compile(r"(^|/)(src|tools)/[^ ]+\.c:\d+")
ERROR = re.compile(r"ERROR: AddressSanitizer|runtime error:")


def blocks(text):
    block = []
    for line in text.splitlines():
        if LEAK.match(line):
            if block:
                yield block
            block = [line]
        elif block:
            if line.strip() == "":
                yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def main(path):
    ours = []
    system = 0
    errors = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            test = json.loads(line)
            text = (test.get("stdout") or "") + "\n" + (test.get("stderr") or "")
            # A subprocess's stderr is quoted in the parent's output.
            text = text.replace("\\n", "\n")
            for error_line in text.splitlines():
                if ERROR.search(error_line):
                    errors.append(f"{test['name']}: {error_line.strip()}")
            for block in blocks(text):
                frames = [m.group(2) for m in map(FRAME.match, block[1:]) if m]
                if any(OURS.search(f) for f in frames):
                    ours.append((test["name"], block))
                else:
                    system += 1

    for name, block in ours:
        print(f"{name}: a leak in Passend's code:")
        print("\n".join(block[:24]))
        print()
    for error in errors:
        print(error)
    print(f"leaks in Passend's code: {len(ours)}; in system libraries only: {system}; "
          f"sanitizer errors: {len(errors)}")
    return 1 if ours or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
