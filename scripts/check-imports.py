#!/usr/bin/env python3
"""Fails when imports in src/ run in a circle.

Two checks, both over `crate::` and `super::` paths in the code (tests modules excluded):
  1. among src/'s top-level modules (src/<m>.rs or src/<m>/), no cycle;
  2. among the sibling files of each folder (its mod.rs is the folder itself, not a sibling), no cycle.
`pub use` re-exports in lib.rs and mod.rs files are followed to the module that defines the name.
Usage: python3 scripts/check-imports.py [SRC_DIR]   (exit 1 and the cycles when there are any)
"""
import re
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "src")
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def module_of(path: Path) -> tuple:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return tuple(parts)


def code_of(path: Path) -> str:
    text = path.read_text()
    text = re.sub(r"//[^\n]*", "", text)
    cut = re.search(r"#\[cfg\(test\)\]\s*(pub(\(crate\))?\s+)?mod\s+tests\b", text)
    return text[: cut.start()] if cut else text


def expand_use(body: str) -> list:
    """`a::{b, c::{d}}` -> ['a::b', 'a::c::d'] (globs and self kept as the prefix)."""
    body = re.sub(r"\s+", "", body)
    out = []

    def walk(prefix: str, s: str):
        depth, start, items = 0, 0, []
        for i, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                items.append(s[start:i])
                start = i + 1
        items.append(s[start:])
        for item in filter(None, items):
            m = re.match(r"^(.*?)::\{(.*)\}$", item)
            if m:
                walk(prefix + m.group(1) + "::", m.group(2))
            else:
                item = re.sub(r"as" + IDENT + "$", "", item) if "as" in item and "::" in item else item
                item = item.split(" as ")[0]
                out.append((prefix + item).removesuffix("::*").removesuffix("::self"))

    walk("", body)
    return out


def paths_in(code: str) -> list:
    paths = []
    for m in re.finditer(r"\buse\s+([^;]+);", code):
        paths += expand_use(m.group(1))
    code_wo_use = re.sub(r"\buse\s+[^;]+;", "", code)
    paths += re.findall(r"\b(?:crate|super)(?:::" + IDENT + r")+", code_wo_use)
    return paths


def absolute(path: str, here: tuple, is_folder_module: bool):
    parts = path.split("::")
    if parts[0] == "crate":
        return tuple(parts[1:])
    if parts[0] == "super":
        base = list(here if is_folder_module else here)
        base = base[:-1]
        parts = parts[1:]
        while parts and parts[0] == "super":
            base, parts = base[:-1], parts[1:]
        return tuple(base + parts)
    if parts[0] == "self":
        return tuple(list(here) + parts[1:])
    return None


def main() -> int:
    files = sorted(p for p in SRC.rglob("*.rs") if "bin" not in p.relative_to(SRC).parts)
    modules = {module_of(p): p for p in files}
    folder_module = {module_of(p): p.name in ("mod.rs", "lib.rs") for p in files}
    # re-exports: (module, name) -> absolute path of what it names
    reexports = {}
    for mod, p in modules.items():
        if not folder_module[mod]:
            continue
        for m in re.finditer(r"\bpub(?:\([^)]*\))?\s+use\s+([^;]+);", code_of(p)):
            for item in expand_use(m.group(1)):
                target = absolute(item, mod, True)
                if target is None:
                    target = tuple(list(mod) + item.split("::"))
                reexports[(mod, target[-1])] = target

    def owner(target: tuple) -> tuple:
        """The longest module prefix of target, following re-exports."""
        for _ in range(8):
            best = max((target[:i] for i in range(len(target) + 1) if target[:i] in modules), key=len)
            rest = target[len(best):]
            if rest and (best, rest[0]) in reexports and reexports[(best, rest[0])] != target:
                target = reexports[(best, rest[0])] + rest[1:]
                continue
            return best
        return best

    edges = {}
    for mod, p in modules.items():
        for path in paths_in(code_of(p)):
            target = absolute(path, mod, folder_module[mod])
            if target is None:
                continue
            to = owner(target)
            if to != mod:
                edges.setdefault(mod, set()).add(to)

    problems = []
    # 1. top-level modules
    top = {}
    for a, bs in edges.items():
        for b in bs:
            if a and b and a[0] != b[0]:
                top.setdefault(a[0], set()).add(b[0])
    problems += [("src/", c) for c in cycles(top)]
    # 2. siblings of each folder
    folders = {m for m, f in folder_module.items() if f}
    for folder in folders - {()}:
        graph = {}
        n = len(folder) + 1
        for a, bs in edges.items():
            if len(a) < n or a[: n - 1] != folder:
                continue
            for b in bs:
                if len(b) >= n and b[: n - 1] == folder and a[n - 1] != b[n - 1]:
                    graph.setdefault(a[n - 1], set()).add(b[n - 1])
        where = "src/" + "/".join(folder) + ("/" if folder else "")
        problems += [(where, c) for c in cycles(graph)]
    for where, cycle in problems:
        print(f"import cycle in {where}: these import each other, directly or through one another: "
              + ", ".join(cycle))
    if problems:
        return 1
    print(f"check-imports: no import cycle among {len(modules)} modules")
    return 0


def cycles(graph: dict) -> list:
    """One representative cycle per strongly connected component of more than one node."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


if __name__ == "__main__":
    sys.exit(main())
