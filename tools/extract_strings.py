"""Extract Tightrope's translatable text into Qt Linguist ``.ts`` files.

    python tools/extract_strings.py assets/i18n/tightrope_fr.ts [more.ts ...]

Finds, in every module under ``desktop/tightrope``:

* ``tr("text")``, ``tr("text", "disambiguation")`` and ``tr("%Ln item(s)", n=count)`` where
  the module binds ``tr = translator("Context")`` (``tightrope.i18n``);
* ``tr.mark("text")``: text translated later by the same ``tr``;
* ``translate("Context", "text", ...)`` and ``QCoreApplication.translate(...)``.

A call with a count (``n=`` or a fourth argument) becomes a numerus message, so Linguist
asks for every plural form of the language. Existing ``.ts`` files are updated in place:
translations are kept, new text is added as unfinished, text no longer in the code is
marked vanished. ``pyside6-lupdate`` finds most of these too, but neither ``tr`` bound to
a context nor ``tr.mark``, and it misses the numerus flag on ``translate`` calls; hence
this script (docs/translation.md).
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop" / "tightrope"


@dataclass
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment or "")


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translator_names(tree: ast.Module) -> dict[str, str]:
    """Module-level ``name = translator("Context")`` bindings."""
    names = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        func = node.value.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if called != "translator" or not node.value.args:
            continue
        context = _string(node.value.args[0])
        for target in node.targets:
            if isinstance(target, ast.Name) and context is not None:
                names[target.id] = context
    return names


def _has_count(call: ast.Call, positional_index: int) -> bool:
    return len(call.args) > positional_index or any(k.arg == "n" for k in call.keywords)


def _comment(call: ast.Call, positional_index: int) -> str | None:
    if len(call.args) > positional_index:
        return _string(call.args[positional_index])
    for keyword in call.keywords:
        if keyword.arg == "disambiguation":
            return _string(keyword.value)
    return None


def messages_in(path: Path, relative_to: Path = ROOT) -> list[Message]:
    """Every translatable text in one Python file (only literal text can be extracted)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    bound = _translator_names(tree)
    where = path.resolve().relative_to(relative_to.resolve()).as_posix()
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in bound:
            text = _string(node.args[0]) if node.args else None
            if text is not None:
                found.append(Message(bound[func.id], text, _comment(node, 1), _has_count(node, 2)))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "mark"
            and isinstance(func.value, ast.Name)
            and func.value.id in bound
        ):
            text = _string(node.args[0]) if node.args else None
            if text is not None:
                found.append(
                    Message(bound[func.value.id], text, None, "%n" in text or "%Ln" in text)
                )
        elif (isinstance(func, ast.Name) and func.id == "translate") or (
            isinstance(func, ast.Attribute) and func.attr == "translate"
        ):
            if len(node.args) >= 2:
                context, text = _string(node.args[0]), _string(node.args[1])
                if context is not None and text is not None:
                    found.append(Message(context, text, _comment(node, 2), _has_count(node, 3)))
        else:
            continue
        if found and not found[-1].locations:
            found[-1].locations.append((where, node.lineno))
    return found


def collect(source: Path = SOURCE, relative_to: Path = ROOT) -> dict[tuple[str, str, str], Message]:
    """All messages under ``source``, merged by (context, text, disambiguation)."""
    merged: dict[tuple[str, str, str], Message] = {}
    for path in sorted(source.rglob("*.py")):
        for message in messages_in(path, relative_to):
            known = merged.setdefault(message.key, message)
            if known is not message:
                known.locations.extend(message.locations)
                known.numerus = known.numerus or message.numerus
    return merged


def _language(ts_path: Path) -> str:
    stem = ts_path.stem  # tightrope_fr_FR
    return stem.split("_", 1)[1] if "_" in stem else ""


def write_ts(ts_path: Path, messages: dict[tuple[str, str, str], Message]) -> tuple[int, int]:
    """Create or update ``ts_path``; returns (new, vanished) message counts."""
    kept: dict[tuple[str, str, str], ET.Element] = {}
    if ts_path.exists():
        for context in ET.parse(ts_path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                kept[key] = message
    root = ET.Element("TS", version="2.1", language=_language(ts_path))
    contexts: dict[str, ET.Element] = {}
    new = 0
    for key in sorted(set(messages) | set(kept)):
        context = contexts.get(key[0])
        if context is None:
            context = contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = key[0]
        element = ET.SubElement(context, "message")
        found = messages.get(key)
        old = kept.get(key)
        if found is not None and found.numerus:
            element.set("numerus", "yes")
        if found is not None:
            for filename, line in found.locations:
                ET.SubElement(element, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(element, "source").text = key[1]
        if key[2]:
            ET.SubElement(element, "comment").text = key[2]
        translation = old.find("translation") if old is not None else None
        if translation is None:
            new += 1
            translation = ET.Element("translation", type="unfinished")
            if found is not None and found.numerus:
                ET.SubElement(translation, "numerusform")
        if found is None:
            translation.set("type", "vanished")
        elif translation.get("type") == "vanished":
            translation.set("type", "unfinished")
        element.append(translation)
    ET.indent(root)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    with ts_path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")
    return new, sum(1 for key in kept if key not in messages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", nargs="+", type=Path, help="the .ts files to create or update")
    args = parser.parse_args(argv)
    messages = collect()
    for ts_path in args.ts:
        new, vanished = write_ts(ts_path, messages)
        print(f"{ts_path}: {len(messages)} messages, {new} new, {vanished} vanished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
