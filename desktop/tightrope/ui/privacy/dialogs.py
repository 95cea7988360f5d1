"""Dialogs of the privacy page: confirm "erase everything", and the verification report.

Both are opened with ``open()`` (window-modal, not blocking a nested event loop); the
controller acts on their ``accepted`` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.privacy.erase import VerifyReport
from tightrope.ui.widgets.labels import styled_label

tr = translator("PrivacyDialogs")


class EraseDialog(QDialog):
    """Says what "erase everything" deletes; the user may keep the consent history."""

    def __init__(self, data_points: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(tr("Erase everything"))
        layout = QVBoxLayout(self)
        # Fixed bounds before the native window exists: a layout that pushes new minimum
        # sizes to an open window makes the offscreen platform warn (propagateSizeHints).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(520, 260)
        self.resize(560, 300)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        title = styled_label(tr("Erase everything the shop knows about you?"), "h2", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        text = styled_label(
            tr(
                "This deletes your %Ln data point(s) and everything made from them: your "
                "cart, inferred interests, blocked topics, the data-use log, your settings and "
                "the key behind your partner id. The consent screen comes back. Receipts keep "
                "only counts. Files you exported yourself are not touched.",
                n=data_points,
            ),
            "muted",
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.keep_history = QCheckBox(tr("Keep the record of my consent choices"), self)
        layout.addWidget(self.keep_history)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = QPushButton(tr("Cancel"), self)
        self.cancel.setObjectName("secondaryButton")
        self.erase = QPushButton(tr("Erase everything"), self)
        self.erase.setObjectName("destructiveButton")
        self.erase.setDefault(False)
        self.cancel.setDefault(True)
        row.addWidget(self.cancel)
        row.addWidget(self.erase)
        layout.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.erase.clicked.connect(self.accept)


class VerifyDialog(QDialog):
    """The verification report: every file scanned, how many deleted strings each still
    holds (never which), and the deletion safeguards read back.

    Signals: ``verify_again_clicked()``.
    """

    verify_again_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self._report: tuple[VerifyReport, str] | None = None
        self.setWindowTitle(tr("Deletion verified?"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(560, 400)
        self.resize(720, 500)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        self.headline = styled_label("", "h2", self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.explain = styled_label("", "muted", self)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("verifyTree")
        self.tree.setAccessibleName(tr("What was checked"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Checked"), tr("Result")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        # The safeguards in plain words for a participant; the SQLite facts behind them for
        # a facilitator who asks.
        self.details = QPushButton(tr("Details"), self)
        self.details.setObjectName("secondaryButton")
        self.details.setCheckable(True)
        self.details.setAccessibleName(tr("Show the technical details of each safeguard"))
        self.details.toggled.connect(self._on_details_toggled)
        row.addWidget(self.details)
        row.addStretch(1)
        self.again = QPushButton(tr("Verify again"), self)
        self.again.setObjectName("secondaryButton")
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setObjectName("primaryButton")
        row.addWidget(self.again)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.again.clicked.connect(self.verify_again_clicked)
        self.close_button.clicked.connect(self.accept)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setText(tr("Hide details") if shown else tr("Details"))
        if self._report is not None:
            self.set_report(*self._report)

    def set_report(self, report: VerifyReport, what: str) -> None:
        self._report = (report, what)
        mark = "\u2713" if report.clean else "\u2717"
        self.headline.setText(f"{mark} {report.summary()}")
        sentences = [
            tr(
                "Scanned after: {what}. A separate process read every file in the data folder "
                "and looked for the %Ln deleted string(s), kept in memory only.",
                n=report.needles,
            ).format(what=what)
        ]
        if report.uncheckable:
            sentences.append(
                tr(
                    "%Ln deleted string(s) also appear in the catalog, so a byte scan cannot tell "
                    "them apart and they were not counted.",
                    n=report.uncheckable,
                )
            )
        sentences.append(
            tr("The receipt of this deletion says what kind and how many, never what.")
        )
        self.explain.setText(" ".join(sentences))
        self.tree.clear()
        files = QTreeWidgetItem(
            self.tree, [tr("Files in the data folder"), tr("%Ln scanned", n=len(report.files))]
        )
        for f in report.files:
            QTreeWidgetItem(
                files,
                [
                    f["file"],
                    tr("clean")
                    if not f["found"]
                    else tr("still holds %Ln deleted string(s)", n=f["found"]),
                ],
            )
        all_on = all(c.ok for c in report.checks)
        checks = QTreeWidgetItem(
            self.tree, [tr("Deletion safeguards"), tr("all on") if all_on else tr("problem")]
        )
        technical = self.details.isChecked()
        for c in report.checks:
            if technical:
                result = tr("ok: {detail}") if c.ok else tr("PROBLEM: {detail}")
                QTreeWidgetItem(checks, [c.name, result.format(detail=c.detail)])
            else:
                QTreeWidgetItem(checks, [c.plain, tr("yes") if c.ok else tr("NO: a problem")])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.header().setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
