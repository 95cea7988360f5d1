"""The listener's side of the AT-SPI test: what a screen reader gets from the shop.

Run by the system's Python (``/usr/bin/python3``, which has pyatspi from Debian's
python3-pyatspi; the project's virtual environment is another interpreter) while the shop
runs on the same session bus. It finds things only by role and name, moves focus with
AT-SPI, presses keys with AT-SPI's key synthesis (XTest on the X display), listens to the
events a screen reader hears, and prints one JSON object: what it found and heard, step by
step. The test (test_atspi.py) checks that object; this script decides nothing itself
except to stop at the first step it cannot complete (``error``).
"""

from __future__ import annotations

import json
import os
import sys
import time

import pyatspi
from gi.repository import GLib

RETURN, ESCAPE, DOWN, TAB, F1 = 0xFF0D, 0xFF1B, 0xFF54, 0xFF09, 0xFFBE
APP_NAME = "Tightrope"
WAIT = 10.0

heard: list[tuple[str, str, str]] = []  # (event type, source role, text)
renamed: list[tuple[str, str]] = []  # (object path, new name) of every name event
report: dict = {"steps": []}


def on_event(event) -> None:
    try:
        source = event.source
        role = source.getRoleName() if source is not None else ""
        if event.type.startswith("object:announcement"):
            heard.append(("announcement", role, str(event.any_data)))
        elif event.type.startswith("object:property-change:accessible-name"):
            heard.append(("name", role, source.name if source is not None else ""))
            renamed.append((source.path if source is not None else "", str(event.any_data)))
        elif event.type.startswith("object:state-changed:focused") and event.detail1:
            heard.append(("focus", role, source.name if source is not None else ""))
    except Exception as exc:
        heard.append(("gone", "", str(exc)))


def pump(seconds: float, until=None) -> bool:
    """Run the event loop for up to ``seconds``, or until ``until()`` is true."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        if until is not None:
            try:
                if until():
                    return True
            except (GLib.Error, RuntimeError):  # an object gone while looking: again
                continue
        time.sleep(0.02)
    return until is None


def key(keysym: int) -> None:
    if os.environ.get("TIGHTROPE_ORCA_PACE"):  # recording Orca: let it finish speaking
        pump(float(os.environ["TIGHTROPE_ORCA_PACE"]))
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pump(0.15)


def role(acc) -> str:
    return acc.getRoleName()


def showing(acc) -> bool:
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def focused(acc) -> bool:
    return acc.getState().contains(pyatspi.STATE_FOCUSED)


def walk(acc, depth: int = 0):
    """Depth first, in the order a screen reader reads, only what is showing."""
    yield acc, depth
    for child in acc:
        if child is not None and showing(child):
            yield from walk(child, depth + 1)


def find(root, predicate):
    for acc, _depth in walk(root):
        if predicate(acc):
            return acc
    return None


def find_all(root, predicate) -> list:
    return [acc for acc, _depth in walk(root) if predicate(acc)]


def focus_now(root):
    return find(root, focused)


def wait_for(root, predicate, what: str, seconds: float = WAIT):
    found = []
    if not pump(seconds, lambda: found.append(find(root, predicate)) or found[-1] is not None):
        raise LookupError(f"not found within {seconds:g} s: {what}")
    return found[-1]


def headings(root) -> list[dict]:
    out = []
    for acc in find_all(root, lambda a: a.getRole() == pyatspi.ROLE_HEADING):
        attributes = dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
        out.append({"name": acc.name, "level": attributes.get("level", "")})
    return out


def duplicate_names(root) -> dict[str, int]:
    """Names that more than one focusable, showing object of this screen has."""
    counts: dict[str, int] = {}
    for acc in find_all(root, lambda a: a.getState().contains(pyatspi.STATE_FOCUSABLE)):
        counts[acc.name] = counts.get(acc.name, 0) + 1
    return {name: n for name, n in counts.items() if n > 1}


def unnamed(root) -> list[str]:
    """Focusable, showing objects, scroll bars and images without a name."""
    kinds = {pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_IMAGE, pyatspi.ROLE_LAYERED_PANE}
    return [
        role(acc)
        for acc in find_all(
            root,
            lambda a: (
                not a.name
                and (a.getRole() in kinds or a.getState().contains(pyatspi.STATE_FOCUSABLE))
            ),
        )
    ]


def press_by_keyboard(root, target, keysym: int = RETURN) -> None:
    """Move focus to ``target`` (AT-SPI's grabFocus, as a screen reader's object navigation
    does) and press a key there, as a person would."""
    target.queryComponent().grabFocus()
    wait_for(root, lambda a: focused(a) and a.name == target.name, f"focus on {target.name!r}")
    key(keysym)


def mark(title: str) -> None:
    """When a flow starts (wall clock, as Orca's debug log stamps its lines). Recording
    Orca (tools/orca_transcript.py), the flow waits for Orca to have said the last one's."""
    if os.environ.get("TIGHTROPE_ORCA_PACE"):
        pump(float(os.environ["TIGHTROPE_ORCA_PACE"]))
    now = time.time()
    report.setdefault("marks", []).append(
        [title, time.strftime("%H:%M:%S", time.localtime(now)) + f"{now % 1:.6f}"[1:]]
    )


def step(name: str, **facts) -> None:
    report["steps"].append({"step": name, **facts})


def main() -> None:
    registry = pyatspi.Registry
    for kind in (
        "object:announcement",
        "object:property-change:accessible-name",
        "object:state-changed:focused",
    ):
        registry.registerEventListener(on_event, kind)
    desktop = registry.getDesktop(0)
    app = None

    def the_app():
        nonlocal app
        app = next((a for a in desktop if a is not None and a.name == APP_NAME), None)
        return app is not None

    if not pump(30, the_app):
        raise LookupError("the shop never appeared on the accessibility bus")
    frame = wait_for(app, lambda a: a.getRole() == pyatspi.ROLE_FRAME, "the window")

    # --- home: headings, names ---------------------------------------------------------
    mark("The shop opens on its home page")
    shelf = wait_for(
        frame,
        lambda a: (
            a.name == "Recommended for you"
            and a.getRole() in (pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL)
        ),
        "the first shelf",
    )
    step(
        "home",
        headings=headings(frame),
        duplicates=duplicate_names(frame),
        unnamed=unnamed(frame),
        pages=[a.name for a in find_all(frame, lambda a: a.getRole() == pyatspi.ROLE_LAYERED_PANE)],
    )

    # --- Tab from "Your data" -----------------------------------------------------------
    mark('Tab from "Your data"')
    your_data = wait_for(
        frame,
        lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name.startswith("Your data"),
        "Your data",
    )
    your_data.queryComponent().grabFocus()
    wait_for(frame, lambda a: focused(a) and a.name == your_data.name, "focus on Your data")
    key(TAB)
    after = wait_for(frame, focused, "focus after Tab")
    step("tab after your data", focus=after.name, role=role(after))

    # --- recommendation #1: its why button, by role and name, pressed by keyboard -------
    mark('Enter on "Why am I seeing this" of recommendation #1')
    why = wait_for(
        shelf,
        lambda a: (
            a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name.startswith("Why am I seeing this: ")
        ),
        "the first why button",
    )
    card = why.parent
    opener = why.name
    del heard[:]
    press_by_keyboard(frame, why)
    panel = wait_for(
        frame,
        lambda a: (
            a.name == "Why am I seeing this?"
            and a.getRole() in (pyatspi.ROLE_PANEL, pyatspi.ROLE_FILLER)
        ),
        "the why panel",
    )
    close = wait_for(
        panel,
        lambda a: a.name == "Close the why panel" and focused(a),
        "focus on the panel's close button",
    )
    pages = [a.name for a in find_all(frame, lambda a: a.getRole() == pyatspi.ROLE_LAYERED_PANE)]
    step(
        "why opened by Enter",
        opener=opener,
        card=card.name,
        focus=close.name,
        pages=pages,
        heard=list(heard),
    )

    # --- the reasons, in reading order ----------------------------------------------------
    pump(1.0)  # the rows past the first paint fill in
    order = [(role(a), a.name) for a, _d in walk(panel) if a.name]
    step(
        "why panel reads",
        order=order,
        headings=headings(panel),
        duplicates=duplicate_names(panel),
        unnamed=unnamed(panel),
    )

    # --- forget the top reason, by keyboard; the announcement; the names it changed ----
    mark('Tab to the top reason\'s "Forget this", Enter')
    forget = wait_for(
        panel,
        lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name.startswith("Forget this: "),
        "the top reason's Forget",
    )
    forgot = forget.name
    key(TAB)  # from the close button, the next stop is the top reason's first button
    wait_for(panel, lambda a: focused(a) and a.name == forgot, "Tab to Forget this")
    pump(0.3)
    del heard[:]
    del renamed[:]
    key(RETURN)
    pump(8, lambda: any(kind == "announcement" for kind, _r, _t in heard))
    pump(1.5)  # whatever else one forget sends
    names = [t for _path, t in renamed]
    per_object: dict[str, list[str]] = {}
    for path, name in renamed:
        per_object.setdefault(path, []).append(name)
    step(
        "forget the top reason",
        button=forgot,
        announcements=[t for kind, _r, t in heard if kind == "announcement"],
        name_events=len(names),
        objects_renamed=len(per_object),
        renamed_twice=[v for v in per_object.values() if len(v) > 1],
        bare_names=[
            v
            for v in per_object.values()
            if any(n in ("Forget this", "Don\u2019t use this", "More") for n in v)
        ],
        focus=[t for kind, _r, t in heard if kind == "focus"],
        duplicates=duplicate_names(panel),
    )

    # --- Esc: focus back where the panel was opened ------------------------------------------
    mark("Esc closes the panel")
    del heard[:]
    key(ESCAPE)
    pump(3, lambda: any(kind == "focus" for kind, _r, _t in heard))
    now = focus_now(frame)
    step(
        "escape",
        focus=now.name if now is not None else "",
        role=role(now) if now else "",
        heard=list(heard),
    )

    # --- a dialog: F1's keyboard shortcuts, then Esc, from the same button ----------------
    mark("F1 opens the keyboard shortcuts, Esc closes them")
    before = focus_now(frame)
    del heard[:]
    key(F1)
    dialog = wait_for(app, lambda a: a.getRole() == pyatspi.ROLE_DIALOG, "the shortcuts dialog")
    dialog_name = dialog.name
    pump(0.5)
    del heard[:]
    key(ESCAPE)
    pump(3, lambda: any(kind == "focus" for kind, _r, _t in heard))
    pump(0.5)
    now = focus_now(frame)
    step(
        "dialog",
        dialog=dialog_name,
        before=before.name if before is not None else "",
        focus=now.name if now is not None else "",
        heard=[t for kind, _r, t in heard if kind == "focus"],
    )

    # --- forget a topic: "More" on a reason, the menu, by keyboard -----------------------------
    mark(
        'Forget a topic: Enter on "Why am I seeing this" again, then "More", Down to "Forget the whole topic", Enter'
    )
    why = focus_now(frame)  # the opener, focused again: Enter opens its panel again
    del heard[:]
    key(RETURN)
    panel = wait_for(
        frame,
        lambda a: (
            a.name == "Why am I seeing this?"
            and a.getRole() in (pyatspi.ROLE_PANEL, pyatspi.ROLE_FILLER)
        ),
        "the why panel, again",
    )
    more = wait_for(
        panel,
        lambda a: (
            a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name.startswith("More actions for: ")
        ),
        "a More button",
    )
    more_name = more.name  # (the row is refilled after the forget)
    press_by_keyboard(frame, more)
    item = ""
    for _ in range(6):  # down the menu (its items say so by focus events) to the topic
        del heard[:]
        key(DOWN)
        pump(2, lambda: any(kind == "focus" and r == "menu item" for kind, r, _t in heard))
        items = [t for kind, r, t in heard if kind == "focus" and r == "menu item"]
        item = items[-1] if items else ""
        if item.startswith("Forget the whole topic"):
            break
    if not item.startswith("Forget the whole topic"):
        raise LookupError("no 'Forget the whole topic' item in the More menu")
    topic_item = item
    del heard[:]
    key(RETURN)
    pump(8, lambda: any(kind == "announcement" for kind, _r, _t in heard))
    pump(1.0)
    now = focus_now(frame)
    step(
        "forget a topic",
        more=more_name,
        item=topic_item,
        announcements=[t for kind, _r, t in heard if kind == "announcement"],
        focus=[t for kind, _r, t in heard if kind == "focus"],
        focus_after=now.name if now is not None else "",
    )
    key(ESCAPE)
    pump(1.0)

    # --- find what the shop knows: "Your data" ----------------------------------------------
    mark('Find what the shop knows: Enter on "Your data"')
    your_data = wait_for(
        frame,
        lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name.startswith("Your data"),
        "Your data",
    )
    count = your_data.name
    press_by_keyboard(frame, your_data)
    page = wait_for(
        frame,
        lambda a: a.getRole() == pyatspi.ROLE_LAYERED_PANE and a.name.startswith("Your data"),
        "the Your data page",
    )
    pump(0.5)
    listed = find(
        page,
        lambda a: (
            a.getRole()
            in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE)
        ),
    )
    rows = 0
    cells: list[str] = []
    if listed is not None:
        try:
            table = listed.queryTable()
            rows = table.nRows
            cells = [table.getAccessibleAt(0, c).name for c in range(table.nColumns)]
        except NotImplementedError:
            rows = listed.childCount
    # Tab on, as a listener would, until focus is in the page: what it lands on
    tabbed = []
    for _ in range(4):
        key(TAB)
        now = wait_for(frame, focused, "focus after Tab")
        tabbed.append([role(now), now.name])
        if (
            page.name
            and listed is not None
            and now.getRole()
            in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE_ROW)
        ):
            key(DOWN)  # the first row, read out
            break
    pump(0.5)
    step(
        "your data",
        button=count,
        page=page.name,
        headings=headings(page),
        list_role=role(listed) if listed is not None else "",
        rows=rows,
        first_row=cells,
        tabbed=tabbed,
    )


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:
        report["error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(report))
    sys.stdout.flush()
