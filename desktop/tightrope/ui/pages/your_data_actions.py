"""Actions on a row of "Your data" (issue #19 defect 8, GDPR Art. 16/17/18): forget the
selected data point, stop using it (or use it again), and correct it where it is a fact the
shopper told the shop (city, age band, a declared interest).

Each action is previewed by the engine before it is used (the bar says what the
recommendations would do) and acknowledged only once it is on disk (the receipt is the
engine's or :mod:`tightrope.privacy.rectify`'s, returned after the commit). A failed write
says why and changes nothing on screen (the window's write-failure banner; the bar keeps
what it showed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.operations import forget as forget_ops
from tightrope.operations import rectify as rectify_ops
from tightrope.privacy import rectify
from tightrope.services import Services
from tightrope.storage.datums import Datum
from tightrope.ui import theme
from tightrope.ui.models import DATUM_ID_ROLE
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.labels import restyle, styled_label

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

tr = translator("YourDataActions")

WHERE = "your data"


class RowActions(QFrame):
    """The bar above the table: what is selected, its actions, their preview and receipt.

    Signals: ``forget_clicked()``, ``use_clicked()`` (don't use / use again),
    ``correct_clicked()``."""

    forget_clicked = Signal()
    use_clicked = Signal()
    correct_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rowActions")  # styled as #emptyState
        column = QVBoxLayout(self)
        column.setSpacing(6)
        self.selected = styled_label(
            tr("Select a data point to forget it, stop it being used or correct it."), "", self
        )
        self.selected.setWordWrap(True)
        column.addWidget(self.selected)
        row = QHBoxLayout()
        row.setSpacing(8)
        self._buttons_row = row
        self.forget = self._button(tr("Forget"), tr("Forget the selected data point"))
        self.use = self._button(tr("Don\u2019t use this"), tr("Stop using the selected data point"))
        self.correct = self._button(tr("Correct\u2026"), tr("Correct the selected fact"))
        set_anchor(self.correct, "rectify")
        self.forget.clicked.connect(self.forget_clicked)
        self.use.clicked.connect(self.use_clicked)
        self.correct.clicked.connect(self.correct_clicked)
        for b in (self.forget, self.use, self.correct):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        self.preview = styled_label("", "small", self)
        self.preview.setObjectName("rowPreview")
        self.preview.setWordWrap(True)
        column.addWidget(self.preview)
        self.status = styled_label("", "status", self)
        self.status.setObjectName("rowReceipt")
        self.status.setWordWrap(True)
        self.status.hide()
        column.addWidget(self.status)
        self._column = column
        self._compact = False
        theme.follow_scale(self, self._apply_scale)
        self.show_datum(None, "")

    def _apply_scale(self) -> None:
        """At presenter scale the page (it does not scroll: its table does) has no room for
        three lines: what is selected and the preview move into the buttons' tooltips and
        accessible descriptions, and the bar is one row of buttons (and the receipt)."""
        self._compact = theme.scale() > 1.25
        if self._compact:
            self._column.setContentsMargins(theme.px(12), theme.px(2), theme.px(12), theme.px(2))
        else:
            self._column.setContentsMargins(theme.px(16), theme.px(12), theme.px(16), theme.px(12))
        self._buttons_row.setSpacing(theme.px(16) if self._compact else theme.px(8))
        for b in (self.forget, self.use, self.correct):
            b.setObjectName("linkButton" if self._compact else "secondaryButton")
            restyle(b)
        self.selected.setVisible(not self._compact)
        self.preview.setVisible(not self._compact and bool(self.preview.text()))

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName("secondaryButton")
        b.setAccessibleName(name)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        return b

    def show_datum(
        self,
        datum_label: str | None,
        preview: str,
        *,
        excluded: bool = False,
        correctable: bool = False,
    ) -> None:
        """The selected data point (None: nothing selected) and what its actions would do."""
        chosen = datum_label is not None
        for b in (self.forget, self.use):
            b.setEnabled(chosen)
        self.correct.setEnabled(chosen and correctable)
        self.correct.setToolTip(
            tr(
                "Only a fact you told us (city, age band, a department you like) can be corrected; "
                "this is a record of what you did."
            )
            if chosen and not correctable
            else ""
        )
        self.use.setText(tr("Use again") if excluded else tr("Don\u2019t use this"))
        self.use.setAccessibleName(
            tr("Use the selected data point again")
            if excluded
            else tr("Stop using the selected data point")
        )
        if chosen:
            self.selected.setText(tr("Selected: {datum}").format(datum=datum_label))
        else:
            self.selected.setText(
                tr("Select a data point to forget it, stop it being used or correct it.")
            )
        self.preview.setText(preview)
        self.preview.setVisible(bool(preview) and not self._compact)
        said = "\n".join(t for t in (self.selected.text(), preview) if t)
        for b in (self.forget, self.use):
            b.setToolTip(said)
            b.setAccessibleDescription(said)
        if correctable or not chosen:
            self.correct.setToolTip(self.selected.text())
        self.correct.setAccessibleDescription(self.correct.toolTip())

    def show_receipt(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class CorrectDialog(QDialog):
    """Correct one fact: the new value, what it would change (previewed), and Correct.

    Signals: ``value_changed(str)`` as the value is chosen or typed; ``submitted(str)`` on
    Correct (the controller closes the dialog once the correction is on disk)."""

    value_changed = Signal(str)
    submitted = Signal(str)

    def __init__(
        self,
        label: str,
        choices: list[tuple[str, str]],
        current: str,
        editable: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Correct a fact"))
        self.setAccessibleName(tr("Correct a fact"))
        column = QVBoxLayout(self)
        # Fixed bounds before the native window exists: a layout that pushes new minimum
        # sizes to an open window makes the offscreen platform warn (propagateSizeHints).
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(theme.px(460), theme.px(240))
        self.resize(theme.px(520), theme.px(260))
        column.setContentsMargins(theme.px(20), theme.px(20), theme.px(20), theme.px(16))
        column.setSpacing(10)
        self.what = styled_label(tr("Stored now: {fact}").format(fact=label), "", self)
        self.what.setWordWrap(True)
        column.addWidget(self.what)
        self.value = QComboBox(self)
        self.value.setAccessibleName(tr("The correct value"))
        self.value.setEditable(editable)
        # Enter corrects (the dialog's default button); it never adds the typed city to the list
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value, text in choices:
            self.value.addItem(text, value)
        at = self.value.findData(current)
        if at >= 0:
            self.value.setCurrentIndex(at)
        elif editable:
            self.value.setEditText(current)
        self.value.currentIndexChanged.connect(lambda _i: self.value_changed.emit(self.chosen()))
        if editable:
            self.value.editTextChanged.connect(lambda _t: self.value_changed.emit(self.chosen()))
        column.addWidget(self.value)
        self.preview = styled_label("", "small", self)
        self.preview.setWordWrap(True)
        column.addWidget(self.preview)
        self.error = styled_label("", "warning", self)
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(tr("Correct"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(tr("Correct"))
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        column.addStretch(1)
        column.addWidget(self.buttons)

    def chosen(self) -> str:
        text = self.value.currentText()
        data = self.value.currentData()
        # a typed city that matches no suggestion is its own value
        if self.value.isEditable() and (
            data is None or self.value.itemText(self.value.currentIndex()) != text
        ):
            return text
        return str(data) if data is not None else text

    def set_preview(self, text: str) -> None:
        self.preview.setText(text)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def accept_if_valid(self) -> None:
        """Hand the value to the controller; it closes the dialog once the correction is on
        disk, or shows why not."""
        self.submitted.emit(self.chosen())


class RowActionsController(QObject):
    """Acts on the selected row of a table of data points (the "Your data" page)."""

    def __init__(
        self, bar: RowActions, table: QTableView, services: Services, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.bar = bar
        self.table = table
        self.services = services
        self.dialog: CorrectDialog | None = None
        self._datum_id: int | None = None
        table.selectionModel().selectionChanged.connect(self._on_selection)
        bar.forget_clicked.connect(self._on_forget)
        bar.use_clicked.connect(self._on_use)
        bar.correct_clicked.connect(self._on_correct)

    @property
    def rec(self) -> Recommender:
        """The recommender, built on first use (not for a consent screen)."""
        return self.services.recommender

    def selected(self) -> Datum | None:
        if self._datum_id is None:
            return None
        return self.services.store.datum(self._datum_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_args: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._datum_id = rows[0].data(DATUM_ID_ROLE) if rows else None
        self.refresh()

    def refresh(self) -> None:
        """The bar for the selection as it is stored now (it may just have gone)."""
        datum = self.selected()
        if datum is None:
            self._datum_id = None
            self.bar.show_datum(None, "")
            return
        if datum.excluded:
            preview = tr("Use it again: {effect}").format(
                effect=self.rec.preview_include([datum.id]).summary
            )
        else:
            preview = tr("Forget it or stop using it: {effect}").format(
                effect=self.rec.preview_forget([datum.id]).summary
            )
        self.bar.show_datum(
            datum.label(self.services.catalog),
            preview,
            excluded=datum.excluded,
            correctable=rectify.correctable(datum),
        )

    @Slot()
    def _on_forget(self) -> None:
        datum = self.selected()
        if datum is None:
            return
        # a failed write raises on to the window's write-failure banner: nothing is shown
        change = forget_ops.forget(self.rec, [datum.id])
        self.bar.show_receipt(change.summary)
        self.refresh()

    @Slot()
    def _on_use(self) -> None:
        datum = self.selected()
        if datum is None:
            return
        change = (forget_ops.include if datum.excluded else forget_ops.exclude)(
            self.rec, [datum.id]
        )
        self.bar.show_receipt(change.summary)
        self.refresh()

    @Slot()
    def _on_correct(self) -> None:
        datum = self.selected()
        if datum is None or not rectify.correctable(datum):
            return
        store = self.services.store
        dialog = CorrectDialog(
            datum.label(self.services.catalog),
            rectify.choices(store, datum.kind),
            datum.text or "",
            editable=datum.kind == "location",
            parent=self.table.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.value_changed.connect(lambda value, d=datum.id: self._on_value(d, value))
        dialog.submitted.connect(lambda value, d=datum.id: self._on_submit(d, value))
        dialog.finished.connect(self._on_dialog_closed)
        self.dialog = dialog
        self._on_value(datum.id, dialog.chosen())
        dialog.open()

    def _on_value(self, datum_id: int, value: str) -> None:
        if self.dialog is None:
            return
        try:
            effect = rectify.preview(self.rec, datum_id, value).summary
        except rectify.RectifyError as exc:
            self.dialog.set_preview("")
            self.dialog.set_error(str(exc))
            self.dialog.ok.setEnabled(False)
            return
        self.dialog.set_error("")
        self.dialog.ok.setEnabled(True)
        self.dialog.set_preview(tr("If you correct it: {effect}").format(effect=effect))

    def _on_submit(self, datum_id: int, value: str) -> None:
        if self.dialog is None:
            return
        try:
            done = rectify_ops.correct(self.rec, datum_id, value, WHERE)
        except rectify.RectifyError as exc:
            self.dialog.set_error(str(exc))
            return
        self.dialog.accept()
        self.bar.show_receipt(done.summary)
        self.refresh()

    @Slot(int)
    def _on_dialog_closed(self, _result: int) -> None:
        self.dialog = None
