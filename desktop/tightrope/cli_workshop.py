"""Workshop subcommands: ``tightrope persona list`` and ``tightrope persona load``.

``register(subparsers, common)`` adds them to the main parser (cli.py's build_parser).
Loading a persona replaces the local personal data completely, so it says so first: it
asks on a terminal and refuses without ``--yes`` anywhere else. Errors go to stderr as one
sentence naming the file, line and field, with exit status 1; nothing is changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from tightrope import paths

if TYPE_CHECKING:
    from tightrope.personas import Persona, PersonaInfo

# tightrope.personas (and through it the store and sqlite-utils) is imported inside the
# commands, so building the parser stays cheap (`tightrope --version`).


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _fail(message: str) -> int:
    print(f"tightrope: {message}", file=sys.stderr)
    return 1


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def consent_summary(info: PersonaInfo | Persona) -> str:
    """'all but age band; sensitive: alcohol' — what the persona agreed to, in a few words."""
    from tightrope.datums import CONSENT_CATEGORIES

    off = [CONSENT_CATEGORIES[c].lower() for c, on in info.consent.categories.items() if not on]
    on = [CONSENT_CATEGORIES[c].lower() for c, ok in info.consent.categories.items() if ok]
    if not off:
        text = "everything"
    elif len(on) <= len(off):
        text = "only " + ", ".join(on) if on else "nothing"
    else:
        text = "all but " + ", ".join(off)
    sensitive = info.consent.sensitive_opt_in()
    return text + ("; sensitive: " + ", ".join(sensitive) if sensitive else "")


def cmd_list(args: argparse.Namespace) -> int:
    from tightrope.personas import PersonaError, list_personas

    try:
        infos = list_personas()
    except PersonaError as exc:
        return _fail(str(exc))
    if args.json:
        _print_json([i.to_json() for i in infos])
        return 0
    width = max(len(i.id) for i in infos) if infos else 0
    for i in infos:
        print(f"{i.id:<{width}}  {i.data_points:>3} data points  {i.name}")
        print(f"{'':<{width}}  consents to {consent_summary(i)}")
        print(f"{'':<{width}}  {i.workshop_use}")
    return 0


def replace_message(persona: Persona, stored: int) -> str:
    """The sentence said before a load: what goes and what comes."""
    n = len(persona.data)
    who = persona.short_name
    if stored and n:
        change = f"This replaces the {_plural(stored, 'data point')} stored now with {who}'s {n}"
    elif stored:
        change = f"This deletes the {_plural(stored, 'data point')} stored now ({who} has none)"
    elif n:
        change = f"This loads {who}'s {_plural(n, 'data point')} (nothing is stored now)"
    else:
        change = f"This keeps the shop empty ({who} has no data points)"
    return f"{change} and sets consent to {who}'s ({consent_summary(persona)})."


def confirm(question: str, stdin: TextIO, stdout: TextIO) -> bool:
    stdout.write(f"{question} [y/N] ")
    stdout.flush()
    answer = stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def cmd_load(args: argparse.Namespace) -> int:
    from tightrope.personas import PersonaError, apply_persona, load, stored_count
    from tightrope.services import open_services

    try:
        persona = load(args.persona)
    except PersonaError as exc:
        return _fail(str(exc))
    services = open_services(paths.resolve_data_dir(args.data_dir))
    try:
        stored = stored_count(services.store)
        if not args.yes:
            message = replace_message(persona, stored)
            if not sys.stdin.isatty():
                return _fail(
                    f"{message[:-1]}; pass --yes to confirm, since standard input is not a "
                    "terminal to ask on."
                )
            print(message)
            if not confirm(f"Load {persona.name}?", sys.stdin, sys.stdout):
                print("Nothing was changed.")
                return 1
        try:
            summary = apply_persona(services.store, persona)
        except PersonaError as exc:
            return _fail(str(exc))
    finally:
        services.close()
    if args.json:
        _print_json({k: v for k, v in summary.items() if k != "datum_ids"})
    else:
        print(
            f"Loaded {persona.name}: {_plural(summary['loaded'], 'data point')} "
            f"(replaced {summary['replaced']}). {persona.workshop_use}"
        )
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``persona list`` and ``persona load`` to the main parser's subcommands."""
    persona = subparsers.add_parser(
        "persona", parents=[common], help="list or load a workshop persona (replaces local data)"
    )
    actions = persona.add_subparsers(dest="persona_command", metavar="{list,load}")
    actions.required = True

    p = actions.add_parser("list", parents=[common], help="the shipped personas, newcomer first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = actions.add_parser(
        "load", parents=[common], help="replace all local personal data with a persona's"
    )
    p.add_argument("persona", metavar="ID_OR_PATH", help="a shipped persona id or a persona file")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask before replacing local data")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_load)
