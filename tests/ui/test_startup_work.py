"""What the window leaves for later at start-up (issue #18 item 5): the home page's shelves
are not built under the first-run consent screen, and the why panel's modules wait for the
panel."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tightrope.privacy import consent
from tightrope.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_home_shelves_wait_for_the_consent_answer_and_are_there_when_it_goes(qtbot, first_run):
    win = MainWindow(first_run)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.privacy.gate_visible()
    assert win.home.cards() == []  # nothing built under the screen
    reached = []
    win.privacy.screen.hideEvent = lambda _e: reached.append(len(win.home.cards()))
    qtbot.mouseClick(win.privacy.screen.accept_all, Qt.MouseButton.LeftButton)
    assert consent.decided(first_run.store) and not win.privacy.gate_visible()
    # the shelves were there before the screen went: the first frame without it shows them
    assert reached and reached[0] > 0
    expected = [i.product_id for s in first_run.recommender.shelves() if s.items for i in s.items]
    assert [c.product.id for c in win.home.cards()] == expected


def test_the_why_panel_modules_wait_for_the_panel():
    code = (
        "import sys\nimport tightrope.ui.app\n"
        "print(sorted(m for m in sys.modules if m.startswith('tightrope.ui.why')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['tightrope.ui.why', 'tightrope.ui.why.dock']"
