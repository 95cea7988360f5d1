"""The deceptive twin: off by default (the honest shop is what a participant gets), switched
by the facilitator, remembered in the data folder; each dark pattern is there when it is on
and gone when it is off; the rules overlay names what each pattern breaks; and both
versions write consent through the same switches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import settle as _settle
from tests.ui.helpers import settled_window as _window
from tightrope.operations import consent as consent_ops
from tightrope.privacy import consent, rules
from tightrope.storage.datums import CONSENT_CATEGORIES
from tightrope.ui.privacy.tabs import TAB_CONSENT
from tightrope.ui.rules.twin import DECEPTIVE, HONEST, META_TWIN, design_of

pytestmark = pytest.mark.gui
# QMessageBox fixes its size as it opens; the offscreen platform says it cannot pass that on.
QUESTION = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _box_click(qtbot, box):
    qtbot.mouseClick(
        box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4
    )


def test_the_honest_shop_is_the_default(qtbot, first_run):
    win = _window(qtbot, first_run)
    twin = win.workshop.rules.twin
    assert not twin.on and design_of(win) == HONEST
    assert first_run.store.get_meta(META_TWIN) is None
    screen = win.privacy.screen
    assert screen.reject_all.isVisible() and screen.form.isVisible()
    assert not any(screen.form.values().values())  # nothing pre-ticked
    assert {
        screen.accept_all.objectName(),
        screen.reject_all.objectName(),
        screen.save.objectName(),
    } == {"secondaryButton"}
    # the twin's marks are not even built in the honest shop (nothing of it to undo)
    assert all(not w.isVisible() for w in win.findChildren(QWidget, "twinStrip"))
    assert not win.workshop.rules.twin_action.isChecked()


def test_the_twin_on_the_first_run_screen(qtbot, first_run, artifacts):
    win = _window(qtbot, first_run)
    rules_ = win.workshop.rules
    rules_.twin_action.trigger()  # the Workshop menu's switch
    _settle(qtbot)
    twin, screen = rules_.twin, win.privacy.screen
    assert twin.on and design_of(win) == DECEPTIVE and first_run.store.get_meta(META_TWIN) == "1"
    # "Accept" emphasised, no Reject all, the switches folded away, pre-ticked
    assert screen.accept_all.objectName() == "primaryButton" and screen.accept_all.isVisible()
    assert screen.accept_all.height() > screen.reject_all.sizeHint().height()
    assert not screen.reject_all.isVisible() and not screen.form.isVisible()
    values = screen.form.values()
    assert all(values[c] for c in CONSENT_CATEGORIES)
    assert not any(v for s, v in values.items() if s.startswith(consent.SENSITIVE_PREFIX))
    assert twin.card_marker.isVisible()  # marked as a demonstration for the facilitator
    assert screen.grab().save(str(artifacts / "twin-first-run.png"))
    rules_.set_overlay(True)
    _settle(qtbot)
    rules_.overlay.follow()
    drawn = {b.anchor for b in rules_.overlay.badges()}
    assert {"twin.accept", "twin.decline"} <= drawn
    # the honest screen's tags are not drawn on its twin: it does not implement them
    assert not drawn & {"consent.first_run", "consent.first_run.reject_all"}
    assert win.grab().save(str(artifacts / "twin-first-run-overlay.png"))
    # the shaming "decline" opens the pre-ticked switches; declining takes a click per switch
    qtbot.mouseClick(twin.decline, Qt.MouseButton.LeftButton)
    assert screen.form.isVisible() and twin.nag.isVisible() and screen.save.isVisible()
    _settle(qtbot)
    rules_.overlay.follow()
    assert "twin.preticked" in {b.anchor for b in rules_.overlay.badges()}
    breaks = {b.rule for b in rules_.overlay.badges() if b.kind == rules.BREAKS}
    assert {"gdpr-4-11", "dsa-25-3-a", "ccpa-7004"} <= breaks
    assert win.grab().save(str(artifacts / "twin-first-run-options-overlay.png"))
    for switch in CONSENT_CATEGORIES:
        _box_click(qtbot, screen.form.boxes[switch])
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    assert consent.decided(first_run.store) and not consent.state(first_run.store).granted()


def test_accepting_in_the_twin_grants_the_everyday_categories(qtbot, first_run):
    win = _window(qtbot, first_run)
    win.workshop.rules.set_twin(True)
    qtbot.mouseClick(win.privacy.screen.accept_all, Qt.MouseButton.LeftButton)
    assert consent.state(first_run.store).granted() == frozenset(CONSENT_CATEGORIES)


def test_switched_off_the_first_run_screen_is_honest_again(qtbot, first_run):
    win = _window(qtbot, first_run)
    rules_ = win.workshop.rules
    rules_.set_twin(True)
    rules_.set_twin(False)
    screen = win.privacy.screen
    assert first_run.store.get_meta(META_TWIN) == "0" and design_of(win) == HONEST
    assert screen.reject_all.isVisible() and screen.form.isVisible()
    assert not any(screen.form.values().values())
    assert screen.accept_all.objectName() == "secondaryButton"
    assert screen.title.text() == "Before you shop: what may Tightrope collect?"
    assert not rules_.twin.decline.isVisible() and not rules_.twin.manage.isVisible()


def test_the_twin_is_remembered_in_the_data_folder(qtbot, services):
    services.store.set_meta(META_TWIN, "1")
    win = _window(qtbot, services)
    assert win.workshop.rules.twin.on and design_of(win) == DECEPTIVE
    assert win.workshop.rules.twin_action.isChecked()
    assert win.workshop.rules.twin.promo.parentWidget() is not None


@QUESTION
def test_the_twin_on_the_privacy_page_buries_withdrawal_and_shames(qtbot, services, artifacts):
    win = _window(qtbot, services)
    rules_ = win.workshop.rules
    rules_.set_twin(True)
    win.privacy.show_page(TAB_CONSENT)
    _settle(qtbot)
    twin, tab = rules_.twin, win.privacy.view.consent
    assert twin.strip.isVisible()
    assert twin.promo.isVisible() and twin.turn_on.objectName() == "primaryButton"
    assert not tab.form.isVisible() and not tab.levels[consent.OFF].isVisible()
    assert not tab.pause.isVisible()
    assert twin.advanced.isVisible()
    assert win.grab().save(str(artifacts / "twin-privacy.png"))
    rules_.set_overlay(True)
    _settle(qtbot)
    rules_.overlay.follow()
    assert "twin.buried" in {b.anchor for b in rules_.overlay.badges()}
    assert win.grab().save(str(artifacts / "twin-privacy-overlay.png"))
    rules_.set_overlay(False)
    # the way to withdraw: Advanced settings (mouse), then each switch asks again
    qtbot.mouseClick(twin.advanced, Qt.MouseButton.LeftButton)
    assert tab.form.isVisible() and tab.levels[consent.OFF].isVisible()
    box = tab.form.boxes["searches"]
    tab.ensureWidgetVisible(box)
    rules_.set_overlay(True)
    _settle(qtbot)
    rules_.overlay.follow()
    drawn = {b.anchor for b in rules_.overlay.badges()}
    assert "twin.shame" in drawn and not drawn & {"consent.switches", "consent.level"}
    assert win.grab().save(str(artifacts / "twin-privacy-advanced-overlay.png"))
    _box_click(qtbot, box)
    question = twin.question
    assert question is not None and box.isChecked()  # not yet: the question first
    assert question.defaultButton() is question.keep
    assert "DSA Art. 25(1)" in question.informativeText()  # the overlay names the rule
    assert question.grab().save(str(artifacts / "twin-shame-question.png"))
    qtbot.mouseClick(question.keep, Qt.MouseButton.LeftButton)  # "Keep my deals"
    assert box.isChecked() and consent.state(services.store).categories["searches"]
    # by keyboard: Space asks too; "Turn off anyway" unticks through the honest switch
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    question = twin.question
    assert question is not None and box.isChecked()
    qtbot.mouseClick(question.insist, Qt.MouseButton.LeftButton)
    assert not box.isChecked() and not consent.state(services.store).categories["searches"]
    # a switch that is off turns on without a question
    _box_click(qtbot, box)
    assert box.isChecked() and consent.state(services.store).categories["searches"]


def test_switched_off_the_privacy_page_is_honest_again(qtbot, services):
    win = _window(qtbot, services)
    rules_ = win.workshop.rules
    win.privacy.show_page(TAB_CONSENT)
    tab = win.privacy.view.consent
    title = tab.header.title.text()
    rules_.set_twin(True)
    rules_.set_twin(False)
    _settle(qtbot)
    assert tab.header.title.text() == title
    assert tab.form.isVisible() and tab.levels[consent.OFF].isVisible() and tab.pause.isVisible()
    assert not rules_.twin.promo.isVisible() and not rules_.twin.advanced.isVisible()
    assert not rules_.twin.strip.isVisible()
    box = tab.form.boxes["searches"]
    _box_click(qtbot, box)  # honest: no question
    assert rules_.twin.question is None and not consent.state(services.store).categories["searches"]


def test_turn_everything_on(qtbot, services):
    consent_ops.reject_all(services.store, "test")
    win = _window(qtbot, services)
    win.workshop.rules.set_twin(True)
    win.privacy.show_page(TAB_CONSENT)
    _settle(qtbot)
    qtbot.mouseClick(win.workshop.rules.twin.turn_on, Qt.MouseButton.LeftButton)
    assert consent.state(services.store).granted() == frozenset(CONSENT_CATEGORIES)


def test_every_twin_pattern_is_a_placement_that_breaks_a_rule():
    twin = [p for p in rules.PLACEMENTS if p.shown == rules.TWIN]
    assert {p.anchor for p in twin} == {
        "twin.preticked",
        "twin.accept",
        "twin.decline",
        "twin.buried",
        "twin.shame",
    }
    assert all(p.kind == rules.BREAKS for p in twin)
    named = {r for p in twin for r in p.rules}
    assert {"dsa-25", "gdpr-7-3", "ccpa-7004"} <= named  # the three
