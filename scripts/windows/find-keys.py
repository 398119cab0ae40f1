#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""find-keys.py FOLDER: exits 1 and names the file when a file under FOLDER holds an xAIcreator
key in the clear, as UTF-8 or UTF-16 text: a key the sandbox minted (sk- and 48 hex digits, as
`login` stores) anywhere, or the demo key outside programs (the sandbox carries it in its
built-in data set)."""
import os
import re
import sys

MINTED = re.compile(r"sk-[0-9a-f]{48}")
DEMO = re.compile(r"sk-demo-[0-9a-f]{32}")
PROGRAMS = (".exe", ".dll")


def texts(data):
    yield data.decode("utf-8", "ignore")
    for start in (0, 1):
        yield data[start:].decode("utf-16-le", "ignore")


def main(folder):
    found = 0
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            patterns = [MINTED] if name.lower().endswith(PROGRAMS) else [MINTED, DEMO]
            for text in texts(data):
                match = next((m for m in (p.search(text) for p in patterns) if m), None)
                if match:
                    print(f"key {match.group(0)[:8]}… in {path}")
                    found += 1
                    break
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
