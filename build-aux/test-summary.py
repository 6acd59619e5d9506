#!/usr/bin/env python3
"""Prints the closing line CI reads: 'N passed, N failed[, N skipped]'.

Counts each meson test and, for tests that speak TAP, each of its
subtests, from meson's testlog.json.
"""
import json
import re
import sys

PASS = {"OK", "EXPECTEDFAIL"}
SKIP = {"SKIP"}


def main(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding="utf-8") as log:
            lines = [json.loads(line) for line in log if line.strip()]
    except OSError as error:
        print(f"no test log: {error}")
        print("0 passed, 1 failed")
        return 1

    for test in lines:
        result = test.get("result")
        stdout = test.get("stdout") or ""
        oks = len(re.findall(r"^ok \d+", stdout, re.M))
        not_oks = len(re.findall(r"^not ok \d+", stdout, re.M))
        skips = len(re.findall(r"^ok \d+.*# SKIP", stdout, re.M))
        if oks or not_oks:
            passed += oks - skips
            skipped += skips
            failed += not_oks
            # A TAP test that crashed after its last "ok" still failed.
            if result not in PASS and result not in SKIP and not_oks == 0:
                failed += 1
        elif result in PASS:
            passed += 1
        elif result in SKIP:
            skipped += 1
        else:
            failed += 1

    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
