"""Privacy subcommands: consent, level, interests, retention, advance-clock, export, erase,
data-use, partners. ``register(subparsers, common)`` adds them to cli.py's parser.

Output follows cli.py: JSON on stdout with ``--json``, one plain sentence on stderr and exit
status 1 for a problem the user can fix. Nothing here opens a network connection.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from tightrope.cli.common import NOT_A_TERMINAL, ask, fail, opened, print_json


def _on(value: str) -> bool:
    v = value.lower()
    if v in ("on", "yes", "true", "1", "give", "grant"):
        return True
    if v in ("off", "no", "false", "0", "withdraw"):
        return False
    raise argparse.ArgumentTypeError(f"say on or off, not {value!r}")


# --- consent ------------------------------------------------------------------------------


def _consent_json(store) -> dict[str, Any]:
    from tightrope.privacy import consent

    st = consent.state(store)
    return {
        "decided": st.decided,
        "categories": st.categories,
        "sensitive": st.sensitive,
        "personalization_level": consent.level(store),
        "collection_paused": consent.paused(store),
    }


def cmd_consent(args: argparse.Namespace) -> int:
    from tightrope.operations import consent as consent_ops
    from tightrope.privacy import consent

    with opened(args) as services:
        store = services.store
        change = None
        action = args.consent_command or "show"
        if action == "accept-all":
            change = consent_ops.accept_all(store, "command line").consent
        elif action == "reject-all":
            change = consent_ops.reject_all(store, "command line").consent
        elif action == "set":
            try:
                change = consent_ops.set_switches(
                    store, {args.switch: args.value}, "command line"
                ).consent
            except ValueError as exc:
                return fail(str(exc))
        elif action == "pause":
            consent_ops.set_paused(store, args.value)
        out = _consent_json(store)
        if action == "history":
            out = {"history": consent.history(store)}
        if change is not None:
            out["change"] = change.to_json()
    if args.json:
        print_json(out)
    elif action == "history":
        for h in out["history"]:
            print(
                f"{h['at']}  {'given    ' if h['granted'] else 'withdrawn'}  {h['label']}  ({h['where']})"
            )
    else:
        if not out["decided"]:
            print("No consent decision yet: nothing personal is recorded.")
        for c, on in out["categories"].items():
            print(f"{'on ' if on else 'off'}  {c}")
        for c, on in out["sensitive"].items():
            print(f"{'on ' if on else 'off'}  sensitive:{c}")
        print(
            f"personalization level: {out['personalization_level']}"
            + ("; collection paused" if out["collection_paused"] else "")
        )
        if change is not None and change.data_in_withdrawn:
            n = sum(change.data_in_withdrawn.values())
            print(
                f"{n} stored data points are in withdrawn categories; they are no longer used. "
                "Delete them with `tightrope forget-category CATEGORY`."
            )
    return 0


def cmd_level(args: argparse.Namespace) -> int:
    from tightrope.operations import consent as consent_ops
    from tightrope.privacy import consent

    with opened(args) as services:
        if args.level:
            consent_ops.set_level(services.store, args.level)
        level = consent.level(services.store)
    if args.json:
        print_json({"level": level, "explanation": consent.LEVELS[level][1]})
    else:
        print(f"{consent.LEVELS[level][0]}: {consent.LEVELS[level][1]}")
    return 0


def cmd_forget_category(args: argparse.Namespace) -> int:
    from tightrope.operations import forget as forget_ops

    with opened(args) as services:
        try:
            change = forget_ops.forget_category(services.recommender, args.category)
        except ValueError as exc:
            return fail(str(exc))
    if args.json:
        print_json(change.to_json())
    else:
        print(change.summary)
    return 0


# --- interests ----------------------------------------------------------------------------


def cmd_interests(args: argparse.Namespace) -> int:
    from tightrope.engine import interests
    from tightrope.operations import consent as consent_ops
    from tightrope.privacy import consent

    with opened(args) as services:
        store, rec = services.store, services.recommender
        if args.block or args.unblock:
            topic = args.block or args.unblock
            if topic not in services.catalog.category_by_id:
                return fail(
                    f"there is no topic {topic!r}; topics are catalog categories: "
                    + ", ".join(c.id for c in services.catalog.categories)
                )
            (consent_ops.block_topic if args.block else consent_ops.unblock_topic)(store, topic)
        inferred = [i.to_json() for i in interests.inferred(rec)]
        suppressed = [s.to_json() for s in interests.suppressed(rec)]
        blocked = sorted(consent.blocked_topics(store))
        out = {"inferred": inferred, "suppressed": suppressed, "blocked_topics": blocked}
    if args.json:
        print_json(out)
    else:
        if not inferred:
            print("No interests are inferred from your data.")
        for i in inferred:
            print(f"{i['name']}: {i['effect']['summary']} ({len(i['evidence'])} data points)")
        for s in suppressed:
            print(s["message"])
        if blocked:
            print("Blocked: " + ", ".join(blocked))
    return 0


# --- retention and the clock -------------------------------------------------------------


def cmd_retention(args: argparse.Namespace) -> int:
    from tightrope.operations import retention as retention_ops
    from tightrope.privacy import retention

    with opened(args) as services:
        receipts: list[dict[str, Any]] = []
        if args.category is not None:
            if args.days is None:
                return fail("give the number of days: tightrope retention CATEGORY DAYS")
            try:
                receipts = list(
                    retention_ops.set_period(services.store, args.category, args.days).expired
                )
            except ValueError as exc:
                return fail(str(exc))
        out = {
            "retention": [p.to_json() for p in retention.periods(services.store)],
            "expired": receipts,
        }
    if args.json:
        print_json(out)
    else:
        for p in out["retention"]:
            print(
                f"{p['category']:10} {p['days']:5} days"
                + ("" if p["days"] == p["default_days"] else f" (default {p['default_days']})")
            )
        n = sum(r["total"] for r in receipts)
        if n:
            print(f"Deleted {n} expired data points.")
    return 0


def cmd_advance_clock(args: argparse.Namespace) -> int:
    from tightrope.operations import retention as retention_ops

    with opened(args) as services:
        try:
            out = retention_ops.advance_clock(services.store, args.days).result
        except ValueError as exc:
            return fail(str(exc))
    if args.json:
        print_json(out)
    else:
        print(
            f"The shop's clock is now {out['now']} ({out['offset_days']:g} days ahead). "
            f"Expired and deleted: {out['expired_total']} data points."
        )
    return 0


# --- export, erase, verify ------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from tightrope.privacy import export

    with opened(args) as services:
        try:
            out = export.write(services.recommender, args.out, args.format)
        except OSError as exc:
            return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    if args.json:
        print_json(out)
    else:
        print(
            f"Exported {out['data_points']} data points and everything derived from them to "
            f"{out['path']} ({args.format}, readable only by you)."
        )
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from tightrope.operations import erase as erase_ops
    from tightrope.privacy import erase

    if not args.all:
        return fail("say --all to erase everything (to forget some data, use `tightrope forget`)")
    with opened(args) as services:
        n = services.store.count_datums()
        if not args.yes:
            question = (
                f"Erase all {n} data points, everything derived from them, your consent "
                "choices and settings? This cannot be undone."
            )
            answer = ask(question)
            if answer is None:
                return fail(question[:-1] + NOT_A_TERMINAL)
            if not answer:
                print("Nothing was erased.")
                return 1
        result = erase_ops.erase_everything(
            services.recommender, keep_consent_history=args.keep_consent_history
        ).result
        report = erase.verify(services.store, services.data_dir, result.needles)
    out = {**result.to_json(), "verification": report.to_json()}
    if args.json:
        print_json(out)
    else:
        print(
            f"Erased: {result.receipt['total']} items ({', '.join(f'{v} {k}' for k, v in result.receipt['counts'].items()) or 'nothing was stored'})."
        )
        print(report.summary())
    return 0 if report.clean else 1


def cmd_data_use(args: argparse.Namespace) -> int:
    with opened(args) as services:
        entries = services.recommender.data_use.entries()
    if args.json:
        print_json(entries)
    elif not entries:
        print("Recommendations have not been computed yet.")
    else:
        for e in entries:
            print(
                f"{e['minute']}  {e['computations']:4} computations  up to {e['data_points']:4} data points  {e['label']}"
            )
    return 0


def cmd_partners(args: argparse.Namespace) -> int:
    from tightrope.operations import consent as consent_ops
    from tightrope.privacy import partners

    with opened(args) as services:
        if args.do_not_sell is not None:
            consent_ops.set_do_not_sell(services.store, args.do_not_sell)
        if args.gpc is not None:
            consent_ops.set_gpc(services.store, args.gpc)
        out = partners.payload(services.recommender)
    if args.json:
        print_json(out)
    else:
        print("Do not sell or share: " + ("on" if out["do_not_sell"] else "off"))
        print("Global Privacy Control: " + ("on (honoured)" if out["gpc"]["honoured"] else "off"))
        if out["blocked_reason"]:
            print(out["blocked_reason"])
        print("Would send: " + (json.dumps(out["would_send"]) if out["would_send"] else "nothing"))
        for w in out["withheld"]:
            print(f"Left out: {w['name']} ({w['reason']})")
        print(out["note"])
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the privacy subcommands to the main parser."""
    p = subparsers.add_parser(
        "consent", parents=[common], help="show or change what the shop may collect"
    )
    p.add_argument("--json", action="store_true")
    acts = p.add_subparsers(
        dest="consent_command", metavar="{show,accept-all,reject-all,set,pause,history}"
    )
    for name, helptext in (
        ("show", "the switches in force"),
        ("accept-all", "every everyday category on"),
        ("reject-all", "every switch off"),
        ("history", "every change: when, where"),
    ):
        a = acts.add_parser(name, parents=[common], help=helptext)
        a.add_argument("--json", action="store_true")
    a = acts.add_parser(
        "set", parents=[common], help="one switch: CATEGORY or sensitive:CATEGORY on|off"
    )
    a.add_argument("switch")
    a.add_argument("value", type=_on)
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("pause", parents=[common], help="pause collection on|off")
    a.add_argument("value", type=_on)
    a.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_consent)

    p = subparsers.add_parser(
        "level", parents=[common], help="personalization level: off, light or full"
    )
    p.add_argument("level", nargs="?", choices=("off", "light", "full"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_level)

    p = subparsers.add_parser(
        "forget-category", parents=[common], help="delete every data point of a consent category"
    )
    p.add_argument("category")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_forget_category)

    p = subparsers.add_parser(
        "interests",
        parents=[common],
        help="inferred interests, their evidence, and what the sensitive guard suppressed",
    )
    p.add_argument(
        "--block", metavar="TOPIC", help="remove this inferred interest and never infer it again"
    )
    p.add_argument("--unblock", metavar="TOPIC")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_interests)

    p = subparsers.add_parser(
        "retention", parents=[common], help="how long each category is kept; set CATEGORY DAYS"
    )
    p.add_argument("category", nargs="?")
    p.add_argument("days", nargs="?", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_retention)

    p = subparsers.add_parser(
        "advance-clock",
        parents=[common],
        help="move the demo clock forward; expired data is deleted",
    )
    p.add_argument("days", type=float)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_advance_clock)

    p = subparsers.add_parser(
        "export", parents=[common], help="export everything stored about you (JSON or CSV)"
    )
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "erase", parents=[common], help="erase all personal data, then verify it is gone"
    )
    p.add_argument("--all", action="store_true", help="everything personal and derived")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask first")
    p.add_argument(
        "--keep-consent-history", action="store_true", help="keep the record of consent changes"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_erase)

    p = subparsers.add_parser(
        "data-use", parents=[common], help="which categories recommendations used (counts only)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_data_use)

    p = subparsers.add_parser(
        "partners", parents=[common], help="what an advertising partner would see (nothing is sent)"
    )
    p.add_argument("--do-not-sell", type=_on, metavar="on|off")
    p.add_argument(
        "--gpc",
        type=_on,
        metavar="on|off",
        help="simulate the browser's Global Privacy Control signal",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_partners)
