"""Workshop subcommands: ``persona list/load``, ``scenario list/show/check``, ``session
list/export``, ``study plan`` and ``report``.

``register(subparsers, common)`` adds them to the main parser (cli.py's build_parser).
Loading a persona replaces the local personal data completely, so it says so first: it
asks on a terminal and refuses without ``--yes`` anywhere else. Errors go to stderr as one
sentence naming the file, line and field, with exit status 1; nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tightrope import i18n, paths
from tightrope.cli.common import NOT_A_TERMINAL, ask, fail, opened, print_json
from tightrope.i18n import translator

if TYPE_CHECKING:
    from tightrope.workshop.personas import Persona, PersonaInfo

# tightrope.workshop.personas (and through it the store and sqlite-utils) is imported inside the
# commands, so building the parser stays cheap (`tightrope --version`).

# The persona summary and the "Load persona?" message are shown by the window too.
tr = translator("Workshop")

# consent category id -> its name inside a sentence ("consents to only browsing, searches")
IN_A_SENTENCE: dict[str, str] = {
    "browsing": tr.mark("browsing"),
    "searches": tr.mark("searches"),
    "purchases": tr.mark("cart & purchases"),
    "ratings": tr.mark("ratings & wishlist"),
    "interests": tr.mark("declared interests"),
    "location": tr.mark("location"),
    "age_band": tr.mark("age band"),
}


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _in_a_sentence(category: str) -> str:
    name = IN_A_SENTENCE.get(category)
    return tr(name) if name else category


def consent_summary(info: PersonaInfo | Persona) -> str:
    """'all but age band; sensitive: alcohol' — what the persona agreed to, in a few words."""
    off = [_in_a_sentence(c) for c, on in info.consent.categories.items() if not on]
    on = [_in_a_sentence(c) for c, ok in info.consent.categories.items() if ok]
    if not off:
        text = tr("everything", "what a persona consents to")
    elif len(on) <= len(off):
        text = (
            tr("only {categories}").format(categories=i18n.separated(on))
            if on
            else tr("nothing", "what a persona consents to")
        )
    else:
        text = tr("all but {categories}").format(categories=i18n.separated(off))
    sensitive = info.consent.sensitive_opt_in()
    if not sensitive:
        return text
    return tr("{consents}; sensitive: {categories}").format(
        consents=text, categories=i18n.separated(list(sensitive))
    )


def cmd_list(args: argparse.Namespace) -> int:
    from tightrope.workshop.personas import PersonaError, list_personas

    try:
        infos = list_personas()
    except PersonaError as exc:
        return fail(str(exc))
    if args.json:
        print_json([i.to_json() for i in infos])
        return 0
    width = max(len(i.id) for i in infos) if infos else 0
    for i in infos:
        print(f"{i.id:<{width}}  {i.data_points:>3} data points  {i.name}")
        print(f"{'':<{width}}  consents to {consent_summary(i)}")
        print(f"{'':<{width}}  {i.workshop_use}")
    return 0


def replace_message(persona: Persona, stored: int, current: Persona | None = None) -> str:
    """The sentence said before a load: what goes and what comes (the body of the window's
    "Load persona?" question too). ``current``: the persona loaded last, when known."""
    n = len(persona.data)
    values = {
        "who": persona.short_name,
        "count": n,
        "consents": consent_summary(persona),
        "current": current.short_name if current else "",
    }
    if stored and n and current:
        text = tr(
            "This replaces the %n data point(s) stored now ({current} was loaded last) "
            "with {who}'s {count} and sets consent to {who}'s ({consents}).",
            n=stored,
        )
    elif stored and n:
        text = tr(
            "This replaces the %n data point(s) stored now with {who}'s {count} and sets "
            "consent to {who}'s ({consents}).",
            n=stored,
        )
    elif stored and current:
        text = tr(
            "This deletes the %n data point(s) stored now ({current} was loaded last; "
            "{who} has none) and sets consent to {who}'s ({consents}).",
            n=stored,
        )
    elif stored:
        text = tr(
            "This deletes the %n data point(s) stored now ({who} has none) and sets "
            "consent to {who}'s ({consents}).",
            n=stored,
        )
    elif n:
        text = tr(
            "This loads {who}'s %n data point(s) (nothing is stored now) and sets "
            "consent to {who}'s ({consents}).",
            n=n,
        )
    else:
        text = tr(
            "This keeps the shop empty ({who} has no data points) and sets consent to "
            "{who}'s ({consents})."
        )
    return text.format(**values)


def cmd_load(args: argparse.Namespace) -> int:
    from tightrope.operations.persona import load_persona
    from tightrope.workshop.personas import PersonaError, load, stored_count

    try:
        persona = load(args.persona)
    except PersonaError as exc:
        return fail(str(exc))
    with opened(args) as services:
        stored = stored_count(services.store)
        if not args.yes:
            message = replace_message(persona, stored)
            if not sys.stdin.isatty():
                return fail(message[:-1] + NOT_A_TERMINAL)
            print(message)
            if not ask(f"Load {persona.name}?"):
                print("Nothing was changed.")
                return 1
        try:
            # as before: the persona's data is dated from the shop's clock as it is
            summary = load_persona(services.store, persona, real_time=False).result
        except PersonaError as exc:
            return fail(str(exc))
    if args.json:
        print_json({k: v for k, v in summary.items() if k != "datum_ids"})
    else:
        print(
            f"Loaded {persona.name}: {_plural(summary['loaded'], 'data point')} "
            f"(replaced {summary['replaced']}). {persona.workshop_use}"
        )
    return 0


# --- scenarios ----------------------------------------------------------------------------


def cmd_scenario_list(args: argparse.Namespace) -> int:
    from tightrope.workshop.scenarios import ScenarioError, list_scenarios

    try:
        found = list_scenarios()
    except ScenarioError as exc:
        return fail(str(exc))
    if args.json:
        print_json([s.to_json(steps=False) for s in found])
        return 0
    width = max((len(s.id) for s in found), default=0)
    for s in found:
        print(f"{s.id:<{width}}  {s.minutes:>3} min  {_plural(len(s.steps), 'step')}  {s.title}")
        print(f"{'':<{width}}  {s.summary}")
    return 0


def cmd_scenario_show(args: argparse.Namespace) -> int:
    from tightrope.workshop.scenarios import TARGETS, ScenarioError, load

    try:
        scenario = load(args.scenario)
    except ScenarioError as exc:
        return fail(str(exc))
    if args.json:
        print_json(scenario.to_json())
        return 0
    print(f"{scenario.title} ({scenario.minutes} min)")
    print(scenario.summary)
    for i, step in enumerate(scenario.steps, start=1):
        print(f"\n{i}/{len(scenario.steps)}  {step.title}")
        for action in step.actions:
            print(f"      [{action.describe()}]")
        print(f"    Say: {step.say}")
        if step.ask:
            print(f"    Ask: {step.ask}")
        if step.point_at:
            print(f"    Point at: {TARGETS[step.point_at]}")
        if step.notes:
            print(f"    Note: {step.notes}")
        for claim in step.expect:
            print(f"    Expect: {claim.describe()}")
    return 0


def cmd_scenario_check(args: argparse.Namespace) -> int:
    """Play each scenario in a scratch shop (a temporary folder, a fixed clock) and check
    its claims and names: one OK line per scenario, or every failure as a sentence."""
    from tightrope.catalog import load_shipped_catalog
    from tightrope.engine.community_cache import load_shipped_community
    from tightrope.workshop.scenario_check import check
    from tightrope.workshop.scenarios import ScenarioError, list_scenarios, load

    catalog = load_shipped_catalog()
    try:
        found = (
            [load(s, catalog) for s in args.scenario] if args.scenario else list_scenarios(catalog)
        )
    except ScenarioError as exc:
        return fail(str(exc))
    community = load_shipped_community(catalog)
    reports = [check(s, catalog, community) for s in found]
    if args.json:
        print_json([r.to_json() for r in reports])
    else:
        for r in reports:
            if r.ok:
                print(r.summary())
            for failure in r.failures:
                print(f"tightrope: {failure}", file=sys.stderr)
    return 0 if all(r.ok for r in reports) else 1


# --- sessions and reports -----------------------------------------------------------------


def _sessions_folder(args: argparse.Namespace):
    from tightrope.workshop.sessions import sessions_dir

    return sessions_dir(paths.resolve_data_dir(args.data_dir).root)


def cmd_session_list(args: argparse.Namespace) -> int:
    from tightrope.workshop.sessions import SessionError, list_sessions, read_session

    rows: list[dict[str, object]] = []
    for path in list_sessions(_sessions_folder(args)):
        try:
            s = read_session(path)
        except SessionError as exc:
            rows.append({"file": str(path), "error": str(exc)})
            continue
        rows.append(
            {
                "file": str(path),
                "participant": s.participant,
                "condition": s.condition,
                "persona": s.persona,
                "started": s.events[0]["t"],
                "events": len(s.events),
                "ended": s.ended,
            }
        )
    if args.json:
        print_json(rows)
    elif not rows:
        print("No sessions have been recorded in this data folder.")
    else:
        for r in rows:
            if "error" in r:
                print(f"{r['file']}  unreadable: {r['error']}")
            else:
                state = "" if r["ended"] else "  (not ended)"
                print(
                    f"{r['file']}  {r['participant']}  {r['condition']}  {r['events']} events{state}"
                )
    return 0


def cmd_session_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tightrope.workshop.session_csv import export_csv, write_csv
    from tightrope.workshop.sessions import SessionError, read_session

    try:
        session = read_session(args.session)
    except SessionError as exc:
        return fail(str(exc))
    if args.out in (None, "-"):
        export_csv(session, sys.stdout)
    else:
        try:
            write_csv(session, Path(args.out))
        except OSError as exc:  # nothing was replaced (tightrope.storage.files)
            return fail(f"cannot write {args.out}: {exc.strerror or exc}; nothing was changed")
        print(f"Wrote {_plural(len(session.events), 'event')} to {args.out}.", file=sys.stderr)
    return 0


REPORT_FORMATS = (".html", ".htm", ".pdf", ".csv")


def _given(names: list[str]) -> str:
    """The files given, as a sentence names them: 'x.jsonl', or the first few and a count."""
    if len(names) == 1:
        return names[0]
    shown = ", ".join(names[:3])
    more = f" and {len(names) - 3} more" if len(names) > 3 else ""
    return f"the {len(names)} files given ({shown}{more})"


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tightrope.workshop.report import build_report, summary_json, write_tidy_csv
    from tightrope.workshop.report_html import render_html, write_html

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in REPORT_FORMATS:
        return fail(f"--out must end in .html, .pdf or .csv, not {out.name!r}")
    report = build_report(args.sessions, include_partial=args.include_partial)
    if not report.sessions:
        # nothing to report: say why in one sentence and write nothing (an empty report
        # looked like a result)
        if len(report.skipped) == 1:
            return fail(f"{report.skipped[0][1]}; no report was written")
        for _name, why in report.skipped:
            print(f"tightrope: skipped {why}", file=sys.stderr)
        return fail(f"no usable session log in {_given(args.sessions)}; no report was written")
    for _name, why in report.skipped:
        print(f"tightrope: skipped {why}", file=sys.stderr)
    if args.json:
        print_json(summary_json(report))
    if out is not None:
        try:
            if out.suffix.lower() == ".pdf":
                from tightrope.ui.workshop.pdf import write_pdf

                write_pdf(report, out)
            elif out.suffix.lower() == ".csv":
                write_tidy_csv(report, out)
            else:
                write_html(report, out)
        except OSError as exc:  # nothing was replaced (tightrope.storage.files)
            return fail(f"cannot write {out}: {exc.strerror or exc}; nothing was changed")
        print(
            f"Wrote {out}: {_plural(len(report.sessions), 'session')} merged, "
            f"{len(report.skipped)} skipped.",
            file=sys.stderr,
        )
    elif not args.json:
        sys.stdout.write(render_html(report) + "\n")
    return 0


# --- study plans ---------------------------------------------------------------------------


def cmd_study_plan(args: argparse.Namespace) -> int:
    """Write a counterbalanced plan (tightrope.workshop.study_plan) and print it, one participant a
    line. An existing plan is kept unless --force: a study under way follows it."""
    from pathlib import Path

    from tightrope.workshop import personas, study_plan, tasks

    try:
        task_list = tasks.load(args.tasks)
        if args.persona:
            personas.resolve(args.persona)
        plan = study_plan.make_plan(
            task_list, args.participants, args.seed, args.persona, task_list_name=args.tasks
        )
    except (tasks.TaskFileError, personas.PersonaError, study_plan.StudyPlanError) as exc:
        return fail(str(exc))
    out = (
        Path(args.out).expanduser()
        if args.out
        else paths.resolve_data_dir(args.data_dir).root / study_plan.DEFAULT_NAME
    )
    if out.exists() and not args.force:
        return fail(
            f"{out} exists (a study may be following it); pass --force to replace it, "
            "or --out another file; nothing was changed"
        )
    try:
        study_plan.write_plan(plan, out)
    except OSError as exc:  # nothing was replaced (tightrope.storage.files)
        return fail(f"cannot write {out}: {exc.strerror or exc}; nothing was changed")
    if args.json:
        print_json(plan.to_json())
    else:
        width = max(len(r.code) for r in plan.rows)
        for r in plan.rows:
            print(f"{r.code:<{width}}  {r.condition:<11}  {', '.join(r.tasks)}")
    print(f"Wrote {out}: {plan.design()} Seed {plan.seed}.", file=sys.stderr)
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
    p.add_argument(
        "--yes", "-y", action="store_true", help="do not ask before replacing local data"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_load)

    scenario = subparsers.add_parser(
        "scenario", parents=[common], help="list or show the guided workshop scenarios"
    )
    actions = scenario.add_subparsers(dest="scenario_command", metavar="{list,show,check}")
    actions.required = True
    p = actions.add_parser(
        "list", parents=[common], help="the shipped scenarios, in workshop order"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scenario_list)
    p = actions.add_parser("show", parents=[common], help="a scenario's script, step by step")
    p.add_argument(
        "scenario", metavar="ID_OR_PATH", help="a shipped scenario id or a scenario file"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scenario_show)
    p = actions.add_parser(
        "check",
        parents=[common],
        help="play scenarios in a scratch shop and check that their claims and names hold",
    )
    p.add_argument(
        "scenario",
        metavar="ID_OR_PATH",
        nargs="*",
        help="shipped scenario ids or scenario files (default: every shipped one)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scenario_check)

    session = subparsers.add_parser(
        "session", parents=[common], help="list recorded user-test sessions or export one as CSV"
    )
    actions = session.add_subparsers(dest="session_command", metavar="{list,export}")
    actions.required = True
    p = actions.add_parser("list", parents=[common], help="session logs in the data folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_session_list)
    p = actions.add_parser("export", parents=[common], help="one session log as CSV")
    p.add_argument("session", metavar="SESSION_FILE")
    p.add_argument("--out", metavar="FILE.csv", help="write here (default: standard output)")
    p.set_defaults(func=cmd_session_export)

    study = subparsers.add_parser(
        "study", parents=[common], help="plan a user study: who gets which condition and task order"
    )
    actions = study.add_subparsers(dest="study_command", metavar="{plan}")
    actions.required = True
    p = actions.add_parser(
        "plan",
        parents=[common],
        help="write a counterbalanced plan that the session dialog follows",
    )
    p.add_argument(
        "--participants",
        type=int,
        required=True,
        metavar="N",
        help="how many participants (codes P01 to PN)",
    )
    p.add_argument(
        "--tasks",
        required=True,
        metavar="TASK_LIST",
        help="a shipped task list id (e.g. sample-study) or a task list file",
    )
    p.add_argument(
        "--persona",
        metavar="ID_OR_PATH",
        help="the persona every session loads (default: the one chosen in the dialog)",
    )
    p.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="the same seed gives the same plan (default: a random one, written into the plan)",
    )
    p.add_argument(
        "--out",
        metavar="plan.json",
        help="write here (default: study-plan.json in the data folder, where the "
        "session dialog looks)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing plan")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=cmd_study_plan)

    p = subparsers.add_parser(
        "report",
        parents=[common],
        help="merge session logs into one report (HTML or PDF) or one tidy CSV of their data",
    )
    p.add_argument("sessions", nargs="+", metavar="SESSION_FILE")
    p.add_argument(
        "--out",
        metavar="report.html|report.pdf|study.csv",
        help="write here; .csv: one row per participant, task and measure",
    )
    p.add_argument(
        "--include-partial",
        action="store_true",
        help="count sessions that never ended (e.g. the app crashed)",
    )
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p.set_defaults(func=cmd_report)
