"""The privacy page's "Export & erase" tab: exporting a copy of the data, erasing everything,
and verifying on disk that deleted data is gone. Mixed into
:class:`~tightrope.ui.privacy.controller.PrivacyController`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QLayout

from tightrope.i18n import translator
from tightrope.operations import erase as erase_ops
from tightrope.privacy import erase, export
from tightrope.ui.file_dialogs import file_dialog
from tightrope.ui.navigation import HOME, Route
from tightrope.ui.privacy.dialogs import EraseDialog, VerifyDialog

tr = translator("PrivacyController")


class ExportAndErase:
    """Export, erase and verify (a mixin of the privacy controller)."""

    # --- export ----------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = file_dialog(
            self.view,
            tr("Export your data"),
            Path(folder) / f"tightrope-export.{fmt}",
            self.services.data_dir,
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(tr("JSON (*.json)") if fmt == "json" else tr("CSV (*.csv)"))
        dialog.setDefaultSuffix(fmt)
        if dialog.layout() is not None:  # the Qt dialog (not the platform's): fixed bounds
            dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            dialog.setMinimumSize(dialog.minimumSizeHint())
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: str, fmt: str) -> dict[str, Any] | None:
        try:
            out = export.write(self.rec, path, fmt)
        except OSError as exc:
            self.view.export.export_status.setText(
                tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc)
            )
            return None
        self._ui_events.report("export", file_type=fmt)  # where to is the user's own
        self.view.export.export_status.setText(
            tr(
                "Exported %n data point(s) and everything derived from them to {path} (readable "
                "only by you). It is a copy: erasing here does not delete it.",
                n=out["data_points"],
            ).format(path=out["path"])
        )
        return out

    # --- erase and verify ------------------------------------------------------------------
    @Slot()
    def ask_erase(self) -> None:
        dialog = EraseDialog(self.store.count_datums(), self.view)
        dialog.accepted.connect(lambda: self.erase_everything(dialog.keep_history.isChecked()))
        dialog.finished.connect(dialog.deleteLater)
        self.erase_dialog = dialog
        dialog.open()

    def erase_everything(self, keep_history: bool = False) -> erase.VerifyReport:
        result = erase_ops.erase_everything(self.rec, keep_consent_history=keep_history).result
        self._needles = result.needles
        self._needles_what = tr("erasing everything")
        # In-memory copies go too: back history, search box, tables, the withdrawal offer.
        self._navigator.reset(Route(HOME))
        self._search.set_search_text("")
        self.view.consent.banner.hide()
        self.view.know.status.setText("")
        self.view.know.filter.clear()
        for model in (self.summary_model, self.datum_model, self.log_model):
            model.set_rows([])
        self.view.export.erase_status.setText(
            tr("Erased %n item(s). The receipt keeps only counts.", n=result.receipt["total"])
        )
        self.view.export.verify.show()
        self.sync_gate()
        return self.verify()

    @Slot()
    def verify(self) -> erase.VerifyReport:
        """Scan the data folder for the last deletion's content and show the report."""
        needles = self._needles or erase.Needles()
        report = erase.verify(self.store, self.services.data_dir, needles)
        self.last_report = report
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.window)
            self.verify_dialog.verify_again_clicked.connect(self.verify)
        self.verify_dialog.set_report(report, self._needles_what or tr("nothing deleted yet"))
        if not self.verify_dialog.isVisible():
            self.verify_dialog.open()
        self.verified.emit(report)
        return report
