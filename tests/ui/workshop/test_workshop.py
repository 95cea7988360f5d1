"""Workshop tools through the GUI: scenarios end to end, presenter mode, the opaque
condition, and a full user-testing session recorded, exported and reported."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.clipping import clipped
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.ui.condition import OPAQUE, TRANSPARENT
from tightrope.ui.navigation import CART, HOME, YOUR_DATA, Route
from tightrope.ui.workshop.highlight import find_target
from tightrope.ui.workshop.presenter import META_SCALE, scale_lengths
from tightrope.workshop import report, scenarios, sessions

pytestmark = pytest.mark.gui

# QMessageBox fixes its size as it opens; the offscreen platform says it cannot pass that on.
QUESTION = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def answer(qtbot, box, load: bool) -> None:
    """Answer an open question (Load or Cancel) without blocking, as the user would."""
    from PySide6.QtWidgets import QApplication

    assert box is not None and box.isVisible()
    window = box.parentWidget().window()
    with qtbot.waitSignal(box.finished):
        if load:
            box.accept()
        else:
            box.reject()
    # the offscreen platform leaves no window active once a dialog closes; a desktop
    # gives the activation back to the window, whose shortcuts the tests then press
    qtbot.wait(10)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def visible(widgets):
    return [w for w in widgets if w.isVisibleTo(w.window()) and w.window().isVisible()]


def test_every_scenario_plays_end_to_end(qtbot, window, artifacts):
    workshop = window.workshop
    workshop.show_scenario_panel()
    ctl = workshop.scenarios
    assert ctl.question is None  # an empty shop: nothing to replace, nothing to ask
    assert len(ctl.scenarios) >= 4
    for scenario in ctl.scenarios:
        ctl.start(scenario)
        for index in range(len(scenario.steps)):
            assert ctl.index == index
            assert workshop.panel.counter.text() == f"Step {index + 1} of {len(scenario.steps)}"
            step = scenario.steps[index]
            if step.point_at:
                qtbot.waitUntil(
                    lambda: ctl.overlay.target() is not None or workshop.panel.problem.text() != "",
                    timeout=2000,
                )
            if index == 0:
                assert window.services.store.get_meta("persona") == scenario.personas[0]
            if scenario.id == "why-am-i-seeing-this" and index == 2:
                # the why panel was asked for (MainWindow shows it once the lead wires it)
                assert ctl.overlay.target() is None or ctl.overlay.target().isVisible()
            ctl.next()
        ctl.previous()
        assert ctl.index == len(scenario.steps) - 2
    first = ctl.scenarios[0]
    ctl.start(first)
    qtbot.waitUntil(lambda: ctl.overlay.isVisible(), timeout=2000)
    ctl.next()
    qtbot.waitUntil(lambda: ctl.overlay.target() is not None, timeout=2000)
    assert ctl.overlay.target().objectName() == "whyButton"
    window.grab().save(str(artifacts / "workshop-scenario-panel-1280x800.png"))


def test_expiry_scenario_advances_the_shop_clock(qtbot, window):
    ctl = window.workshop.scenarios
    window.workshop.show_scenario_panel()
    scenario = scenarios.load("expiry-and-minimization")
    ctl.start(scenario)
    store = window.services.store
    before, stored = store.clock.offset_days, store.count_datums()
    ctl.next()
    assert window.workshop.panel.result.isHidden()
    ctl.next()
    assert store.clock.offset_days == before + 90
    assert "90 days ahead" in window.workshop.panel.clock.text()
    # what is past its retention period goes at once, and the panel shows the receipt
    (outcome,) = [o for o in ctl.outcomes if o.action == "advance_clock"]
    expired = sum(r["total"] for r in outcome.receipts)
    assert expired and store.count_datums() == stored - expired
    result = window.workshop.panel.result
    assert result.isVisible()
    assert result.text().startswith(
        "Moved the shop's clock 90 days ahead. Past their retention period and deleted: "
    )
    qtbot.waitUntil(lambda: ctl.overlay.target() is result, timeout=2000)


def _wait_rendered(qtbot, window):
    """Let the pages and panels re-render after a step's actions (one burst of timers)."""
    qtbot.wait(20)


def _window_shows(window, claim) -> None:
    """Assert that the *window* shows what a scenario claim says: read from its widgets and
    models, not from the engine the checker asks."""
    services = window.services
    kind, subject, at_most = claim.kind, claim.subject, claim.option("at_most")
    home_cards = window.home.cards()
    ranked = {
        c.product.id: c.recommendation.rank
        for c in home_cards
        if c.recommendation is not None and c.recommendation.rank
    }
    panel = window.side_panel()
    if kind in ("counterfactual", "no_counterfactual"):
        assert panel is not None and panel.product_id == subject, (kind, subject)
        panel.controller.finish_counterfactual()
    if kind in ("reasons", "not_personal"):
        if panel is not None and panel.product_id == subject:  # the why panel's rows
            sources = [r.source for r in panel.controller.content.rows]
            personal = [r.datum_id for r in panel.controller.content.rows if r.datum_id]
        else:  # the product's card on the home page, whose line says why
            (card,) = [c for c in home_cards if c.product.id == subject][:1]
            rec = card.recommendation
            assert card.reason.isVisibleTo(card) and rec.headline
            sources = [c.source for c in rec.contributions]
            personal = [c.datum_id for c in rec.contributions if c.personal]
    if kind == "first_card":
        assert home_cards[0].product.id == subject
    elif kind == "recommended":
        assert subject in ranked and (at_most is None or ranked[subject] <= at_most)
    elif kind == "not_recommended":
        assert subject not in ranked
    elif kind == "personalized":
        title = window.home.view.shelves[0].title.text()
        assert (title == "Recommended for you") == subject, title
    elif kind == "counterfactual":
        # the panel names the set, one bullet per data point, and the engine's set is that
        expected = services.recommender.counterfactual(subject)
        named = [line.lstrip("\u2022 ") for line in panel.counterfactual_data.text().splitlines()]
        labels = [services.store.datum(i).label(services.catalog) for i in expected.datum_ids]
        assert panel.counterfactual_data.isVisibleTo(panel)
        assert named == labels and len(named) <= (at_most or 3)
        other = claim.option("replaced_by")
        if other:
            name = services.catalog.get(other).name
            assert name in panel.counterfactual_button.text()
    elif kind == "no_counterfactual":
        assert panel.counterfactual_text.text().startswith("No set of up to 3 of your data points")
        assert not panel.counterfactual_data.isVisibleTo(panel)
    elif kind == "reasons":
        if claim.option("from") is not None:
            assert set(sources) == set(claim.option("from")), sources
        assert at_most is None or len(sources) <= at_most
    elif kind == "not_personal":
        assert sources and not personal
    elif kind == "no_data_about":
        model = window.your_data.model
        assert model.rowCount() == services.store.count_datums()
        for row in range(model.rowCount()):
            datum = services.store.datum(model.row_at(row).datum_id)
            assert not datum.concerns(services.catalog, subject), datum.label(services.catalog)
    elif kind == "receipt":
        result = window.workshop.panel.result
        assert result.isVisibleTo(window) == subject, result.text()
    else:
        raise AssertionError(f"no window check for {kind!r}")


@pytest.mark.parametrize(
    "scenario_id",
    [
        "why-am-i-seeing-this",
        "the-store-guessed-too-much",
        "take-back-control",
        "expiry-and-minimization",
    ],
)
def test_the_window_shows_what_each_step_claims(qtbot, window, artifacts, scenario_id):
    workshop = window.workshop
    workshop.show_scenario_panel()
    ctl = workshop.scenarios
    scenario = next(s for s in ctl.scenarios if s.id == scenario_id)
    ctl.start(scenario)
    for index, step in enumerate(scenario.steps):
        assert ctl.index == index
        _wait_rendered(qtbot, window)
        for claim in step.expect:
            qtbot.waitUntil(lambda c=claim: _window_shows(window, c), timeout=3000)
        if scenario_id == "take-back-control" and step.title == "Forget the topic":
            # the forget went through the open why panel: its own receipt banner shows
            panel = window.side_panel()
            assert panel.banner.isVisibleTo(panel)
            assert panel.receipt.text() == workshop.panel.result.text()
            assert panel.receipt.text().startswith("Forgotten: ")
            window.grab().save(str(artifacts / "workshop-take-back-control-forget.png"))
        ctl.next()


def test_forget_topic_without_the_why_panel_goes_through_the_engine(qtbot, window):
    window.workshop.load_persona("pregnancy-loss")
    store = window.services.store
    assert store.datum_ids_for_topic("pregnancy-baby")
    assert window.side_panel() is None
    outcome = window.workshop.scenarios.run(scenarios.Action("forget_topic", "pregnancy-baby"))
    assert outcome.change is not None and outcome.receipts[0]["scope"] == "topic"
    assert not store.datum_ids_for_topic("pregnancy-baby")
    qtbot.waitUntil(
        lambda: all(
            c.product.category != "pregnancy-baby" or not c.recommendation.rank
            for c in window.home.cards()
        ),
        timeout=2000,
    )


def test_highlight_finds_visible_widgets_by_object_name(window):
    assert find_target(window, "searchField") is window.top_bar.search
    assert find_target(window, "noSuchWidget") is None


def test_opaque_condition_hides_every_explanation(qtbot, window, artifacts):
    window.workshop.load_persona("outdoor-enthusiast")
    qtbot.waitUntil(lambda: bool(window.cards()), timeout=2000)
    assert visible(window.findChildren(QWidget, "whyButton"))
    window.workshop.set_condition(OPAQUE)
    qtbot.wait(50)
    cards = window.cards()
    assert cards and all(c.recommendation is not None for c in cards[:5])
    assert not visible(window.findChildren(QWidget, "whyButton"))
    assert not any(c.reason.isVisible() for c in cards)
    assert not any("because" in c.accessibleName().lower() for c in cards)
    texts = [w.text() for w in visible(window.findChildren(QLabel))]
    assert not any(t.startswith(("Because you", "Mostly because", "Partly because")) for t in texts)
    assert not any("anonymous shoppers" in t for t in texts)
    assert not window.top_bar.your_data.isVisible()
    # a new page's cards are born opaque too
    window.open_product(cards[0].product.id, where="test")
    qtbot.wait(50)
    assert not visible(window.findChildren(QWidget, "whyButton"))
    window.grab().save(str(artifacts / "workshop-opaque-product-1280x800.png"))
    window.navigator.back()
    qtbot.wait(50)
    window.grab().save(str(artifacts / "workshop-opaque-home-1280x800.png"))
    window.workshop.set_condition(TRANSPARENT)
    qtbot.wait(50)
    assert visible(window.findChildren(QWidget, "whyButton"))
    assert window.top_bar.your_data.isVisible()


@QUESTION
def test_presenter_mode_scales_and_is_remembered(qtbot, services, window, artifacts):
    assert scale_lengths("a { font-size: 11pt; padding: 6px 10px; border: 1px solid }", 2) == (
        "a { font-size: 22.0pt; padding: 12px 20px; border: 1px solid }"
    )
    presenter = window.workshop.presenter
    window.workshop.load_persona("outdoor-enthusiast")
    for _ in range(12):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.scale == 200
    assert services.store.get_meta(META_SCALE) == "200"
    presenter.set_high_contrast(True)
    window.workshop.show_scenario_panel()
    answer(qtbot, window.workshop.scenarios.question, load=True)
    window.resize(1920, 1080)
    qtbot.wait(100)
    window.grab().save(str(artifacts / "workshop-presenter-200-1920x1080.png"))
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.scale == 190
    presenter.reset()
    presenter.set_high_contrast(False)


@QUESTION
def test_full_session_recorded_exported_and_reported(qtbot, window, tmp_path, artifacts):
    ctl = window.workshop.sessions
    dialog = window.workshop.start_session()
    dialog.code.setText("Anna")
    assert not dialog.start.isEnabled()  # a name is refused
    dialog.code.setText("p07")
    assert not dialog.start.isEnabled()  # no consent yet
    dialog.consent.setChecked(True)
    dialog.opaque.setChecked(True)
    dialog.persona.setCurrentIndex(dialog.persona.findData("gift-buyer"))
    dialog.grab().save(str(artifacts / "workshop-session-start.png"))
    with qtbot.waitSignal(ctl.started):
        dialog.start.click()
    assert ctl.running and window.workshop.strip_bar.isVisible()
    assert window.property("studyCondition") == OPAQUE
    strip = window.workshop.strip
    assert strip.title.text().startswith("Task 1 of 5")
    strip.start.click()
    window.open_product("noise-cancelling-headphones", where="test")
    window.grab().save(str(artifacts / "workshop-task-strip-1280x800.png"))
    strip.done.click()
    questions = ctl.dialog
    for q in questions.questionnaire.questions:
        questions.choose(q.id, 5)
    questions.grab().save(str(artifacts / "workshop-questionnaire.png"))
    with qtbot.waitSignal(questions.finished):
        questions.submit.click()
    strip.start.click()
    strip.give_up.click()
    with qtbot.waitSignal(ctl.dialog.finished):
        ctl.dialog.skip.click()
    path = ctl.recorder.path
    strip.end.click()  # asks first
    with qtbot.waitSignal(ctl.ended):
        ctl.question.accept()
    assert not window.workshop.strip_bar.isVisible()
    with qtbot.waitSignal(ctl.dialog.finished):  # the session's summary
        ctl.dialog.close_button.click()

    session = sessions.read_session(path)
    kinds = [e["type"] for e in session.events]
    assert session.ended and session.participant == "P07" and session.condition == OPAQUE
    assert kinds[0] == "session_start" and kinds[-1] == "session_end"
    assert {
        "task_start",
        "task_done",
        "task_give_up",
        "questionnaire",
        "navigate",
        "data_recorded",
    } <= set(kinds)
    nav = next(e for e in session.events if e["type"] == "navigate" and e.get("page") == "product")
    assert nav["task"] == "find-a-reason"

    out = ctl.export_csv(tmp_path / "p07.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(session.events)
    html = ctl.write_report(tmp_path / "p07.html").read_text(encoding="utf-8")
    assert "Opaque shop" in html and "<svg" in html
    r = report.build_report([path])
    assert r.task("find-a-reason", OPAQUE).done == 1
    assert r.question("control", OPAQUE).answers == [5]
    pdf = ctl.write_report(tmp_path / "p07.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_why_requests_and_ui_events_are_logged(qtbot, window, tmp_path):
    ctl = window.workshop.sessions
    path = ctl.start(
        participant="P11",
        condition=TRANSPARENT,
        persona="outdoor-enthusiast",
        task_list="sample-study",
    )
    window.workshop.scenarios.open_why("summit-daypack-22l")
    window.ui_events.report("preview", action="forget", datum_ids=[1])
    forget_ops.forget_product(window.services.recommender, "summit-daypack-22l")
    ctl.end()
    kinds = [e["type"] for e in sessions.read_session(path).events]
    assert {"panel_open", "preview", "forget"} <= set(kinds)


def test_a_study_log_names_no_product_topic_or_row_id(qtbot, window, services):
    """Everything a participant does is logged by keyed token: products opened (and the
    shelf titles that name them), why panels, re-ratings, blocked topics, sensitive opt-ins."""

    ctl = window.workshop.sessions
    store = services.store
    path = ctl.start(
        participant="P13",
        condition=TRANSPARENT,
        persona="outdoor-enthusiast",
        task_list="sample-study",
    )
    consent_ops.set_switches(store, {"sensitive:pregnancy-baby": True}, "privacy page")
    window.open_product(
        "early-pregnancy-test", where="home page shelf 'Because you viewed Trail Tent'"
    )
    window.workshop.scenarios.open_why("summit-daypack-22l")
    first = record_ops.rate(store, "early-pregnancy-test", 4).datum
    record_ops.rate(store, "early-pregnancy-test", 2)  # replaces the first rating: a deleted row id
    consent_ops.block_topic(store, "pregnancy-baby")
    ctl.end()

    raw = path.read_text(encoding="utf-8")
    for named in ("early-pregnancy-test", "summit-daypack-22l", "pregnancy-baby", "Trail Tent"):
        assert named not in raw, named
    events = sessions.read_session(path).events
    assert all("deleted_ids" not in e and "datum_ids" not in e for e in events)
    rerated = [e for e in events if e.get("deleted_data_points")]
    assert len(rerated) == 1 and rerated[0]["deleted_data_points"][0].startswith("datum:")
    # the row id is nowhere as a value (a substring test would trip on the time stamp or
    # on a token's hex digits)
    values = [v for e in rerated for x in e.values() for v in (x if isinstance(x, list) else [x])]
    assert first.id not in values and str(first.id) not in values
    nav = next(e for e in events if e["type"] == "navigate" and e["page"] == "product")
    assert nav["arg"].startswith("product:") and nav["where"] == "home page shelf"
    why = next(e for e in events if e["type"] == "panel_open")
    assert why["product"].startswith("product:")
    blocked = next(e for e in events if "blocked" in e)
    assert blocked["blocked"].startswith("topic:")
    opted = next(e for e in events if e["type"] == "consent_change" and "consent" in e)
    assert any(s.startswith("topic:") for s in opted["consent"]["given"])


def test_report_renders_as_a_document(qtbot, tmp_path, artifacts):
    from PySide6.QtGui import QImage, QPainter

    from tests.helpers import three_sessions
    from tightrope.ui.workshop.pdf import document

    doc = document(report.build_report(three_sessions(tmp_path)))
    doc.setTextWidth(800)
    image = QImage(800, int(doc.size().height()), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    image.save(str(artifacts / "workshop-report.png"))
    assert doc.toPlainText().count("Transparent shop") > 3


SCALES = (100, 150, 200)
SHOT_AT_EVERY_SCALE = ("home", "product", "why-panel", "privacy-dashboard")


def sideways(root):
    """Scroll areas showing a horizontal scroll bar: the layout should reflow instead
    (shelves are carousels that scroll sideways on purpose)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    return [
        f"horizontal scroll bar in {area.objectName() or type(area).__name__}"
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible()
        and area.objectName() != "shelfScroll"
        and area.horizontalScrollBar().isVisible()
    ]


def _screens(window, services):
    """Open each screen the check covers, one after the other: (name, root widget)."""
    product = services.catalog.product("summit-daypack-22l")
    yield "home", window
    window.open_product(product.id, where="test")
    yield "product", window
    window.why.show(product.id)
    yield "why-panel", window
    window.hide_side_panel()
    window.navigator.go(Route(CART))
    yield "cart", window
    window.navigator.go(Route(YOUR_DATA))
    yield "your-data", window
    window.privacy.show_page(1)
    yield "privacy-dashboard", window
    window.navigator.go(Route(HOME))
    window.workshop.show_scenario_panel()
    question = window.workshop.scenarios.question
    if question is not None:  # the first time: Load, as the first F9 did before it asked
        question.accept()
    yield "scenario-panel", window
    window.workshop.show_scenario_panel(False)


@QUESTION
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_nothing_clips_at_any_presenter_scale(qtbot, window, services, artifacts, size):
    window.workshop.load_persona("outdoor-enthusiast")
    for pid in ("summit-daypack-22l", "noise-cancelling-headphones"):
        record_ops.add_to_cart(services.store, pid)
    window.resize(*size)
    problems: list[str] = []
    for scale in SCALES:
        window.workshop.presenter.set_scale(scale)  # live: no new window
        window.navigator.go(Route(HOME))
        for name, root in _screens(window, services):
            qtbot.wait(150)  # the why panel's counterfactual arrives after its first paint
            if scale == 200 or name in SHOT_AT_EVERY_SCALE:
                path = artifacts / f"scale-{scale}-{name}-{size[0]}x{size[1]}.png"
                window.grab().save(str(path))
            problems += [f"{scale}% {name}: {p}" for p in clipped(root)]
            problems += [f"{scale}% {name}: {p}" for p in sideways(root)]
    window.workshop.presenter.reset()
    assert not problems, "\n".join(problems)


def test_a_study_log_holds_keyed_tokens_not_searches_or_row_ids(qtbot, window, services, tmp_path):
    from tests.helpers import files_containing
    from tightrope.privacy import pseudonyms
    from tightrope.ui.navigation import SEARCH

    ctl = window.workshop.sessions
    path = ctl.start(
        participant="P12",
        condition=TRANSPARENT,
        persona="outdoor-enthusiast",
        task_list="sample-study",
    )
    query = "zqstudymarker tent"
    window.top_bar.search.setText(query)
    window.top_bar.search.returnPressed.emit()
    window.navigator.go(Route(SEARCH, query.upper()))  # the same search, differently typed
    searched = [x for x in services.store.datums() if "zqstudymarker" in (x.text or "").casefold()]
    assert searched  # the shop recorded the search ...
    d = searched[0]
    window.ui_events.report("preview", action="forget", datum_ids=[d.id])
    tokens = ctl.recorder.tokens
    key = tokens._key
    search_token, datum_token = tokens.token("search", query), tokens.token("datum", d.id)
    forget_ops.forget(
        services.recommender, [x.id for x in searched]
    )  # ... and the participant forgot it
    assert tokens.token("search", query) != search_token  # the key was replaced
    assert files_containing(services.data_dir.root, b"zqstudymarker") == []
    window.navigator.go(Route(SEARCH, query))  # the forgotten search typed again
    ctl.end()
    assert not tokens.live  # the session's key is gone with it

    events = sessions.read_session(path).events
    raw = path.read_text(encoding="utf-8")
    assert "zqstudymarker" not in raw.casefold()  # not in the log, in any case
    searches = [e["search"] for e in events if e["type"] == "navigate" and e.get("page") == SEARCH]
    assert len(searches) == 3 and searches[0] == searches[1] == search_token  # still comparable
    assert searches[2] != search_token  # ... but not across the forget
    recorded = [
        e
        for e in events
        if e["type"] == "data_recorded" and datum_token in e.get("data_points", ())
    ]
    preview = next(e for e in events if e["type"] == "preview")
    assert len(recorded) == 1 and preview["data_points"] == [datum_token]
    assert all("datum_ids" not in e for e in events)
    # the key was never written: not in the database, the log or any other file
    assert services.store.get_meta(pseudonyms.META_STUDY_KEY) is None
    assert files_containing(services.data_dir.root, key) == []
    assert files_containing(services.data_dir.root, key.hex().encode()) == []


# --- issue #17: ask before replacing data, a plain picker, the frame, the clock ----------------


def _snapshot(store):
    """What a cancelled question must leave exactly as it was."""
    return (
        [(d.id, d.kind, d.product_id, d.text, d.collected_at) for d in store.datums()],
        store.get_meta("persona"),
        store.consent_state(),
        store.clock.offset_days,
        len(store.receipts()),
    )


def _item_center(picker, row):
    return picker.visualItemRect(picker.item(row)).center()


@QUESTION
def test_starting_a_scenario_over_stored_data_asks_first(qtbot, window, artifacts):
    from tightrope.workshop import personas

    workshop, store = window.workshop, window.services.store
    ctl = workshop.scenarios
    workshop.load_persona("outdoor-enthusiast")
    retention_ops.advance_clock(store, 30)
    stored = store.count_datums()
    before = _snapshot(store)

    # the first F9: the first scenario's script shows, its first step waits for the answer
    workshop.show_scenario_panel()
    box = ctl.question
    assert box is not None and box.isVisible() and box.objectName() == "loadPersonaBox"
    sam = personas.load("outdoor-enthusiast", window.services.catalog)
    assert box.windowTitle() == "Start \u201cWhy am I seeing this?\u201d?"
    assert box.text() == f"\u201cWhy am I seeing this?\u201d starts by loading {sam.name}."
    replaced, clock = box.informativeText().split("\n\n")
    assert replaced.startswith(
        f"This replaces the {stored} data points stored now (Sam was "
        f"loaded last) with Sam's {len(sam.data)} and sets consent"
    )
    assert clock == "The shop's clock, 30 days ahead, goes back to real time."
    assert workshop.panel.counter.text() == "Step 1 of 6"
    qtbot.waitExposed(box)
    box.grab().save(str(artifacts / "workshop-start-question.png"))
    answer(qtbot, box, load=False)
    assert _snapshot(store) == before  # Cancel changed nothing, the clock included
    assert ctl.question is None and ctl.scenario.id == "why-am-i-seeing-this"
    assert workshop.panel.result.text().startswith("Not run: the shop keeps its data.")

    # a pick in the list (a click) asks again, naming whose data comes
    picker = workshop.panel.picker
    expiry = next(i for i, s in enumerate(ctl.scenarios) if s.id == "expiry-and-minimization")
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=_item_center(picker, expiry))
    box = ctl.question
    priya = personas.load("home-cook", window.services.catalog)
    assert box.windowTitle() == "Start \u201cExpiry and minimization\u201d?"
    assert box.text() == f"\u201cExpiry and minimization\u201d starts by loading {priya.name}."
    assert f"with Priya's {len(priya.data)} and sets consent to Priya's" in box.informativeText()
    assert picker.currentRow() == expiry and ctl.scenario.id == "expiry-and-minimization"
    answer(qtbot, box, load=True)
    assert store.get_meta("persona") == "home-cook" and store.count_datums() == len(priya.data)
    assert store.clock.offset_days == 0
    assert workshop.panel.result.isHidden()

    # the keyboard: arrows only select, Enter starts (and asks, since there is data now)
    picker.setFocus()
    picker.setCurrentRow(0)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert ctl.question is None and picker.currentRow() == 1
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert ctl.question is not None and ctl.scenario is ctl.scenarios[1]
    answer(qtbot, ctl.question, load=False)
    assert store.get_meta("persona") == "home-cook"


@QUESTION
def test_the_workshop_menu_load_asks_with_the_same_question(qtbot, window):
    workshop, store = window.workshop, window.services.store
    workshop.load_persona("outdoor-enthusiast")
    before = _snapshot(store)
    box = workshop.ask_load_persona("privacy-minimalist")
    assert box.windowTitle().startswith("Load Lena")
    assert box.text().startswith("This replaces the ") and "(Sam was loaded last)" in box.text()
    assert not box.informativeText()  # the clock is at real time
    answer(qtbot, box, load=False)
    assert _snapshot(store) == before
    box = workshop.ask_load_persona("privacy-minimalist")
    answer(qtbot, box, load=True)
    assert store.get_meta("persona") == "privacy-minimalist"


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_the_picker_shows_every_scenario_whole(qtbot, window, artifacts, scale):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from tightrope.ui import theme

    workshop = window.workshop
    workshop.presenter.set_scale(scale)
    workshop.show_scenario_panel()
    qtbot.wait(100)
    picker = workshop.panel.picker
    titles = [s.title for s in scenarios.list_scenarios(window.services.catalog)]
    assert len(titles) == 5
    assert [picker.item(r).text() for r in range(picker.count())] == titles
    assert picker.accessibleName() == "Scenarios" and picker.isVisible()
    assert not picker.verticalScrollBar().isVisible()
    viewport = picker.viewport().rect()
    metrics = QFontMetrics(picker.font())
    for row, title in enumerate(titles):
        rect = picker.visualItemRect(picker.item(row))
        assert viewport.contains(rect), (title, rect, viewport)
        room = rect.adjusted(theme.px(8), theme.px(4), -theme.px(8), -theme.px(4))
        need = metrics.boundingRect(
            QRect(0, 0, room.width(), 10**5), int(Qt.TextFlag.TextWordWrap), title
        )
        assert need.width() <= room.width() + 1 and need.height() <= room.height() + 1, title
    assert not clipped(workshop.panel), clipped(workshop.panel)
    workshop.panel.grab().save(str(artifacts / f"workshop-scenario-picker-{scale}.png"))
    window.grab().save(str(artifacts / f"workshop-scenario-picker-{scale}-window-1280x800.png"))
    workshop.presenter.reset()


@QUESTION
def test_the_frame_goes_with_the_panel_and_never_shows_in_a_session(qtbot, window):
    workshop = window.workshop
    ctl = workshop.scenarios
    workshop.show_scenario_panel()  # an empty shop: the first scenario starts at once
    qtbot.waitUntil(ctl.overlay.isVisible, timeout=2000)

    workshop.toggle_scenario_panel()  # F9
    assert not workshop.dock.isVisible() and not ctl.overlay.isVisible()
    ctl.next()  # a step entered while the panel is hidden frames nothing
    qtbot.wait(150)
    assert not ctl.overlay.isVisible() and ctl.overlay.target() is None
    workshop.toggle_scenario_panel()
    qtbot.waitUntil(ctl.overlay.isVisible, timeout=2000)
    workshop.dock.close()  # the dock's own close button
    assert not ctl.overlay.isVisible()

    workshop.show_scenario_panel()
    qtbot.waitUntil(ctl.overlay.isVisible, timeout=2000)
    workshop.sessions.start(
        participant="P21",
        condition=TRANSPARENT,
        persona="outdoor-enthusiast",
        task_list="sample-study",
    )
    assert workshop.sessions.running and not ctl.overlay.isVisible()
    ctl._point()  # a step's pointing, while the session runs, does nothing
    ctl.next()
    qtbot.wait(150)
    assert not ctl.overlay.isVisible() and ctl.overlay.target() is None
    workshop.sessions.end()
    qtbot.waitUntil(ctl.overlay.isVisible, timeout=2000)  # the facilitator's cue comes back


def _shelf_titles(window):
    return [view.title.text() for view in window.home.view.shelves]


@QUESTION
def test_after_expiry_the_next_scenario_starts_from_real_time(qtbot, window):
    workshop, store = window.workshop, window.services.store
    ctl = workshop.scenarios
    workshop.show_scenario_panel()
    expiry = next(s for s in ctl.scenarios if s.id == "expiry-and-minimization")
    ctl.start(expiry)
    for _ in range(3):
        ctl.next()
    assert store.clock.offset_days == 365
    window.navigator.go(Route(HOME))
    qtbot.waitUntil(lambda: "New arrivals" not in _shelf_titles(window), timeout=3000)

    ctl.choose(ctl.scenarios[0])  # Priya's purchases are still kept: the room is asked
    box = ctl.question
    assert box.informativeText().endswith(
        "\n\nThe shop's clock, 365 days ahead, goes back to real time."
    )
    answer(qtbot, box, load=True)
    assert store.clock.offset_days == 0
    assert store.get_meta("persona") == ctl.scenarios[0].personas[0]
    assert "days ahead" not in workshop.panel.clock.text()
    window.navigator.go(Route(HOME))
    qtbot.waitUntil(lambda: "New arrivals" in _shelf_titles(window), timeout=3000)
    from tests.helpers import NOW

    assert max(d.collected_at for d in store.datums()) <= NOW  # no 2027 dates


def test_the_menu_resets_the_shops_clock(qtbot, window):

    workshop, store = window.workshop, window.services.store
    workshop.show_scenario_panel()
    action = workshop.clock_action
    workshop.menu.aboutToShow.emit()
    assert action.text() == "Reset the shop's clock" and not action.isEnabled()
    retention_ops.advance_clock(store, 365)
    assert "365 days ahead" in workshop.panel.clock.text()
    window.navigator.go(Route(HOME))
    qtbot.waitUntil(lambda: "New arrivals" not in _shelf_titles(window), timeout=3000)
    workshop.menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    assert store.clock.offset_days == 0
    assert workshop.panel.clock.text() == "Shop date: 29 Nov 2026"
    qtbot.waitUntil(lambda: "New arrivals" in _shelf_titles(window), timeout=3000)
    workshop.menu.aboutToShow.emit()
    assert not action.isEnabled()
