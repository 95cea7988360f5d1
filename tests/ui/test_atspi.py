"""The central tasks completed through the real Linux accessibility bus (issue #21).

Not Qt's in-process API: the shop runs as its own process on a virtual X display (Xvfb,
Qt's xcb platform) with a private session D-Bus and the AT-SPI bus, and a separate client
(tests/ui/atspi_client.py, run by the system Python that has pyatspi) finds everything by
role and name, moves focus, presses keys with AT-SPI's key synthesis and listens to the
events a screen reader hears. The client reports what it found and heard; the tests here
check that report:

* recommendation #1's "Why am I seeing this" button, pressed with Enter, opens the why
  panel (not the product page), focus lands in the panel;
* the panel reads title, product, close, headline, rank, "What it rests on", then each
  reason with its share followed by its own buttons; headings have levels; no two
  focusable objects share a name;
* forgetting the top reason by keyboard is announced politely, renames each object at
  most once and never to a bare "Forget this"; Esc puts focus back on the opener;
* "forget a topic" through the More menu, by keyboard, is announced;
* "find what the shop knows": Your data lists every data point in a table.

Needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (Debian: ``apt-get install
xvfb dbus-x11 at-spi2-core python3-pyatspi`` and Qt's xcb libraries, see the README);
``.ci/run`` installs them. Without them the tests fail, saying what to install.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers import ARTIFACTS

from .atspi_session import PACKAGES, SessionError, missing, session

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> dict:
    """Start the session and the shop, run the client; its report, step by step."""
    problem = missing()
    if problem:
        pytest.fail(
            f"The AT-SPI test needs a virtual display and the accessibility bus: "
            f"{problem}. Install them with: apt-get install {PACKAGES}",
            pytrace=False,
        )
    try:
        with session(tmp_path_factory.mktemp("atspi")) as running:
            report = running.run_client()
    except SessionError as exc:
        pytest.fail(str(exc), pytrace=False)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "atspi-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    if "error" in report:
        done = [s["step"] for s in report["steps"]]
        pytest.fail(f"{report['error']} (steps done: {done})", pytrace=False)
    return {s["step"]: s for s in report["steps"]}


def test_home_has_headings_and_no_two_controls_named_alike(heard):
    home = heard["home"]
    levels = {(h["name"], h["level"]) for h in home["headings"]}
    assert ("Good gear, chosen with you, not about you", "1") in levels  # the page's title
    assert ("Recommended for you", "2") in levels and ("Shop by category", "2") in levels
    assert home["duplicates"] == {}
    assert home["unnamed"] == []  # focusable objects, scroll bars, pictures, the page stack
    assert home["pages"] == ["Home"]  # the stack of pages says which page, not "layered pane"


def test_tab_from_your_data_reaches_workshop_tools(heard):
    assert heard["tab after your data"]["focus"] == "Workshop tools"


def test_enter_on_the_why_button_of_recommendation_one_opens_the_panel(heard):
    step = heard["why opened by Enter"]
    assert step["opener"].startswith("Why am I seeing this: Freeze-Dried Chili con Carne")
    assert step["focus"] == "Close the why panel"
    assert step["pages"] == ["Home"]  # still the home page: Enter did not open the product


def test_the_why_panel_reads_in_order_with_headings(heard):
    step = heard["why panel reads"]
    names = [name for _role, name in step["order"]]
    start = names.index("Why am I seeing this?", 1)  # (the panel's own name comes first)
    assert names[start + 1] == "Freeze-Dried Chili con Carne"
    assert names[start + 2] == "Close the why panel"
    rests = names.index("What it rests on")
    headline = (
        "Mostly because you like Outdoor & camping and shoppers who bought "
        "Rechargeable Headlamp 350 lm also bought it"
    )
    assert names[start + 3 : rests] == [headline, "#1 of your recommendations"]
    # each reason with its share, largest first, each followed by its own buttons
    reasons = [(k, n) for k, n in enumerate(names) if re.match(r"\d+% of the score\. ", n)]
    assert len(reasons) >= 3 and reasons[0][0] == rests + 1
    shares = [int(n.split("%")[0]) for _k, n in reasons]
    assert shares[:3] == sorted(shares[:3], reverse=True)
    first = reasons[0][0]
    assert names[first + 1].startswith("Forget this: You told us you like Outdoor & camping, ")
    assert names[first + 2].startswith("Don\u2019t use this: ")
    assert names[first + 3].startswith("More actions for: ")
    assert {"name": "What it rests on", "level": "2"} in step["headings"]
    assert {"name": "Why am I seeing this?", "level": "1"} in step["headings"]
    assert step["duplicates"] == {}
    assert step["unnamed"] == []


def test_forgetting_the_top_reason_is_announced_and_renames_once(heard):
    step = heard["forget the top reason"]
    assert step["button"].startswith("Forget this: You told us you like Outdoor & camping")
    assert len(step["announcements"]) == 1
    assert step["announcements"][0].startswith("Forgotten: 1 declared interest \u00b7 ")
    assert step["focus"] == step["announcements"]  # the receipt's banner takes focus
    # Each object's name changes at most once: an object that sent two events sent its
    # final name twice (Qt tells a text change too), never a passing one. Allowed: the
    # counterfactual, worked out just after the forget ("Working out ..." or empty until
    # then), and a hidden row's buttons emptied of the forgotten data point (the first
    # event still carries the old name: Qt tells the text's removal first).
    assert step["bare_names"] == []
    changed_twice = [names for names in step["renamed_twice"] if len(set(names)) > 1]
    passing = [
        names
        for names in changed_twice
        if not names[0].startswith("Working out")
        and names[0] != ""
        and not (len(names) == 2 and names[1] == "")
    ]
    assert passing == [], passing
    assert step["duplicates"] == {}


def test_escape_after_a_forget_returns_to_the_opener(heard):
    step = heard["escape"]
    opener = heard["why opened by Enter"]["opener"]
    assert step["focus"] == opener
    assert [name for kind, _role, name in step["heard"] if kind == "focus"] == [opener]


def test_forget_a_topic_through_the_more_menu_by_keyboard(heard):
    step = heard["forget a topic"]
    assert step["more"].startswith("More actions for: ")
    assert step["item"].startswith("Forget the whole topic Outdoor & camping (")
    assert len(step["announcements"]) == 1
    assert step["announcements"][0].startswith("Forgotten: ")
    assert "Outdoor & camping: " in step["announcements"][0]


def test_find_what_the_shop_knows(heard):
    step = heard["your data"]
    count = int(re.search(r"(\d+) data point", step["button"]).group(1))
    assert step["page"] == "Your data"
    assert {"name": "Your data", "level": "1"} in step["headings"]
    assert step["list_role"] == "table" and step["rows"] == count
    assert step["first_row"][0].startswith("What we recorded: ")


def test_a_dialog_gives_focus_back_to_its_opener(heard):
    step = heard["dialog"]
    assert step["dialog"].startswith("Keyboard shortcuts")
    assert step["before"].startswith("Why am I seeing this: ")
    assert step["focus"] == step["before"]
    assert step["heard"] == [step["before"]]  # straight back, nothing on the way
