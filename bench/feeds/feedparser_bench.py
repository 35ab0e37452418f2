#!/usr/bin/python3
"""Times Python feedparser on the same inputs as Newsdesk's feeds harness.

usage: feedparser_bench.py MIN_SECONDS NAME=PATH...   (PATH: a folder, read recursively, or one file)
Prints one JSON object per data set: name, files, bytes, items, seconds (the fastest pass, in
CPU seconds of this process: the machine is shared, so wall time would measure the neighbours),
passes. Documents are read into memory first; only feedparser.parse(bytes) is timed.
"""
import json
import os
import sys
import time
import warnings

import feedparser

warnings.simplefilter("ignore")


def load(path):
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return [f.read()]
    docs = []
    for root, _, files in os.walk(path):
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), path)
            if os.sep not in rel:
                continue  # LICENSE, SOURCE.txt at the top
            with open(os.path.join(root, name), "rb") as f:
                docs.append(f.read())
    return docs


def one_pass(docs):
    """Parses every document; a document feedparser raises on counts as parsed with no items."""
    items = 0
    for doc in docs:
        try:
            items += len(feedparser.parse(doc).entries)
        except Exception:  # feedparser 6 raises on a few suite files (e.g. a '~' in a declaration)
            pass
    return items


def main():
    min_seconds = float(sys.argv[1])
    for arg in sys.argv[2:]:
        name, path = arg.split("=", 1)
        docs = load(path)
        one_pass(docs[:50])  # warm-up
        passes, total, items, best = 0, 0.0, 0, float("inf")
        while total < min_seconds or passes == 0:
            start = time.process_time()
            items = one_pass(docs)
            spent = time.process_time() - start
            best = min(best, spent)
            total += spent
            passes += 1
        print(json.dumps({"name": name, "parser": "feedparser " + feedparser.__version__, "files": len(docs),
                          "bytes": sum(len(d) for d in docs), "items": items, "seconds": best, "passes": passes}))


if __name__ == "__main__":
    main()
