"""Qt's side of translation: load the user's language and route the core's hook to Qt.

``install_translations`` runs once, right after the QApplication exists: it loads
``assets/i18n/tightrope_<locale>.qm`` for the system locale (or ``locale``) when there is one,
Qt's own ``qtbase`` translations for standard dialogs, and installs :func:`qt_backend` in
:mod:`tightrope.i18n` so that core and window text alike go through
``QCoreApplication.translate`` and any installed ``QTranslator``; dates in the core's
sentences are then written by QLocale too (:func:`tightrope.ui.format.day`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tightrope import i18n, paths
from tightrope.ui import format

QM_PREFIX = "tightrope"


def translations_dir() -> Path:
    """Where compiled translations (``tightrope_<locale>.qm``) ship."""
    return paths.assets_dir() / "i18n"


def _untranslated(text: str, n: int) -> str:
    """What Qt returns when no translator knows ``text``: the source with %n filled in."""
    if n < 0:
        return text
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


def qt_backend(context: str, text: str, disambiguation: str | None, n: int) -> str | None:
    """The core hook's Qt backend: the installed translators' text, or None if none has it
    (the core then writes the English plural itself)."""
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if translated == _untranslated(text, n):
        return None
    return translated


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load and install the translations for ``locale`` (default: the system's) and route
    the core's text through Qt. Returns the translators installed (parented to ``app``)."""
    locale = QLocale.system() if locale is None else locale
    folder = translations_dir() if folder is None else folder
    installed = []
    candidates = [
        (QM_PREFIX, str(folder)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory, ".qm") and app.installTranslator(
            translator
        ):
            installed.append(translator)
        else:
            translator.deleteLater()
    i18n.install(qt_backend)
    i18n.install_dates(format.day)
    return installed
