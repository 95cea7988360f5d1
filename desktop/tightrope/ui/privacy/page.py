"""The privacy page: one tab per practice. Views only: layout and exposed widgets; the
controller (:mod:`.controller`) fills them and acts on their signals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.privacy.consent import LEVELS, level_text
from tightrope.ui import theme
from tightrope.ui.models import DatumTableModel
from tightrope.ui.privacy.consent_view import ConsentForm
from tightrope.ui.privacy.models import CategorySummaryModel, DataUseModel, DatumFilterProxy
from tightrope.ui.privacy.rights import ConsentBulkBar, GpcBox
from tightrope.ui.privacy.tabs import TAB_CONSENT
from tightrope.ui.privacy.widgets import SourceMeter
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.combo import FittingComboBox
from tightrope.ui.widgets.delegates import PaddedTextDelegate
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, PlainPage, ScrollPage

tr = translator("PrivacyPage")


def _button(text: str, parent: QWidget, primary: bool = False) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName("primaryButton" if primary else "secondaryButton")
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


def _table(parent: QWidget, name: str) -> QTableView:
    t = QTableView(parent)
    t.setObjectName("dataTable")
    t.setAccessibleName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setShowGrid(False)
    t.setFrameShape(QFrame.Shape.NoFrame)
    t.verticalHeader().setVisible(False)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = t.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class OfferBanner(QFrame):
    """After a withdrawal: "N data points are no longer used. Delete them?"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(12)
        self.text = styled_label("", "status", self)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.delete = _button(tr("Delete them"), self, primary=True)
        self.keep = _button(tr("Keep them"), self)
        row.addWidget(self.delete)
        row.addWidget(self.keep)
        self.categories: tuple[str, ...] = ()
        self.hide()


class ConsentTab(ScrollPage):
    def __init__(self, switches: Iterable[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(tr("Consent"), parent)
        self.body_layout.setSpacing(20)
        self.header = PageHeader(self.body)
        self.header.set_text(
            tr("What the shop may collect"),
            tr(
                "Each switch takes effect at once: switched off, nothing more of that "
                "kind is recorded and what is stored stops being used."
            ),
        )
        self.body_layout.addWidget(self.header)
        self.banner = OfferBanner(self.body)
        self.body_layout.addWidget(self.banner)
        self.bulk = ConsentBulkBar(self.body)  # Accept all / Reject all, one click each
        self.body_layout.addWidget(self.bulk)
        self.form = ConsentForm(switches, self.body)
        self.body_layout.addWidget(self.form)

        self.body_layout.addWidget(styled_label(tr("Personalization"), "h2", self.body))
        levels = QGridLayout()
        levels.setHorizontalSpacing(16)
        levels.setVerticalSpacing(6)
        levels.setColumnStretch(1, 1)
        self.level_group = QButtonGroup(self)
        self.levels: dict[str, QRadioButton] = {}
        for row, level in enumerate(LEVELS):
            name, line = level_text(level)
            radio = QRadioButton(name, self.body)
            radio.setAccessibleDescription(line)
            radio.setCursor(Qt.CursorShape.PointingHandCursor)
            self.level_group.addButton(radio, row)
            self.levels[level] = radio
            levels.addWidget(radio, row, 0)
            note = styled_label(line, "muted", self.body)
            note.setWordWrap(True)
            levels.addWidget(note, row, 1)
        self.body_layout.addLayout(levels)
        self.pause = QCheckBox(tr("Pause collection (what is stored is still used)"), self.body)
        self.pause.setCursor(Qt.CursorShape.PointingHandCursor)
        self.body_layout.addWidget(self.pause)
        self.body_layout.addStretch(1)


class KnowTab(ScrollPage):
    """Everything stored, grouped by category and age, with filters and bulk forgetting."""

    def __init__(
        self, summary: CategorySummaryModel, datums: DatumTableModel, parent: QWidget | None = None
    ):
        super().__init__(tr("What we know about you"), parent)
        self.body_layout.setSpacing(16)
        self.header = PageHeader(self.body)
        self.body_layout.addWidget(self.header)

        self.summary = _table(self.body, tr("Your data by category and age"))
        self.summary.setModel(summary)
        self.summary.horizontalHeader().setSectionResizeMode(
            CategorySummaryModel.COL_LABEL, QHeaderView.ResizeMode.Stretch
        )
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = 7  # the consent categories
        self.summary.setFixedHeight(
            self.summary.verticalHeader().defaultSectionSize() * rows
            + self.summary.horizontalHeader().sizeHint().height()
            + 4
        )
        self.body_layout.addWidget(self.summary)

        # Side by side at normal sizes; stacked once presenter scale or a large system font
        # makes them wider than a laptop page (the page never scrolls sideways).
        middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.setSpacing(16)
        theme.follow_scale(
            self,
            lambda: middle.setDirection(
                QBoxLayout.Direction.TopToBottom
                if theme.scale() > 1.25
                else QBoxLayout.Direction.LeftToRight
            ),
        )
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(styled_label(tr("Forget in bulk"), "h2", self.body))
        actions = QGridLayout()
        actions.setHorizontalSpacing(8)
        actions.setVerticalSpacing(8)
        self.forget_category = _button(tr("Forget this category"), self.body)
        self.forget_category.setEnabled(False)
        self.forget_category.setToolTip(tr("Select a category in the table first"))
        self.topics = FittingComboBox(self.body)
        self.topics.setAccessibleName(tr("Topic to forget"))
        self.forget_topic = _button(tr("Forget topic"), self.body)
        self.forget_hour = _button(tr("Forget the last hour"), self.body)
        self.forget_day = _button(tr("Forget the last 24 hours"), self.body)
        self.verify = _button(tr("Verify deletion"), self.body)
        self.verify.hide()  # shown once something was forgotten here
        actions.addWidget(self.forget_category, 0, 0, 1, 2)
        actions.addWidget(self.topics, 1, 0)
        actions.addWidget(self.forget_topic, 1, 1)
        actions.addWidget(self.forget_hour, 2, 0)
        actions.addWidget(self.forget_day, 2, 1)
        actions.addWidget(self.verify, 3, 0)
        actions.setColumnStretch(2, 1)
        left.addLayout(actions)
        self.status = styled_label("", "status", self.body)
        self.status.setWordWrap(True)
        self.status.hide()
        left.addWidget(self.status)
        left.addStretch(1)
        middle.addLayout(left, 1)
        self.meter = SourceMeter(self.body)
        middle.addWidget(self.meter, 1)
        self.body_layout.addLayout(middle)

        self.filter = QLineEdit(self.body)
        self.filter.setObjectName("searchField")
        self.filter.setPlaceholderText(
            tr("Filter your data points (e.g. \u201csearch\u201d, a product, a place)")
        )
        self.filter.setAccessibleName(tr("Filter your data points"))
        self.filter.setClearButtonEnabled(True)
        self.body_layout.addWidget(self.filter)
        self.proxy = DatumFilterProxy(self)
        self.proxy.setSourceModel(datums)
        self.table = _table(self.body, tr("Your data points"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DatumTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegate(PaddedTextDelegate(self.table, [DatumTableModel.COL_LABEL]))
        self.table.horizontalHeader().setSectionResizeMode(
            DatumTableModel.COL_LABEL, QHeaderView.ResizeMode.Stretch
        )
        self.table.setMinimumHeight(420)
        self.body_layout.addWidget(self.table)


class InterestsTab(ScrollPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Inferred interests"), parent)
        self.body_layout.setSpacing(16)
        self.header = PageHeader(self.body)
        self.header.set_text(
            tr("Interests we infer from your data"),
            tr(
                "A topic with at least 3 of your data points. Each lists its evidence and what it "
                "does to your recommendations. Sensitive topics are never inferred without your opt-in."
            ),
        )
        self.body_layout.addWidget(self.header)
        self.notices = QVBoxLayout()
        self.notices.setSpacing(12)
        self.body_layout.addLayout(self.notices)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        self.body_layout.addLayout(self.cards)
        self.empty = styled_label(tr("Nothing is inferred from your data."), "muted", self.body)
        self.body_layout.addWidget(self.empty)
        self.blocked = styled_label("", "small", self.body)
        self.blocked.setWordWrap(True)
        self.body_layout.addWidget(self.blocked)
        self.body_layout.addStretch(1)


class PartnersTab(ScrollPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("What partners would see"), parent)
        self.body_layout.setSpacing(16)
        self.header = PageHeader(self.body)
        self.header.set_text(
            tr("What partners would see"),
            tr(
                "The exact payload this shop would send an advertising partner, beside what it keeps "
                "here. Nothing is ever sent: the shop makes no network connections."
            ),
        )
        self.body_layout.addWidget(self.header)
        self.do_not_sell = QCheckBox(tr("Do not sell or share my data"), self.body)
        self.do_not_sell.setCursor(Qt.CursorShape.PointingHandCursor)
        self.body_layout.addWidget(self.do_not_sell)
        self.gpc = GpcBox(self.body)  # the simulated browser signal (CCPA regs §7025)
        set_anchor(self.gpc, "privacy.gpc")
        self.body_layout.addWidget(self.gpc)
        cols = QHBoxLayout()
        cols.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(styled_label(tr("A partner would receive"), "h2", self.body))
        self.payload = QPlainTextEdit(self.body)
        self.payload.setObjectName("payload")
        self.payload.setReadOnly(True)
        self.payload.setAccessibleName(tr("The payload a partner would receive"))
        self.payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload.setMinimumHeight(300)
        left.addWidget(self.payload)
        right = QVBoxLayout()
        right.addWidget(styled_label(tr("Kept on this computer"), "h2", self.body))
        self.local = styled_label("", "muted", self.body)
        self.local.setWordWrap(True)
        self.local.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.local)
        right.addStretch(1)
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)
        self.body_layout.addLayout(cols)
        self.withheld = styled_label("", "small", self.body)
        self.withheld.setWordWrap(True)
        self.body_layout.addWidget(self.withheld)
        self.body_layout.addStretch(1)


class RetentionTab(ScrollPage):
    def __init__(self, categories: Iterable[tuple[str, str, int]], parent: QWidget | None = None):
        super().__init__(tr("Retention"), parent)
        self.body_layout.setSpacing(16)
        self.header = PageHeader(self.body)
        self.header.set_text(
            tr("How long we keep your data"),
            tr(
                "When a data point is older than its category's period it is deleted for real, with "
                "a receipt that records only what kind and how many."
            ),
        )
        self.body_layout.addWidget(self.header)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.days: dict[str, QSpinBox] = {}
        for row, (cat, label, default) in enumerate(categories):
            grid.addWidget(styled_label(label, "", self.body), row, 0)
            spin = QSpinBox(self.body)
            spin.setRange(1, 3650)
            spin.setSuffix(tr(" days"))
            spin.setAccessibleName(tr("Keep {category} for").format(category=label))
            spin.setKeyboardTracking(False)  # apply once typing is done, not per keystroke
            grid.addWidget(spin, row, 1)
            grid.addWidget(
                styled_label(tr("default %Ln day(s)", n=default), "muted", self.body), row, 2
            )
            self.days[cat] = spin
        grid.setColumnStretch(3, 1)
        self.body_layout.addLayout(grid)
        self.body_layout.addWidget(styled_label(tr("Demo clock"), "h2", self.body))
        row = QHBoxLayout()
        self.advance_days = QSpinBox(self.body)
        self.advance_days.setRange(1, 3650)
        self.advance_days.setValue(30)
        self.advance_days.setSuffix(tr(" days"))
        self.advance_days.setAccessibleName(tr("Days to advance the clock by"))
        self.advance = _button(tr("Advance time"), self.body)
        row.addWidget(styled_label(tr("Advance the shop's clock by"), "", self.body))
        row.addWidget(self.advance_days)
        row.addWidget(self.advance)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.clock = styled_label("", "muted", self.body)
        self.body_layout.addWidget(self.clock)
        self.status = styled_label("", "status", self.body)
        self.status.setWordWrap(True)
        self.body_layout.addWidget(self.status)
        self.body_layout.addStretch(1)


class LogTab(PlainPage):
    def __init__(self, model: DataUseModel, parent: QWidget | None = None):
        super().__init__(tr("Data-use log"), parent)
        self.body_layout.setSpacing(12)
        self.header = PageHeader(self.body)
        self.header.set_text(
            tr("Data-use log"),
            tr(
                "Each time your recommendations are computed, which kinds of data were used: counts "
                "only, never which data points. Uses are added up per minute so that every click "
                "does not mean another write to disk."
            ),
        )
        self.body_layout.addWidget(self.header)
        self.table = _table(self.body, tr("Data-use log"))
        self.table.setModel(model)
        self.table.horizontalHeader().setSectionResizeMode(
            DataUseModel.COL_SOURCE, QHeaderView.ResizeMode.Stretch
        )
        self.body_layout.addWidget(self.table, 1)


class ExportTab(ScrollPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Export and erase"), parent)
        self.body_layout.setSpacing(16)
        self.header = PageHeader(self.body)
        self.set_explained(True)
        self.body_layout.addWidget(self.header)
        row = QHBoxLayout()
        self.export_json = _button(tr("Export as JSON\u2026"), self.body)
        self.export_csv = _button(tr("Export as CSV\u2026"), self.body)
        row.addWidget(self.export_json)
        row.addWidget(self.export_csv)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.export_status = styled_label("", "status", self.body)
        self.export_status.setWordWrap(True)
        self.body_layout.addWidget(self.export_status)
        self.body_layout.addWidget(styled_label(tr("Erase everything"), "h2", self.body))
        note = styled_label(
            tr(
                "Deletes all personal data and everything derived from it, resets your consent, then "
                "checks every file in the data folder for what was deleted."
            ),
            "muted",
            self.body,
        )
        note.setWordWrap(True)
        self.body_layout.addWidget(note)
        row = QHBoxLayout()
        self.erase = _button(tr("Erase everything\u2026"), self.body)
        self.erase.setObjectName("destructiveButton")  # deletes for good: not the main action
        self.verify = _button(tr("Verify the last deletion"), self.body)
        self.verify.hide()  # shown after a deletion
        row.addWidget(self.erase)
        row.addWidget(self.verify)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.erase_status = styled_label("", "status", self.body)
        self.erase_status.setWordWrap(True)
        self.body_layout.addWidget(self.erase_status)
        self.body_layout.addStretch(1)

    def set_explained(self, shown: bool) -> None:
        """The header; the opaque study condition's names no explanation the file holds."""
        self.header.set_text(
            tr("Take your data with you, or erase it"),
            tr(
                "The export holds every data point, inferred interests, consent history, exclusions, "
                "deletion receipts, the data-use log and how each kind of data is used. Files are "
                "readable only by you."
            )
            if shown
            else tr(
                "Download a copy of the data this shop holds about you, or erase it. Files are "
                "readable only by you."
            ),
        )


class PrivacyView(QWidget):
    """The page: a title and the tabs."""

    def __init__(
        self,
        switches: list[tuple[str, str]],
        retention: list[tuple[str, str, int]],
        summary: CategorySummaryModel,
        datums: DatumTableModel,
        log: DataUseModel,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAccessibleName(tr("Privacy"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        self.tabs.setAccessibleName(tr("Privacy controls"))
        self.tabs.setDocumentMode(True)
        self.consent = ConsentTab(switches, self.tabs)
        self.know = KnowTab(summary, datums, self.tabs)
        self.interests = InterestsTab(self.tabs)
        self.partners = PartnersTab(self.tabs)
        self.retention = RetentionTab(retention, self.tabs)
        self.log = LogTab(log, self.tabs)
        self.export = ExportTab(self.tabs)
        for widget, title in (
            (self.consent, tr("Consent")),
            (self.know, tr("What we know")),
            (self.interests, tr("Inferred interests")),
            (self.partners, tr("Partners")),
            (self.retention, tr("Retention && time")),
            (self.log, tr("Data-use log")),
            (self.export, tr("Export && erase")),
        ):
            self.tabs.addTab(widget, title)  # "&&": a literal ampersand, not a mnemonic
        layout.addWidget(self.tabs)

    def show_explanations(self, shown: bool) -> None:
        """The opaque study condition keeps the plain settings a typical shop has (consent,
        personalization level, export, erase) and drops every tab that explains: what we
        know (and where recommendations come from), inferred interests, what partners
        would see, retention, the data-use log (docs/user-study.md, "Conditions")."""
        for widget in (self.know, self.interests, self.partners, self.retention, self.log):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), shown)
        self.export.set_explained(shown)
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(TAB_CONSENT)
        name = tr("Privacy controls") if shown else tr("Privacy settings")
        self.tabs.setAccessibleName(name)

    def cards(self) -> list[ProductCard]:
        return []

    def scroll_to_top(self) -> None:
        pass
