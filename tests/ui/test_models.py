"""Item models checked with qtmodeltester, empty, filled, and through the sort proxy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.ui.models import DATUM_ID_ROLE, SORT_ROLE, DatumRow, DatumTableModel

pytestmark = pytest.mark.gui


def _rows(services):
    store = services.store
    products = services.catalog.products
    record_ops.record(
        store, "view", product_id=products[0].id, where="home page shelf 'Popular right now'"
    )
    record_ops.record(store, "search", text="tent <b>bold</b>", where="search box")
    record_ops.rate(store, products[1].id, 4, where="product page")
    record_ops.add_to_cart(store, products[2].id, where="product page")
    return [DatumRow.from_datum(d, services.catalog) for d in store.datums()]


def test_empty_model_passes_modeltester(qtmodeltester):
    model = DatumTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == len(DatumTableModel.HEADERS)


def test_filled_model_and_proxy_pass_modeltester(qtmodeltester, services):
    model = DatumTableModel()
    model.set_rows(_rows(services))
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(DatumTableModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    # set_rows again while the tester watches: a clean reset
    model.set_rows(_rows(services)[:2])
    assert model.rowCount() == 2


def test_model_shows_datum_label_and_raw_sort_values(services):
    rows = _rows(services)
    model = DatumTableModel()
    model.set_rows(rows)
    datums = services.store.datums()
    for r, datum in enumerate(datums):
        label = model.index(r, DatumTableModel.COL_LABEL).data()
        assert label == datum.label(services.catalog)  # never rephrased
        assert model.index(r, DatumTableModel.COL_WHERE).data() == datum.collected_where
        assert model.index(r, 0).data(DATUM_ID_ROLE) == datum.id
        when_raw = model.index(r, DatumTableModel.COL_WHEN).data(SORT_ROLE)
        assert when_raw == datum.collected_at.timestamp()
    assert (
        model.headerData(DatumTableModel.COL_CONSENT, Qt.Orientation.Horizontal)
        == "Consent category"
    )
    consent = {model.index(r, DatumTableModel.COL_CONSENT).data() for r in range(model.rowCount())}
    assert "Searches" in consent and "Browsing" in consent


def test_excluded_rows_are_marked_but_keep_their_label(qtmodeltester, services):
    from tightrope.ui.models import EXCLUDED_NOTE

    rows = _rows(services)
    datum = services.store.datums()[0]
    forget_ops.exclude(services.recommender, [datum.id])
    model = DatumTableModel()
    model.set_rows([DatumRow.from_datum(d, services.catalog) for d in services.store.datums()])
    qtmodeltester.check(model)
    r = next(
        i for i in range(model.rowCount()) if model.index(i, 0).data(DATUM_ID_ROLE) == datum.id
    )
    index = model.index(r, DatumTableModel.COL_LABEL)
    assert index.data() == datum.label(services.catalog)
    assert EXCLUDED_NOTE in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    other = next(i for i in range(model.rowCount()) if i != r)
    assert model.index(other, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert len(rows) == model.rowCount()


def test_removing_rows_by_id_passes_modeltester_and_keeps_the_proxy_order(qtmodeltester, services):
    rows = _rows(services)
    model = DatumTableModel()
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(DatumTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    before = [proxy.index(r, 0).data(DATUM_ID_ROLE) for r in range(proxy.rowCount())]
    gone = {rows[0].datum_id, rows[1].datum_id, rows[-1].datum_id}  # two runs
    model.remove_ids(gone)
    assert [model.row_at(r).datum_id for r in range(model.rowCount())] == [
        r.datum_id for r in rows if r.datum_id not in gone
    ]
    after = [proxy.index(r, 0).data(DATUM_ID_ROLE) for r in range(proxy.rowCount())]
    assert after == [i for i in before if i not in gone]
