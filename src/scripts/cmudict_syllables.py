#!/usr/bin/env python3
"""Compiles the CMU Pronouncing Dictionary into newsnlp's syllable table.

Usage: src/scripts/cmudict_syllables.py PATH/TO/cmu-pronouncing-dictionary/index.js \
           src/main/resources/org/newsnlp/stats/cmudict-syllables.txt.gz

Input: index.js of the npm package cmu-pronouncing-dictionary 3.0.0 (`npm pack
cmu-pronouncing-dictionary@3.0.0`), a verbatim copy of github.com/cmusphinx/cmudict.
A word's syllable count is the number of vowel phonemes (those carrying a stress digit) of its
first pronunciation; the variants "word(2)" are ignored. Output: gzip of lines grouped by count,
"=N" starting each group, words in lower case and sorted, so the file is deterministic.
"""
import gzip
import json
import re
import sys


def main(src, dst):
    text = open(src, encoding="utf-8").read()
    counts = {}
    for m in re.finditer(r'^  "((?:[^"\\]|\\.)*)": "([^"]*)",?$', text, re.M):
        word = json.loads('"' + m.group(1) + '"')
        if re.search(r"\(\d+\)$", word):
            continue
        counts.setdefault(word, len(re.findall(r"\d", m.group(2))))
    lines = ["# Syllables per word from the CMU Pronouncing Dictionary (cmudict, BSD-2-Clause,",
             "# github.com/cmusphinx/cmudict), via npm cmu-pronouncing-dictionary 3.0.0 (ISC).",
             "# Built by src/scripts/cmudict_syllables.py; one group per count, '=N' opens a group."]
    for n in sorted(set(counts.values())):
        lines.append(f"={n}")
        lines.extend(sorted(w for w, c in counts.items() if c == n))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(dst, "wb") as f:
        # mtime=0 keeps the gzip bytes identical from one build to the next.
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{len(counts)} words, {len(data)} bytes, written to {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
