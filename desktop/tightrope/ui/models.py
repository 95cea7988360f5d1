"""Item models. Each keeps prepared rows, resets with ``set_rows()``, and exposes raw values
in :data:`SORT_ROLE` so a sort proxy orders times and numbers by value, not by text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from tightrope.catalog import Catalog
from tightrope.i18n import translator
from tightrope.privacy import rectify
from tightrope.storage.datums import Datum, consent_label, kind_name
from tightrope.ui import format, theme
from tightrope.ui.widgets.labels import plain_tooltip

tr = translator("DataTable")

EXCLUDED_NOTE = tr.mark("Kept, but not used for recommendations")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DATUM_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class DatumRow:
    """One data point as the table shows it (wording from :meth:`Datum.label`)."""

    datum_id: int
    label: str
    kind: str
    kind_text: str
    collected_at: datetime
    where: str
    consent: str
    excluded: bool
    corrected: str = ""  # "corrected on 6 Dec 2026" for a fact the user corrected

    @classmethod
    def from_datum(
        cls, datum: Datum, catalog: Catalog, corrected_at: str | None = None
    ) -> DatumRow:
        label = datum.label(catalog)
        corrected = rectify.corrected_text(corrected_at) if corrected_at else ""
        return cls(
            datum_id=datum.id,
            label=tr("{fact} ({corrected})").format(fact=label, corrected=corrected)
            if corrected
            else label,
            kind=datum.kind,
            kind_text=kind_name(datum.kind),
            collected_at=datum.collected_at,
            where=datum.collected_where,
            consent=consent_label(datum.consent_category),
            excluded=datum.excluded,
            corrected=corrected,
        )


class DatumTableModel(QAbstractTableModel):
    """Every data point the shop holds: what, kind, when, where, consent category."""

    COL_LABEL = 0
    COL_KIND = 1
    COL_WHEN = 2
    COL_WHERE = 3
    COL_CONSENT = 4
    HEADERS = (
        tr.mark("What we recorded"),
        tr.mark("Kind"),
        tr.mark("When"),
        tr.mark("Where"),
        tr.mark("Consent category"),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[DatumRow] = []

    def set_rows(self, rows: Sequence[DatumRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def remove_ids(self, datum_ids: Iterable[int]) -> None:
        """Drop the rows of these data points (after a deletion): cheaper than a reset for
        views and sort proxies, which keep their order instead of sorting again."""
        gone = set(datum_ids)
        rows = [r for r, row in enumerate(self._rows) if row.datum_id in gone]
        while rows:  # contiguous runs, last first, so earlier indexes stay valid
            last = first = rows.pop()
            while rows and rows[-1] == first - 1:
                first = rows.pop()
            self.beginRemoveRows(_ROOT, first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()

    def row_at(self, row: int) -> DatumRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a search's words may look like HTML
            text = self._display(row, column)
            return plain_tooltip(f"{text}\n{tr(EXCLUDED_NOTE)}" if row.excluded else text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = tr("{column}: {value}").format(
                column=tr(self.HEADERS[column]), value=self._display(row, column)
            )
            if row.excluded and column == self.COL_LABEL:
                return tr("{text}. {note}").format(text=text, note=tr(EXCLUDED_NOTE))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row.excluded:
            return theme.color("muted")
        if role == SORT_ROLE:
            if column == self.COL_WHEN:
                return row.collected_at.timestamp()
            return self._display(row, column).casefold()
        if role == DATUM_ID_ROLE:
            return row.datum_id
        return None

    def _display(self, row: DatumRow, column: int) -> str:
        if column == self.COL_LABEL:
            return row.label
        if column == self.COL_KIND:
            return row.kind_text
        if column == self.COL_WHEN:
            return format.when(row.collected_at)
        if column == self.COL_WHERE:
            return row.where
        if column == self.COL_CONSENT:
            return row.consent
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
