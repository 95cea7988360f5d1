"""The product page says where a product stands in the shopper's recommendations: the
engine's headline when it is recommended, what would bring it in when it is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import NOW
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.workshop import personas

pytestmark = pytest.mark.gui


@pytest.fixture
def sam(services):
    load_persona(services.store, personas.load("outdoor-enthusiast"))
    return services


def test_a_recommended_product_says_its_rank_and_headline(qtbot, window, sam):
    rec = sam.recommender
    top = rec.recommend()[0]
    window.open_product(top.product_id, "test")
    why = rec.why(top.product_id)  # after the page's own view was recorded
    view = window.product.view
    assert view.why_status.text() == f"Recommended for you at #{why.rank}. {why.headline}"
    assert view.why_button.text() == "Why?"
    with qtbot.waitSignal(window.why_requested) as got:
        qtbot.mouseClick(view.why_button, Qt.MouseButton.LeftButton)
    assert got.args[0] == top.product_id


def test_a_bought_product_says_which_data_would_bring_it_back(qtbot, window, sam, catalog):
    store, rec = sam.store, sam.recommender
    bought = next(
        d
        for d in store.datums()
        if d.kind == "purchase" and not catalog.by_id[d.product_id].consumable
    )
    window.open_product(bought.product_id, "test")
    cf = rec.counterfactual(bought.product_id)
    assert cf.direction == "in" and bought.id in (cf.datum_ids or ())
    view = window.product.view
    assert view.why_status.text() == f"Not in your recommendations. {cf.message}"
    assert view.why_button.text() == "Why not?"
    assert view.why_button.accessibleName().startswith("Why is this not recommended:")
    # and the sentence is true: forgetting that set brings it in
    assert rec.preview_forget(cf.datum_ids, focus=bought.product_id).focus.new_rank is not None


def test_a_sensitive_product_says_what_keeps_it_out(qtbot, window, services, catalog):
    record_ops.record(services.store, "view", product_id="trail-tent-2p", at=NOW)
    baby = catalog.in_category("pregnancy-baby")[0]
    window.open_product(baby.id, "test")
    assert "a sensitive category you have not opted into" in window.product.view.why_status.text()


def test_the_opaque_shop_shows_no_why_on_the_product_page(qtbot, window, sam):
    from tightrope.ui.condition import OPAQUE, set_condition

    set_condition(window, OPAQUE)
    window.open_product(sam.recommender.recommend()[0].product_id, "test")
    assert not window.product.view.why_row.isVisibleTo(window.product.view)


def test_the_why_panel_of_a_product_not_recommended_says_what_would_bring_it_in(
    qtbot, window, sam, catalog
):
    store, rec = sam.store, sam.recommender
    bought = next(
        d
        for d in store.datums()
        if d.kind == "purchase" and not catalog.by_id[d.product_id].consumable
    )
    panel = window.why.show(bought.product_id)
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    panel.controller.finish_counterfactual()
    cf = rec.counterfactual(bought.product_id)
    assert cf.direction == "in" and cf.datum_ids
    assert panel.counterfactual.isVisible()
    assert panel.counterfactual_text.text() == cf.message
    forget = panel.counterfactual_forget
    assert forget.isVisible() and forget.action.datum_ids == cf.datum_ids
    with qtbot.waitSignal(panel.changed) as applied:
        qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    focus = applied.args[0].preview.focus
    assert focus.old_rank is None and focus.new_rank is not None  # it came in, as promised
    assert rec.why(bought.product_id).rank == focus.new_rank
