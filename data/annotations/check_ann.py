#!/usr/bin/env python3
"""Check the brat stand-off entity annotations against the article texts.

    python3 check_ann.py CORPUS_DIR [ANN_DIR]

CORPUS_DIR holds the article files (NNN_slug.txt); ANN_DIR (default: the folder
of this script) holds one NNN_slug.ann per article.  Every line must be a
text-bound annotation

    T<n>\t<Type> <start> <end>\t<covered text>

with a type among Person, Organization, State, ArmedGroup, Place, 0-based
character offsets (end exclusive) into the whole file read as UTF-8, and
text[start:end] equal to the covered text.  Ids must be unique and spans must
not overlap.  Exit status: 0 when every line checks, 1 on any mismatch or
missing article, 2 on bad usage.
"""
import re
import sys
from pathlib import Path

TYPES = {"Person", "Organization", "State", "ArmedGroup", "Place"}
LINE = re.compile(r"^(T[0-9]+)\t(\S+) ([0-9]+) ([0-9]+)\t(.*)$")


def check_file(ann, text):
    errors, ids, spans = [], set(), []
    for no, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        m = LINE.match(line)
        if not m:
            errors.append(f"{ann.name}:{no}: not a text-bound annotation: {line!r}")
            continue
        tid, typ, start, end, covered = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
        if tid in ids:
            errors.append(f"{ann.name}:{no}: duplicate id {tid}")
        ids.add(tid)
        if typ not in TYPES:
            errors.append(f"{ann.name}:{no}: unknown type {typ!r}")
        if not 0 <= start < end <= len(text):
            errors.append(f"{ann.name}:{no}: offsets {start}-{end} outside the text (length {len(text)})")
            continue
        if text[start:end] != covered:
            errors.append(f"{ann.name}:{no}: text[{start}:{end}] is {text[start:end]!r}, not {covered!r}")
        for a, b, other in spans:
            if start < b and a < end:
                errors.append(f"{ann.name}:{no}: span {start}-{end} overlaps {other} ({a}-{b})")
        spans.append((start, end, tid))
    return len(ids), errors


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    corpus = Path(argv[1])
    ann_dir = Path(argv[2]) if len(argv) == 3 else Path(__file__).resolve().parent
    if not corpus.is_dir():
        print(f"check_ann.py: {corpus}: no such folder", file=sys.stderr)
        return 2
    files = sorted(ann_dir.glob("*.ann"))
    if not files:
        print(f"check_ann.py: no .ann files in {ann_dir}", file=sys.stderr)
        return 1
    all_errors, total = [], 0
    for ann in files:
        txt = corpus / (ann.stem + ".txt")
        if not txt.is_file():
            all_errors.append(f"{ann.name}: article {txt} not found")
            continue
        n, errors = check_file(ann, txt.read_text(encoding="utf-8"))
        total += n
        all_errors += errors
    for e in all_errors:
        print(e)
    print(f"{len(files)} files, {total} annotations, {len(all_errors)} errors")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
