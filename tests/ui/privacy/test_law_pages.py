"""The rights in the window (issue #20 items 1-5): "How recommendations work" and the level
switch on the shelves, Reject all on the privacy page with click-count symmetry, Your data's
row actions with Correct, Global Privacy Control on the partner tab, and the minors rule on
the home page. Every sentence checked here is the one the core made from the state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import press as _click
from tests.ui.helpers import settle as _settle
from tightrope.operations import consent as consent_ops
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import consent, gpc, minors, parameters, rectify
from tightrope.ui.navigation import HOME, HOW_IT_WORKS, Route
from tightrope.workshop.personas import load

pytestmark = pytest.mark.gui


def _persona(window, services, persona):
    load_persona(services.store, load(persona, services.catalog))
    window.refresh()


def test_how_recommendations_work_shows_the_engines_numbers(qtbot, window, services, artifacts):
    _persona(window, services, "outdoor-enthusiast")
    _settle(qtbot)
    controls = window.home.view.controls
    assert controls.how.isVisible() and controls.how.accessibleName() == "How recommendations work"
    qtbot.mouseClick(controls.how, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert window.navigator.current == Route(HOW_IT_WORKS)
    view = window.how_it_works.view
    overview = parameters.overview(services.recommender)
    assert view.headline.text() == overview.headline()
    for p in overview.parameters:
        row = view.rows[p.parameter]
        assert row.percent.text() == parameters.percent(p.share)
        assert row.bar._share == pytest.approx(p.share)
        assert row.text.text() == p.description and p.change in row.change.text()
        assert row.bar.accessibleName()
    assert window.grab().save(str(artifacts / "law-how-it-works-1280x800.png"))


def test_the_level_switch_sits_on_the_shelves_by_mouse_and_keyboard(
    qtbot, window, services, artifacts
):
    _persona(window, services, "outdoor-enthusiast")
    _settle(qtbot)
    switch = window.home.view.controls.switch
    assert switch.isVisible() and switch.level() == consent.FULL
    for level, radio in switch.buttons.items():
        assert radio.accessibleName() == f"Personalization {consent.level_text(level)[0]}"
    assert window.grab().save(str(artifacts / "law-home-level-switch-1280x800.png"))
    _click(qtbot, switch.buttons[consent.OFF])
    _settle(qtbot)
    assert consent.level(services.store) == consent.OFF
    assert all(not c.recommendation.personal for c in window.home.view.cards() if c.recommendation)
    # keyboard: the radio group moves with the arrow keys, as any radio group does
    switch.buttons[consent.OFF].setFocus()
    qtbot.keyClick(switch.buttons[consent.OFF], Qt.Key.Key_Right)
    _settle(qtbot)
    assert consent.level(services.store) == consent.LIGHT and switch.level() == consent.LIGHT
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
    _settle(qtbot)
    assert consent.level(services.store) == consent.FULL
    assert any(c.recommendation.personal for c in window.home.view.cards() if c.recommendation)
    # the link is reachable by keyboard too
    how = window.home.view.controls.how
    how.setFocus()
    qtbot.keyClick(how, Qt.Key.Key_Space)
    _settle(qtbot)
    assert window.navigator.current == Route(HOW_IT_WORKS)
    # and the page's own switch writes the same level
    page = window.how_it_works.view
    _click(qtbot, page.switch.buttons[consent.LIGHT])
    _settle(qtbot)
    assert consent.level(services.store) == consent.LIGHT
    assert page.headline.text() == parameters.overview(services.recommender).headline()
    assert page.rows["community"].percent.text() == "0 %"


def test_withdrawing_takes_as_many_clicks_as_granting(qtbot, window, services, artifacts):
    """GDPR Art. 7(3): per category and for all, withdrawing takes the clicks granting does."""
    store = services.store
    window.privacy.show_page(0)
    _settle(qtbot)
    tab = window.privacy.view.consent
    clicks: dict[tuple[str, str], int] = {}

    def count(key, widget):
        clicks[key] = clicks.get(key, 0) + 1
        _click(qtbot, widget)
        _settle(qtbot, 10)

    for switch, box in tab.form.boxes.items():
        was = consent.state(store).allows(switch)
        count(("grant" if not was else "withdraw", switch), box)
        count(("withdraw" if not was else "grant", switch), box)
        assert consent.state(store).allows(switch) == was
    count(("withdraw", "all"), tab.bulk.reject_all)
    st = consent.state(store)
    assert not any(st.categories.values()) and not any(st.sensitive.values())
    count(("grant", "all"), tab.bulk.accept_all)
    assert all(consent.state(store).categories.values())
    for switch in tab.form.boxes:
        assert clicks[("grant", switch)] == clicks[("withdraw", switch)] == 1, switch
    assert clicks[("grant", "all")] == clicks[("withdraw", "all")] == 1
    # same style and size: neither is pushed
    a, r = tab.bulk.accept_all, tab.bulk.reject_all
    assert (
        a.objectName() == r.objectName()
        and abs(a.width() - r.width()) <= 1
        and a.height() == r.height()
    )
    # by keyboard: Space on the focused button
    record_ops.record(store, "search", text="tent", where="search box")
    r.setFocus()
    qtbot.keyClick(r, Qt.Key.Key_Space)
    _settle(qtbot)
    assert not any(consent.state(store).categories.values())
    # what stays stored is offered for deletion, as after one switch
    assert tab.banner.isVisible() and "1 data point" in tab.banner.text.text()
    assert window.grab().save(str(artifacts / "law-privacy-reject-all-1280x800.png"))


def _select(qtbot, window, datum_id):
    from tightrope.ui.models import DATUM_ID_ROLE

    table = window.your_data.view.table
    proxy = table.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(DATUM_ID_ROLE) == datum_id:
            table.setFocus()
            table.selectRow(row)
            table.scrollTo(proxy.index(row, 0))
            _settle(qtbot, 10)
            return row
    raise AssertionError(f"no row for {datum_id}")


def test_your_data_rows_can_be_corrected_not_used_and_forgotten(qtbot, window, services, artifacts):
    from tightrope.ui.navigation import YOUR_DATA

    store, rec = services.store, services.recommender
    _persona(window, services, "gift-buyer")
    window.navigator.go(Route(YOUR_DATA))
    _settle(qtbot)
    bar = window.your_data.view.actions
    assert not bar.forget.isEnabled() and not bar.correct.isEnabled()
    city = next(d for d in store.datums() if d.kind == "location")
    _select(qtbot, window, city.id)
    assert bar.correct.isEnabled() and bar.forget.isEnabled()
    assert (
        bar.preview.text() == f"Forget it or stop using it: {rec.preview_forget([city.id]).summary}"
    )
    # Correct...: the dialog previews, then corrects once it is on disk
    _click(qtbot, bar.correct)
    _settle(qtbot)
    dialog = window.your_data.actions.dialog
    assert dialog is not None and dialog.isVisible() and dialog.value.accessibleName()
    dialog.value.setCurrentIndex(dialog.value.findData("Miami"))
    _settle(qtbot, 10)
    expected = rectify.preview(rec, city.id, "Miami")
    assert dialog.preview.text() == f"If you correct it: {expected.summary}"
    assert window.grab().save(str(artifacts / "law-your-data-correct-1280x800.png"))
    assert dialog.grab().save(str(artifacts / "law-correct-dialog.png"))
    # a city that is too long is refused in the dialog, which stays open
    dialog.value.setEditText("x" * 80)
    _settle(qtbot, 10)
    assert not dialog.ok.isEnabled() and "at most 60" in dialog.error.text()
    dialog.value.setCurrentIndex(dialog.value.findData("Miami"))
    _click(qtbot, dialog.ok)
    _settle(qtbot)
    assert store.datum(city.id).text == "Miami" and window.your_data.actions.dialog is None
    at = rectify.corrected_at(store)[city.id]
    assert (
        bar.status.text().startswith("Corrected on ")
        and "You told us you live in Miami" in bar.status.text()
    )
    row = _select(qtbot, window, city.id)
    label = window.your_data.view.table.model().index(row, 0).data()
    assert label == f"You told us you live in Miami ({rectify.corrected_text(at)})"
    # Don't use this / Use again, by keyboard
    bar.use.setFocus()
    qtbot.keyClick(bar.use, Qt.Key.Key_Space)
    _settle(qtbot)
    assert store.datum(city.id).excluded and bar.use.text() == "Use again"
    assert bar.status.text().startswith("Not used any more: 1 data point")
    _click(qtbot, bar.use)
    _settle(qtbot)
    assert not store.datum(city.id).excluded
    # a view cannot be corrected, only forgotten or not used
    view = next(d for d in store.datums() if d.kind == "view")
    _select(qtbot, window, view.id)
    assert not bar.correct.isEnabled() and bar.correct.toolTip()
    _click(qtbot, bar.forget)
    _settle(qtbot)
    assert store.datum(view.id) is None and bar.status.text().startswith("Forgotten: 1 view")
    assert not bar.forget.isEnabled()  # the selection went with it
    assert window.grab().save(str(artifacts / "law-your-data-rows-1280x800.png"))


def test_gpc_is_honoured_and_shown_on_the_partner_tab(qtbot, window, services, artifacts):
    from tightrope.ui.privacy.tabs import TAB_PARTNERS

    store = services.store
    _persona(window, services, "outdoor-enthusiast")
    consent_ops.set_do_not_sell(store, False)
    window.privacy.show_page(TAB_PARTNERS)
    _settle(qtbot)
    tab = window.privacy.view.partners
    assert tab.payload.toPlainText().startswith("{")  # sharing allowed: the payload
    assert tab.gpc.switch.accessibleName() == "Simulate Global Privacy Control"
    _click(qtbot, tab.gpc.switch)
    _settle(qtbot)
    assert gpc.signal(store)
    reason = gpc.block_text(gpc.GPC)
    assert tab.gpc.status.text() == reason
    assert tab.payload.toPlainText().startswith(f"Nothing. {reason}")
    assert not tab.do_not_sell.isEnabled()
    assert "Global Privacy Control" in window.privacy.strip.state.text()
    assert window.grab().save(str(artifacts / "law-partners-gpc-1280x800.png"))
    # keyboard: Space on the switch stops the signal; the shopper's own choice applies again
    tab.gpc.switch.setFocus()
    qtbot.keyClick(tab.gpc.switch, Qt.Key.Key_Space)
    _settle(qtbot)
    assert not gpc.signal(store) and tab.do_not_sell.isEnabled()
    assert tab.payload.toPlainText().startswith("{")


def test_a_known_minor_sees_shelves_without_profiling_and_is_told_why(
    qtbot, window, services, artifacts
):
    _persona(window, services, "teen-gamer")
    window.navigator.go(Route(HOME))
    _settle(qtbot)
    controls = window.home.view.controls
    assert controls.note.isVisible() and controls.note.text() == minors.explanation()
    assert not controls.switch.isEnabled()
    cards = [c for c in window.home.view.cards() if c.recommendation]
    assert cards and all(not c.recommendation.personal for c in cards)
    assert "(under 18)" in window.privacy.strip.state.text()
    assert window.grab().save(str(artifacts / "law-minor-home-1280x800.png"))
    window.navigator.go(Route(HOW_IT_WORKS))
    _settle(qtbot)
    view = window.how_it_works.view
    assert view.level_note.text() == minors.explanation() and not view.switch.isEnabled()
    assert view.sharing.text() == gpc.block_text(gpc.MINOR)
    assert window.grab().save(str(artifacts / "law-minor-how-1280x800.png"))


def _shows(window, claim) -> None:
    """The window (its widgets, not the engine) shows what a rights claim says."""
    from tightrope.ui.navigation import HOME as HOME_PAGE

    services = window.services
    kind, subject = claim.kind, claim.subject
    page = window.navigator.current.page
    if kind == "main_parameter":
        name = parameters.name(subject)
        assert window.how_it_works.view.headline.text().startswith(
            f"Across your top 12 recommendations, what counts most is {name} ("
        ), kind
    elif kind == "corrected":
        model = window.your_data.model
        fact = next(d for d in services.store.datums() if d.kind == subject)
        (row,) = [
            model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).datum_id == fact.id
        ]
        assert row.label.startswith(fact.label(services.catalog)) and "(corrected on " in row.label
        assert claim.option("to") in row.label
    elif kind == "partner_shares":
        tab = window.privacy.view.partners
        window.privacy.refresh()
        assert tab.payload.toPlainText().startswith("{") == subject, tab.payload.toPlainText()[:60]
    elif kind == "gpc_honoured":
        status = window.privacy.view.partners.gpc.status.text()
        assert (status == gpc.block_text(gpc.GPC)) == subject, status
    elif kind == "minor_rule":
        note = window.home.view.controls.note
        assert (note.isVisibleTo(window) and note.text() == minors.explanation()) == subject
    elif kind == "personalized":
        if page == HOME_PAGE:
            title = window.home.view.shelves[0].title.text()
            assert (title == "Recommended for you") == subject, title
        elif page == HOW_IT_WORKS:
            shown = window.how_it_works.view.headline.text()
            assert ("Nothing about you is used." not in shown) == subject, shown
        else:  # the privacy page: its strip and the consent switches say it
            st = consent.state(services.store)
            assert (
                any(window.privacy.view.consent.form.boxes[s].isChecked() for s in st.categories)
                == subject
            )
    else:
        raise AssertionError(f"no window check for {kind!r}")


def test_what_the_law_asks_plays_in_the_window(qtbot, window, artifacts):
    """The fifth scenario through the scenario panel: each step frames its target and the
    window shows what the step claims."""
    workshop = window.workshop
    workshop.show_scenario_panel()
    ctl = workshop.scenarios
    scenario = next(s for s in ctl.scenarios if s.id == "what-the-law-asks")
    ctl.start(scenario)
    for index, step in enumerate(scenario.steps):
        assert ctl.index == index
        _settle(qtbot)
        if step.point_at:
            qtbot.waitUntil(lambda: ctl.overlay.target() is not None, timeout=2000)
            assert ctl.overlay.target().objectName() == step.point_at, (index, step.title)
        for claim in step.expect:
            try:
                qtbot.waitUntil(lambda c=claim: _shows(window, c), timeout=3000)
            except Exception:
                _shows(window, claim)  # says what the window shows instead
                raise
        window.grab().save(str(artifacts / f"law-scenario-step-{index + 1:02d}.png"))
        ctl.next()


def test_a_fact_is_corrected_by_keyboard_alone(qtbot, window, services):
    """Select the row with the arrow keys, Tab to Correct..., type a city, Enter."""
    from tightrope.ui.navigation import YOUR_DATA

    store = services.store
    _persona(window, services, "outdoor-enthusiast")
    window.navigator.go(Route(YOUR_DATA))
    _settle(qtbot)
    city = next(d for d in store.datums() if d.kind == "location")
    row = _select(qtbot, window, city.id)
    table = window.your_data.view.table
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # back on the city's row, by keys
    assert table.currentIndex().row() == row
    bar = window.your_data.view.actions
    bar.correct.setFocus()
    qtbot.keyClick(bar.correct, Qt.Key.Key_Space)
    _settle(qtbot)
    dialog = window.your_data.actions.dialog
    assert dialog is not None and dialog.value.hasFocus()
    dialog.value.lineEdit().selectAll()
    qtbot.keyClicks(dialog.value.lineEdit(), "Portland")
    _settle(qtbot, 10)
    assert dialog.preview.text().startswith("If you correct it: ")
    qtbot.keyClick(dialog.value.lineEdit(), Qt.Key.Key_Return)
    _settle(qtbot)
    assert store.datum(city.id).text == "Portland" and window.your_data.actions.dialog is None
    assert "You told us you live in Portland" in bar.status.text()
    # Escape cancels and changes nothing
    _select(qtbot, window, city.id)
    bar.correct.setFocus()
    qtbot.keyClick(bar.correct, Qt.Key.Key_Space)
    _settle(qtbot)
    dialog = window.your_data.actions.dialog
    qtbot.keyClicks(dialog.value.lineEdit(), "x")
    qtbot.keyClick(dialog.value.lineEdit(), Qt.Key.Key_Escape)
    _settle(qtbot)
    assert store.datum(city.id).text == "Portland" and window.your_data.actions.dialog is None


def test_the_product_pages_shelf_leads_to_how_recommendations_work(qtbot, window, services):
    from tightrope.ui.navigation import PRODUCT

    _persona(window, services, "outdoor-enthusiast")
    window.navigator.go(Route(PRODUCT, "trail-tent-2p", "test"))
    _settle(qtbot)
    how = window.product.view.how
    assert window.product.view.related.isVisible() and how.isVisible()
    how.setFocus()
    qtbot.keyClick(how, Qt.Key.Key_Space)
    _settle(qtbot)
    assert window.navigator.current == Route(HOW_IT_WORKS)
