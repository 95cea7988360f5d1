"""Dates the shop shows come from QLocale (month names of the locale) in the order the
translation gives; the core's sentences use the same formatter once the window installs it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from tightrope import i18n
from tightrope.ui import format
from tightrope.ui import i18n as ui_i18n

pytestmark = pytest.mark.gui

MOMENT = datetime(2025, 11, 29, 14, 36, tzinfo=UTC)


@pytest.fixture
def new_york(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def german():
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(saved)


def test_when_reads_as_before_in_english(qapp):
    local = MOMENT.astimezone()
    assert QLocale().language() in (QLocale.Language.C, QLocale.Language.English)
    assert format.when(MOMENT) == f"{local.day} {local:%b %Y, %H:%M}"
    assert format.day(date(2025, 11, 29)) == "29 Nov 2025"


def test_month_names_come_from_the_locale(qapp, german):
    assert format.day(date(2025, 3, 4)) == "4 M\u00e4rz 2025"
    assert "M\u00e4rz" in format.when(datetime(2025, 3, 4, 12, tzinfo=UTC))


def test_the_window_writes_the_cores_dates_too(qapp, tmp_path, german):
    previous = i18n.install_dates(None)
    backend = i18n.install(None)
    installed = ui_i18n.install_translations(qapp, folder=tmp_path)  # no .qm: English text
    try:
        assert i18n.day(date(2025, 3, 4)) == "4 M\u00e4rz 2025"
        i18n.install_dates(None)  # the core on its own (command line, tests): English
        assert i18n.day(date(2025, 3, 4)) == "4 Mar 2025"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install_dates(previous)
        i18n.install(backend)


def test_when_is_the_local_wall_time_on_either_side_of_a_clock_change(qapp, new_york):
    assert format.when(MOMENT) == "29 Nov 2025, 09:36"  # EST, UTC-5
    assert format.when(datetime(2025, 7, 1, 23, 50, tzinfo=UTC)) == "1 Jul 2025, 19:50"  # EDT
