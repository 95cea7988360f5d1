"""Command line: the composition root (``main``) and the facilitator/test subcommands.

JSON goes to stdout; errors go to stderr as one plain sentence with a non-zero exit.
The JSON shapes are a documented interface (docs/cli.md): change them only additively.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tightrope import __version__, paths
from tightrope.cli.common import opened, print_json
from tightrope.privacy.scan import FLAG as SCAN_FLAG

if TYPE_CHECKING:
    from tightrope.clock import Clock


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _product_id(services, product_id: str) -> str:
    if product_id not in services.catalog.by_id:
        raise UserError(
            f"There is no product with id {product_id!r}; `tightrope catalog --json` lists them."
        )
    return product_id


def cmd_gui(args: argparse.Namespace) -> int:
    from tightrope.ui.app import preflight_display

    problem = preflight_display()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        size = tuple(int(v) for v in args.size.lower().split("x"))
        if len(size) != 2 or min(size) < 200:
            raise ValueError
    except ValueError:
        raise UserError(f"--size must look like 1280x800, not {args.size!r}") from None
    from tightrope.ui.startup import run_window

    # Faults at start (damaged database, another window open, a newer database) are
    # explained in dialogs; with --screenshot they are raised here instead.
    return run_window(
        args.data_dir,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        size=size,
        clock=args.clock,
    )


def cmd_catalog(args: argparse.Namespace) -> int:
    from tightrope.catalog import load_shipped_catalog

    catalog = load_shipped_catalog()
    if args.json:
        print_json([p.to_json() for p in catalog.products])
    else:
        for p in catalog.products:
            flag = " [sensitive]" if p.sensitive else ""
            print(f"{p.id:32} {p.price:8.2f}  {p.category:15} {p.name}{flag}")
    return 0


def cmd_data(args: argparse.Namespace) -> int:
    with opened(args) as services:
        rows = [d.to_json(services.catalog) for d in services.store.datums()]
    if args.json:
        print_json(rows)
    elif not rows:
        print("No personal data is stored.")
    else:
        for r in rows:
            ex = " (not used)" if r["excluded"] else ""
            print(f"#{r['id']:<5} {r['collected_at']}  {r['consent_category']:10} {r['label']}{ex}")
    return 0


def _print_rec(rec: dict[str, Any]) -> None:
    rank = f"#{rec['rank']}" if rec["rank"] else "not in top"
    print(
        f"{rank:>10}  {rec['name']}  (score {rec['score']:.3f}){'  [Sponsored]' if rec['sponsored'] else ''}"
    )
    print(f"            {rec['headline']}")
    for c in rec["contributions"]:
        print(f"            {c['share'] * 100:5.1f}%  {c['contribution']:.3f}  {c['label']}")


def cmd_recommend(args: argparse.Namespace) -> int:
    with opened(args) as services:
        recs = [r.to_json() for r in services.recommender.recommend(args.top)]
    if args.json:
        print_json(recs)
    else:
        for r in recs:
            _print_rec(r)
    return 0


def cmd_why(args: argparse.Namespace) -> int:
    with opened(args) as services:
        pid = _product_id(services, args.product_id)
        out = services.recommender.why(pid).to_json()
        out["counterfactual"] = services.recommender.counterfactual(pid).to_json()
    if args.json:
        print_json(out)
    else:
        _print_rec(out)
        print(f"            {out['counterfactual']['message']}")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    with opened(args) as services:
        from tightrope.operations import forget as forget_ops

        rec = services.recommender
        if args.product:
            change = forget_ops.forget_product(rec, _product_id(services, args.product))
        elif args.topic:
            if args.topic not in services.catalog.category_by_id:
                raise UserError(
                    f"There is no topic {args.topic!r}; topics are catalog categories: "
                    + ", ".join(c.id for c in services.catalog.categories)
                )
            change = forget_ops.forget_topic(rec, args.topic)
        elif args.datum_ids:
            missing = [i for i in args.datum_ids if services.store.datum(i) is None]
            if missing:
                raise UserError(
                    f"No data point with id {missing[0]}; `tightrope data --json` lists them."
                )
            change = forget_ops.forget(rec, args.datum_ids)
        else:
            raise UserError(
                "Say what to forget: DATUM_ID..., --product PRODUCT_ID or --topic TOPIC."
            )
    if args.json:
        print_json(change.to_json())
    else:
        print(change.summary)
        if change.preview is not None:
            print(change.preview.summary)
    return 0


def _cmd_exclude(args: argparse.Namespace, exclude: bool) -> int:
    with opened(args) as services:
        missing = [i for i in args.datum_ids if services.store.datum(i) is None]
        if missing:
            raise UserError(
                f"No data point with id {missing[0]}; `tightrope data --json` lists them."
            )
        from tightrope.operations import forget as forget_ops

        rec = services.recommender
        change = (forget_ops.exclude if exclude else forget_ops.include)(rec, args.datum_ids)
    if args.json:
        print_json(change.to_json())
    else:
        print(change.summary)
        if change.preview is not None:
            print(change.preview.summary)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    if args.explanations:
        from tightrope.bench.explanations import run_explanations

        return run_explanations(args)
    if args.startup:
        from tightrope.bench.startup import run_startup

        return run_startup(args)
    if args.quality:
        from tightrope.bench.quality import run_quality

        return run_quality(args)
    if args.gui:
        from tightrope.ui.app import preflight_display

        problem = preflight_display()
        if problem and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a benchmark needs no screen
        elif problem:
            print(problem, file=sys.stderr)
            return 2
        from tightrope.ui.bench_window import print_report, run

        result = run(args.repeat)
        if args.json:
            print_json(result)
        else:
            print_report(result)
        return 0
    from tightrope.bench.latency import run_bench

    return run_bench(args)


def build_parser() -> argparse.ArgumentParser:
    help_dir = f"data folder (default: ${paths.ENV_DATA_DIR} or the platform's user data folder)"
    # Subcommands repeat --data-dir; SUPPRESS keeps their default from overwriting a value
    # given before the subcommand name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=help_dir)
    parser = argparse.ArgumentParser(
        prog="tightrope", description="A storefront that explains every recommendation."
    )
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=help_dir)
    parser.add_argument("--version", action="version", version=f"tightrope {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", parents=[common], help="open the shop window (default)")
    p.add_argument(
        "--screenshot",
        metavar="PATH",
        help="render the window to a PNG after its first paint and exit",
    )
    p.add_argument("--size", default="1280x800", help="window size, e.g. 1920x1080")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("catalog", parents=[common], help="list the products")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_catalog)

    p = sub.add_parser("data", parents=[common], help="list every personal data point stored")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_data)

    p = sub.add_parser(
        "recommend", parents=[common], help="top recommendations with full explanations"
    )
    p.add_argument("--top", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recommend)

    p = sub.add_parser("why", parents=[common], help="why a product is (or is not) recommended")
    p.add_argument("product_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_why)

    p = sub.add_parser("forget", parents=[common], help="delete data points for real")
    p.add_argument("datum_ids", nargs="*", type=int, metavar="DATUM_ID")
    p.add_argument("--product", metavar="PRODUCT_ID")
    p.add_argument("--topic", metavar="TOPIC")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_forget)

    for name, flag in (("exclude", True), ("include", False)):
        p = sub.add_parser(
            name,
            parents=[common],
            help="keep but don't use for recommendations"
            if flag
            else "use again for recommendations",
        )
        p.add_argument("datum_ids", nargs="+", type=int, metavar="DATUM_ID")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=lambda a, _f=flag: _cmd_exclude(a, _f))

    p = sub.add_parser("bench", parents=[common], help="measure the recommender (medians and p95)")
    p.add_argument(
        "--products",
        type=int,
        action="append",
        help="catalog sizes (default 330, 1000, 10000, 100000)",
    )
    p.add_argument("--repeat", type=int, default=30)
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--gui",
        action="store_true",
        help="measure the why panel and shelf repaint through the real window",
    )
    what.add_argument(
        "--quality",
        action="store_true",
        help="offline recommendation quality: hit rate@10 and NDCG@10 against "
        "popularity and implicit (leave-last-out on the synthetic community)",
    )
    what.add_argument(
        "--startup",
        action="store_true",
        help="start-up as whole processes, paired run by run with a bare Qt window "
        "(and --version with python -c 'import sqlite3'); --repeat pairs",
    )
    what.add_argument(
        "--explanations",
        action="store_true",
        help="the shipped personas' explanations: reasons per recommendation, the "
        "strongest one's share, counterfactuals",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bench)

    from tightrope.cli import workshop as cli_workshop

    cli_workshop.register(sub, common)

    from tightrope.cli import privacy as cli_privacy

    cli_privacy.register(sub, common)

    from tightrope.cli import recover as cli_recover

    cli_recover.register(sub, common)

    from tightrope.cli import rules as cli_rules

    cli_rules.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command. ``clock`` is the shop's time source for every command that opens
    the data folder (tests give their fixed clock; by default the real one)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == [SCAN_FLAG]:  # a bundle verifying an erase runs itself (privacy/scan.py)
        from tightrope.privacy.scan import main as scan_main

        return scan_main(given[1:])
    args = build_parser().parse_args(argv)
    if args.command is None:
        args = build_parser().parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
    # after parsing: these modules bring sqlite-utils, which --version and --help do not need
    from tightrope.catalog import CatalogError
    from tightrope.engine.community_errors import CommunityError
    from tightrope.storage.faults import DatabaseFault
    from tightrope.storage.store import StoreError

    args.clock = clock
    try:
        return args.func(args)
    except DatabaseFault as exc:  # damaged, newer, already open: their own exit status
        print(f"tightrope: {exc}", file=sys.stderr)
        return exc.exit_code
    except (
        UserError,
        CatalogError,
        CommunityError,
        StoreError,
        paths.DataDirError,
        paths.IncompleteInstallation,
    ) as exc:
        print(f"tightrope: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) went away; not an error worth a traceback
        sys.stderr.close()
        return 0


def run() -> None:
    """The ``tightrope`` command (and ``python -m tightrope``): :func:`main`, then a quick exit.

    By the time ``main`` returns, everything that must reach the disk is committed and
    closed (writes commit durably, files are written whole and synced, the database is
    closed). What the interpreter would still do is free every object and module one by
    one: ~0.15 s of CPU after the window, which the operating system does at once. Qt's
    application object is deleted first, so Qt says goodbye as usual (on X11 it hands what
    was copied to the clipboard manager)."""
    code = main()
    gui = sys.modules.get("tightrope.ui.app")
    if gui is not None:  # the window ran: Qt says goodbye properly first
        gui.release_application()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away, a closed stream
            pass
    os._exit(code)
