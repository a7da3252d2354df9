#!/usr/bin/env python3
"""Set one top-level section of a document fixture, atomically, without touching the others.

Usage: python3 scripts/set-section.py fixtures/001-it-support-security.json schedules section.json
       (section JSON from a file, or '-' for stdin; the value 'null' removes the section)
Several people add sections to the same fixture: never rewrite a whole fixture by hand.
"""
import json, os, sys, tempfile

path, key, src = sys.argv[1], sys.argv[2], sys.argv[3]
value = json.load(sys.stdin if src == '-' else open(src, encoding='utf-8'))
with open(path, encoding='utf-8') as f:
    doc = json.load(f)
if value is None:
    doc.pop(key, None)
else:
    doc[key] = value
fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or '.', suffix='.tmp')
with os.fdopen(fd, 'w', encoding='utf-8') as f:
    f.write(json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
os.replace(tmp, path)
print(f'{path}: set {key}')
