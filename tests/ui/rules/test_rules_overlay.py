"""The rules overlay: every placement of the rules registry is tagged where it is in the
window, the tags follow the screen, the legend lists the same rules, and the switch works
from the Workshop menu by mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import settle as _settle
from tests.ui.helpers import settled_window as _window
from tightrope.privacy import consent, rules
from tightrope.ui.navigation import YOUR_DATA, Route
from tightrope.ui.privacy.tabs import (
    TAB_CONSENT,
    TAB_EXPORT,
    TAB_INTERESTS,
    TAB_KNOW,
    TAB_LOG,
    TAB_PARTNERS,
    TAB_RETENTION,
)
from tightrope.ui.rules import anchors
from tightrope.workshop import scenario_actions

pytestmark = pytest.mark.gui


def _drawn(win) -> set[str]:
    win.workshop.rules.overlay.follow()
    return {b.anchor for b in win.workshop.rules.overlay.badges()}


def _screens(win, qtbot):
    """Walk every screen a placement lives on; yield (name, anchors drawn there)."""
    rules_ = win.workshop.rules
    for name, tab in (
        ("consent", TAB_CONSENT),
        ("know", TAB_KNOW),
        ("interests", TAB_INTERESTS),
        ("partners", TAB_PARTNERS),
        ("retention", TAB_RETENTION),
        ("log", TAB_LOG),
        ("export", TAB_EXPORT),
    ):
        win.privacy.show_page(tab)
        _settle(qtbot)
        yield name, _drawn(win)
    tab = win.privacy.view.consent  # the level switch is further down the Consent tab
    win.privacy.show_page(TAB_CONSENT)
    tab.ensureWidgetVisible(tab.levels[consent.OFF])
    _settle(qtbot)
    yield "consent-level", _drawn(win)
    win.navigator.go(Route(YOUR_DATA))
    _settle(qtbot)
    yield "your-data", _drawn(win)
    win.navigator.go(Route("how-it-works"))
    _settle(qtbot)
    yield "how-it-works", _drawn(win)
    win.navigator.go(Route("home"))
    _settle(qtbot)
    top = win.services.recommender.recommend(1)[0]
    win.show_why(top.product_id)
    _settle(qtbot, 200)
    yield "why", _drawn(win)
    assert rules_.overlay.on


FIRST_RUN = {"consent.first_run", "consent.first_run.reject_all"}


def test_the_first_run_screen_carries_its_own_tags_only(qtbot, first_run, artifacts):
    first = _window(qtbot, first_run)
    assert first.privacy.gate_visible()
    first.workshop.rules.set_overlay(True)
    _settle(qtbot)
    assert _drawn(first) == FIRST_RUN  # the shop under the screen is not tagged
    assert first.grab().save(str(artifacts / "rules-overlay-first-run.png"))


def test_every_placement_in_the_app_is_tagged_where_it_is(qtbot, services, artifacts):
    """Each anchor of the registry that is not pending and not the twin's is drawn on some
    screen (the first-run screen's: the test above), with one tag per rule it names."""
    scenario_actions.load_persona(services, "outdoor-enthusiast")
    win = _window(qtbot, services)
    win.workshop.rules.set_overlay(True)
    seen: set[str] = set()
    for name, drawn in _screens(win, qtbot):
        seen |= drawn
        assert win.grab().save(str(artifacts / f"rules-overlay-{name}.png"))
    expected = {
        p.anchor
        for p in rules.PLACEMENTS
        if not p.pending and p.shown not in (rules.TWIN, rules.MENU)
    }
    assert seen | FIRST_RUN == expected
    badges = win.workshop.rules.overlay.badges()
    for b in badges:
        assert b.rule in rules.PLACEMENTS_BY_ANCHOR[b.anchor].rules
        assert b.text == rules.rule(b.rule).reference
    # no two tags overlap, and each is inside the layer
    layer = win.workshop.rules.overlay.layer
    for i, a in enumerate(badges):
        assert layer.rect().contains(a.rect)
        assert not any(a.rect.intersects(b.rect) for b in badges[i + 1 :])


def test_each_located_control_has_an_accessible_name_or_is_a_screen_heading(qtbot, services):
    scenario_actions.load_persona(services, "outdoor-enthusiast")
    win = _window(qtbot, services)
    win.show_why(win.services.recommender.recommend(1)[0].product_id)
    _settle(qtbot, 200)
    for anchor, locate in anchors.LOCATORS.items():
        assert anchor in rules.PLACEMENTS_BY_ANCHOR, anchor
        widget = locate(win)
        assert widget is not None, anchor
        if widget.metaObject().className() in ("QPushButton", "QCheckBox", "QRadioButton"):
            assert widget.accessibleName() or widget.text(), anchor


def test_a_control_built_later_is_tagged_by_its_declared_anchor(qtbot, services):
    """A control declares its own anchor (ruleAnchor), as "Reject all" on the Consent tab
    does, and is tagged with the rules of its placement, in the legend too."""
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_CONSENT)
    win.workshop.rules.set_overlay(True)
    overlay = win.workshop.rules.overlay
    # the layer follows the screen by itself (a timer), no call needed
    qtbot.waitUntil(
        lambda: any(b.anchor == "privacy.withdraw_all" for b in overlay.badges()), timeout=2000
    )
    assert anchors.declared(win)["privacy.withdraw_all"] == [
        win.privacy.view.consent.bulk.reject_all
    ]
    drawn = [b for b in overlay.badges() if b.anchor == "privacy.withdraw_all"]
    assert [b.rule for b in drawn] == list(rules.PLACEMENTS_BY_ANCHOR["privacy.withdraw_all"].rules)
    assert {rid for rid, _k in overlay.legend.shown_rules} >= {"gdpr-7-3", "ccpa-7004"}
    # a control made later declares its anchor the same way and is found
    from PySide6.QtWidgets import QPushButton

    later = QPushButton("Later", win.privacy.view.consent.body)
    anchors.set_anchor(later, "rectify")
    assert later in anchors.declared(win)["rectify"]


def test_the_legend_lists_the_rules_tagged_with_their_paraphrase(qtbot, services):
    win = _window(qtbot, services)
    win.privacy.show_page(TAB_PARTNERS)
    win.workshop.rules.set_overlay(True)
    _settle(qtbot)
    legend = win.workshop.rules.overlay.legend
    assert legend.accessibleName() == "Rules on this screen"
    # "Do not sell or share" and the Global Privacy Control box
    assert sorted(legend.shown_rules) == [
        ("ccpa-120", rules.IMPLEMENTS),
        ("ccpa-7025", rules.IMPLEMENTS),
    ]
    r = rules.rule("ccpa-120")
    text = legend.toPlainText()
    assert r.reference in text and r.title in text and r.text in text


def test_the_switch_works_from_the_menu_and_the_keyboard_and_starts_off(qtbot, services):
    win = _window(qtbot, services)
    controller = win.workshop.rules
    assert not controller.overlay.on and not controller.overlay.layer.isVisible()
    assert controller.overlay_action.text() == "Rules overlay"
    controller.overlay_action.trigger()  # the menu item
    assert controller.overlay.on and controller.overlay_action.isChecked()
    assert controller.overlay.layer.isVisible() and controller.overlay.dock.isVisible()
    win.activateWindow()
    qtbot.keyClick(
        win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not controller.overlay.on and not controller.overlay_action.isChecked()
    assert not controller.overlay.dock.isVisible()
    # the layer never takes a click: the shop under it stays usable
    assert controller.overlay.layer.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
