"""``tightrope recover``: what to do when the database is damaged (see tightrope.storage.recovery).

``--start-fresh`` moves the damaged files aside into ``quarantine/`` in the data folder and
starts an empty shop; ``--restore EXPORT.json`` does the same and restores the export into
it (also usable on a new, empty data folder). Exit status 0, or 1 with one sentence.
"""

from __future__ import annotations

import argparse

from tightrope import paths
from tightrope.cli.common import fail, print_json


def cmd_recover(args: argparse.Namespace) -> int:
    from tightrope.privacy import restore
    from tightrope.storage import recovery

    if bool(args.start_fresh) == bool(args.restore):
        return fail("say either --start-fresh or --restore EXPORT.json")
    try:
        result = recovery.recover(
            paths.resolve_data_dir(args.data_dir), args.restore, clock=args.clock
        )
    except (restore.RestoreError, recovery.NothingToRecover) as exc:
        return fail(
            f"{exc} Nothing was changed."
            if isinstance(exc, recovery.NothingToRecover)
            else f"{exc}. Nothing was moved or restored."
        )
    try:
        out = result.to_json()
    finally:
        result.services.close()
    if args.json:
        print_json(out)
    else:
        for sentence in result.sentences():
            print(sentence)
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "recover",
        parents=[common],
        help="after a damaged database: move it aside and start fresh, or restore an export",
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--start-fresh",
        action="store_true",
        help="move the damaged database into quarantine/ and start with an empty shop",
    )
    how.add_argument(
        "--restore",
        metavar="EXPORT.json",
        help="the same, then restore this export (also: into a new, empty data folder)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recover)
