"""`tightrope rules --out checklist.pdf`: a real PDF whose text is the checklist's."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from tightrope.cli import main as cli
from tightrope.privacy import rules

pytestmark = pytest.mark.gui


def test_the_checklist_pdf(qapp, tmp_path, artifacts):  # qapp: not a bare QGuiApplication
    out = tmp_path / "checklist.pdf"
    assert cli.main(["rules", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    shutil.copy(out, artifacts / "rules-checklist.pdf")
    if shutil.which("pdftotext") is None:
        return
    # in drawing order (each cell's text together), ligatures as letters, a line broken
    # after a hyphen joined again
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split()).replace("- ", "-")
    for r in rules.RULES:
        assert r.title in flat, r.id  # (a row may continue on the next page: titles only)
    assert flat.count("\u2610") == len(rules.RULES)  # a box to tick per rule
    assert "Page 1 of" in flat
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                str(out),
                str(artifacts / "rules-checklist"),
            ],
            check=True,
        )
