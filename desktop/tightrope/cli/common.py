"""Pieces every command module shares: JSON out, one-sentence errors, opened services,
and asking before a destructive step."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tightrope import paths

if TYPE_CHECKING:
    from tightrope.services import Services


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"tightrope: {message}", file=sys.stderr)
    return 1


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Services]:
    """The services for ``--data-dir`` (or its defaults), closed afterwards. Holds the data
    folder's single-instance lock meanwhile; SQLite errors a user can act on (locked,
    read-only, disk full) become one sentence naming the folder (tightrope.storage.faults)."""
    import sqlite3

    from tightrope.services import open_services
    from tightrope.storage import faults

    services = open_services(paths.resolve_data_dir(args.data_dir), getattr(args, "clock", None))
    failed = True
    try:
        yield services
        failed = False
    except sqlite3.Error as exc:
        err = faults.translate(exc, services.data_dir.root)
        if err is exc:
            raise
        raise err from exc
    finally:
        try:
            services.close()  # flushes the coalesced data-use log: a write
        except sqlite3.Error as exc:
            if not failed:  # otherwise the first error is the one to report
                err = faults.translate(exc, services.data_dir.root)
                if err is exc:
                    raise
                raise err from exc


NOT_A_TERMINAL = "; pass --yes to confirm, since standard input is not a terminal to ask on."


def ask(question: str) -> bool | None:
    """Ask a yes/no question on the terminal. None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    sys.stdout.write(f"{question} [y/N] ")
    sys.stdout.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")
