"""Item models of the privacy page. Each resets with ``set_rows()`` and exposes raw values in
:data:`SORT_ROLE` (from tightrope.ui.models), so a sort proxy orders numbers by value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tightrope.i18n import translator
from tightrope.storage.datums import CONSENT_CATEGORIES, Datum, consent_label
from tightrope.ui import theme
from tightrope.ui.models import SORT_ROLE, DatumTableModel
from tightrope.ui.widgets.labels import plain_tooltip

tr = translator("PrivacyTables")

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 10

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class CategoryRow:
    """One consent category: whether it is collected, and its data by age."""

    category: str
    label: str
    consent: bool
    total: int
    last_hour: int
    last_day: int
    last_month: int
    older: int
    keep_days: int

    @staticmethod
    def build(
        datums: Sequence[Datum], now: datetime, granted: frozenset[str], keep: dict[str, int]
    ) -> list[CategoryRow]:
        rows = []
        for cat in CONSENT_CATEGORIES:
            label = consent_label(cat)
            ages = [now - d.collected_at for d in datums if d.consent_category == cat]
            hour = sum(a <= timedelta(hours=1) for a in ages)
            day = sum(timedelta(hours=1) < a <= timedelta(days=1) for a in ages)
            month = sum(timedelta(days=1) < a <= timedelta(days=30) for a in ages)
            rows.append(
                CategoryRow(
                    cat,
                    label,
                    cat in granted,
                    len(ages),
                    hour,
                    day,
                    month,
                    len(ages) - hour - day - month,
                    keep.get(cat, 0),
                )
            )
        return rows


class _TableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

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

    def _value(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def _text(self, row: Any, column: int) -> str:
        return str(self._value(row, column))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a search's words may look like HTML
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{column}: {value}").format(
                column=tr(self.HEADERS[column]), value=self._text(row, column)
            )
        if role == SORT_ROLE:
            value = self._value(row, column)
            return value.casefold() if isinstance(value, str) else value
        return self._extra(row, column, role)

    def _extra(self, row: Any, column: int, role: int) -> Any:
        return None


class CategorySummaryModel(_TableModel):
    """Per consent category: collected or not, how many data points, by age."""

    COL_LABEL, COL_CONSENT, COL_TOTAL, COL_HOUR, COL_DAY, COL_MONTH, COL_OLDER, COL_KEEP = range(8)
    HEADERS = (
        tr.mark("Category"),
        tr.mark("Collected"),
        tr.mark("Stored"),
        tr.mark("Past hour"),
        tr.mark("Past day"),
        tr.mark("Past month"),
        tr.mark("Older"),
        tr.mark("Kept for"),
    )

    def _value(self, row: CategoryRow, column: int) -> Any:
        return (
            row.label,
            row.consent,
            row.total,
            row.last_hour,
            row.last_day,
            row.last_month,
            row.older,
            row.keep_days,
        )[column]

    def _text(self, row: CategoryRow, column: int) -> str:
        if column == self.COL_CONSENT:
            return tr("Yes") if row.consent else tr("No")
        if column == self.COL_KEEP:
            return tr("%Ln day(s)", n=row.keep_days)
        return str(self._value(row, column))

    def _extra(self, row: CategoryRow, column: int, role: int) -> Any:
        if role == CATEGORY_ROLE:
            return row.category
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.COL_CONSENT
            and not row.consent
        ):
            return theme.color("muted")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DataUseModel(_TableModel):
    """The data-use log: per minute and source, computations and data points (counts only)."""

    COL_MINUTE, COL_SOURCE, COL_COMPUTATIONS, COL_POINTS = range(4)
    HEADERS = (
        tr.mark("Minute"),
        tr.mark("Source"),
        tr.mark("Computations"),
        tr.mark("Most data points used"),
    )

    def _value(self, row: dict[str, Any], column: int) -> Any:
        return (row["minute"], row["label"], row["computations"], row["data_points"])[column]

    def _text(self, row: dict[str, Any], column: int) -> str:
        if column == self.COL_MINUTE:
            return row["minute"].replace("T", " ")[:16]
        return str(self._value(row, column))

    def _extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_COMPUTATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DatumFilterProxy(QSortFilterProxyModel):
    """Filters the data-point table by consent category and by text in any column."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._category: str | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def _refilter(self, apply: Any) -> None:
        # Qt 6.9+ wants begin/endFilterChange (invalidateRowsFilter is deprecated there);
        # the project still allows PySide6 6.8.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def set_category(self, label: str | None) -> None:
        self._refilter(lambda: setattr(self, "_category", label))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DatumTableModel):
            return True
        row = model.row_at(source_row)
        if self._category is not None and row.consent != self._category:
            return False
        if self._text:
            hay = " ".join((row.label, row.kind_text, row.where, row.consent)).casefold()
            return self._text in hay
        return True
