"""``tightrope rules``: the trainer checklist (each right, where the app shows it and how to
demonstrate it) from the rules registry (tightrope.privacy.rules).

Without --out it prints the checklist as text; ``--out checklist.pdf`` (or ``.html``) writes
it; ``--json`` prints the registry. Needs no data folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tightrope.cli.common import fail, print_json

FORMATS = (".pdf", ".html", ".htm")


def cmd_rules(args: argparse.Namespace) -> int:
    from tightrope.privacy import checklist, rules

    problems = rules.problems()
    if problems:  # a broken registry is a bug; say so rather than print half a checklist
        return fail(f"the rules registry is inconsistent: {problems[0]}")
    if args.json:
        print_json(rules.to_json())
    if args.out is None:
        if not args.json:
            sys.stdout.write(checklist.render_text())
        return 0
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return fail(f"--out must end in .pdf or .html, not {out.name!r}")
    try:
        if suffix == ".pdf":
            from tightrope.ui.rules.pdf import write_checklist_pdf

            write_checklist_pdf(out)
        else:
            checklist.write_html(out)
    except OSError as exc:  # nothing was replaced (tightrope.storage.files)
        return fail(f"cannot write {out}: {exc.strerror or exc}; nothing was changed")
    print(
        f"Wrote {out}: {len(rules.RULES)} rules, {len(rules.PLACEMENTS)} places in the app.",
        file=sys.stderr,
    )
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "rules",
        parents=[common],
        help="the trainer checklist: each right, where the app shows it, how to demonstrate it",
    )
    p.add_argument(
        "--out",
        metavar="checklist.pdf|checklist.html",
        help="write the checklist as PDF or HTML (default: print it as text)",
    )
    p.add_argument("--json", action="store_true", help="print the rules registry as JSON")
    p.set_defaults(func=cmd_rules)
