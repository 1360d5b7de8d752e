#!/usr/bin/env python3
"""Orders the printer columns of generated CRDs as they are declared in the Java model.

The fabric8 CRD generator sorts additionalPrinterColumns by jsonPath, so "kubectl get" would show
Age first (fabric8io/kubernetes-client#7454 asks for an order option). This rewrites each CRD file
in place, keeping the generator's formatting, with the columns in the order of the
@AdditionalPrinterColumn annotations on the custom resource's class.

Usage: crd-columns.py JAVA_SOURCE_ROOT CRD_FILE...
"""
import pathlib
import re
import sys


def declared_order(source_root, kind):
    for path in pathlib.Path(source_root).rglob(kind + ".java"):
        text = path.read_text()
        if re.search(r"\bclass\s+" + kind + r"\b", text):
            annotations = re.findall(r"@AdditionalPrinterColumn\((.*?)\)\s*(?=@|public|final|class)", text, re.S)
            return [re.search(r'name\s*=\s*"([^"]+)"', a).group(1) for a in annotations]
    sys.exit(f"crd-columns: no Java class {kind} under {source_root}")


def reorder(lines, order):
    out, i = [], 0
    while i < len(lines):
        out.append(lines[i])
        if lines[i].rstrip().endswith("additionalPrinterColumns:"):
            indent = len(lines[i + 1]) - len(lines[i + 1].lstrip())
            entries = []
            i += 1
            while i < len(lines) and lines[i].startswith(" " * indent + "- "):
                entry = [lines[i]]
                i += 1
                while i < len(lines) and lines[i].startswith(" " * (indent + 2)):
                    entry.append(lines[i])
                    i += 1
                entries.append(entry)
            def rank(entry):
                name = re.search(r'name: "?([^"\n]+)"?', "".join(entry)).group(1)
                return order.index(name) if name in order else len(order)
            for entry in sorted(entries, key=rank):
                out.extend(entry)
            continue
        i += 1
    return out


def main():
    source_root, files = sys.argv[1], sys.argv[2:]
    for file in files:
        path = pathlib.Path(file)
        lines = path.read_text().splitlines(keepends=True)
        kind = re.search(r'^    kind: "?([A-Za-z]+)"?', "".join(lines), re.M).group(1)
        path.write_text("".join(reorder(lines, declared_order(source_root, kind))))


if __name__ == "__main__":
    main()
