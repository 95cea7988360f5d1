"""The trainer checklist: each right of the registry (tightrope.privacy.rules), where the app
shows it and how to demonstrate it, as HTML (printed to PDF by ``tightrope rules --out``).

Generated from the registry and nothing else, so the checklist and the rules overlay never
disagree (a test compares them).
"""

from __future__ import annotations

import html
from pathlib import Path

from tightrope import __version__
from tightrope.i18n import translator
from tightrope.privacy import rules
from tightrope.storage import files

tr = translator("RulesChecklist")

STYLE = """
body { font-family: sans-serif; font-size: 12px; color: #1d2733; }
h1 { font-size: 20px; margin: 0 0 4px 0; }
h2 { font-size: 15px; margin: 18px 0 6px 0; color: #136f63; }
p.note { color: #566373; margin: 0 0 10px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #d5dbe3; }
th { font-size: 11px; color: #566373; }
td.ref { font-weight: bold; }
td.box { font-size: 14px; }
span.pending { color: #8a5a00; }
span.breaks { color: #b3261e; font-weight: bold; }
"""

BOX = "\u2610"  # a ballot box to tick while demonstrating


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _places(entry: rules.ChecklistEntry) -> str:
    if entry.not_shown:
        return f"<i>{_esc(tr('Not shown:'))}</i> {_esc(entry.not_shown)}"
    lines = []
    for where, demo, kind, pending in entry.places:
        label = _esc(where)
        if kind == rules.BREAKS:
            label = f"<span class='breaks'>{_esc(tr('Broken on purpose:'))}</span> {label}"
        if pending:
            label += (
                f" <span class='pending'>{_esc(tr('(coming with issue #20 items 1-5)'))}</span>"
            )
        lines.append(f"<b>{label}</b><br>{_esc(demo)}")
    return "<br><br>".join(lines)


def render_html() -> str:
    """The whole checklist as one HTML document, grouped by law."""
    entries = rules.checklist()
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{_esc(tr('Tightrope trainer checklist'))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_esc(tr('Tightrope trainer checklist: the rules in the shop'))}</h1>",
        "<p class='note'>"
        + _esc(
            tr(
                "Each right, where Tightrope shows it and how to demonstrate it. The texts are short "
                "paraphrases written for training, not the law itself; the reference says where to "
                "read it. Workshop \u2192 Rules overlay tags each control in the app with the same "
                "references. Tightrope {version}."
            ).format(version=__version__)
        )
        + "</p>",
    ]
    for law in rules.LAWS:
        rows = [e for e in entries if e.rule.law == law]
        parts.append(f"<h2>{_esc(tr(rules.LAW_NAMES[law]))}</h2>")
        parts.append(
            "<table><tr>"
            f"<th width='4%'></th><th width='16%'>{_esc(tr('Reference'))}</th>"
            f"<th width='30%'>{_esc(tr('The right, in short'))}</th>"
            f"<th width='50%'>{_esc(tr('Where in the app, and how to demonstrate it'))}</th></tr>"
        )
        for e in rows:
            parts.append(
                f"<tr><td class='box'>{BOX}</td><td class='ref'>{_esc(tr(e.rule.reference))}</td>"
                f"<td><b>{_esc(tr(e.rule.title))}</b><br>{_esc(tr(e.rule.text))}</td>"
                f"<td>{_places(e)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_text() -> str:
    """The checklist as plain text (``tightrope rules`` without --out)."""
    lines: list[str] = []
    for e in rules.checklist():
        lines.append(f"{tr(e.rule.reference)}: {tr(e.rule.title)}")
        lines.append(f"    {tr(e.rule.text)}")
        if e.not_shown:
            lines.append(f"    {tr('Not shown:')} {e.not_shown}")
        for where, demo, kind, pending in e.places:
            mark = tr("breaks: ") if kind == rules.BREAKS else ""
            later = tr(" (coming with issue #20 items 1-5)") if pending else ""
            lines.append(f"    - {mark}{where}{later}: {demo}")
    return "\n".join(lines) + "\n"


def write_html(out: Path) -> Path:
    """The checklist as an HTML file, whole or not at all."""
    return files.write_private(out, render_html())
