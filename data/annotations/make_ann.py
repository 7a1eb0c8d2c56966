#!/usr/bin/env python3
"""Write the brat .ann files from the gold JSON files.

    python3 make_ann.py CORPUS_DIR [GOLD_DIR] [OUT_DIR]

For each gold file (default ../gold-dev) the article CORPUS_DIR/<doc> is read as
UTF-8, and every whole-word, case-sensitive occurrence of each entity's `text`
and `mentions` is marked with the entity's type.  Longer spans win over shorter
ones they overlap ("Zaporizhzhia Regional Military Administration" over
"Zaporizhzhia"), so the result is flat.  occurrences.json restricts a few
forms to some of their occurrences (a demonym used once as an actor and once
as a description, "Moscow" as a place and as the Russian government).
Run check_ann.py afterwards.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def spans_for(text, doc, restrict):
    found = []
    for e in doc["entities"]:
        only = restrict.get(f"{e['type']}|{e['text']}", {})
        for form in dict.fromkeys([e["text"]] + list(e.get("mentions") or [])):
            pat = r"(?<![A-Za-z0-9])" + re.escape(form) + r"(?![A-Za-z0-9])"
            for i, m in enumerate(re.finditer(pat, text)):
                if form in only and i not in only[form]:
                    continue
                found.append((m.start(), m.end(), e["type"]))
    found.sort(key=lambda s: (s[0] - s[1], s[0]))  # longest first
    kept = []
    for s in found:
        if not any(s[0] < k[1] and k[0] < s[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def main(argv):
    if not 2 <= len(argv) <= 4:
        print(__doc__, file=sys.stderr)
        return 2
    corpus = Path(argv[1])
    gold = Path(argv[2]) if len(argv) > 2 else HERE.parent / "gold-dev"
    out = Path(argv[3]) if len(argv) > 3 else HERE
    restrict = json.loads((HERE / "occurrences.json").read_text(encoding="utf-8"))
    for path in sorted(gold.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        stem = Path(doc["doc"]).stem
        text = (corpus / doc["doc"]).read_text(encoding="utf-8")
        kept = spans_for(text, doc, restrict.get(stem, {}))
        lines = [f"T{i}\t{t} {a} {b}\t{text[a:b]}" for i, (a, b, t) in enumerate(kept, 1)]
        (out / f"{stem}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{stem}.ann: {len(lines)} annotations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
