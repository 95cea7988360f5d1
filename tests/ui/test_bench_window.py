"""``tightrope bench --gui`` drives the real window; here it has to run and measure real frames."""

import pytest

from tightrope.ui import bench_window

pytestmark = pytest.mark.gui


def test_gui_bench_measures_frames_that_paint_the_panel_and_the_shelves(
    qapp, tmp_path, monkeypatch
):
    monkeypatch.setenv("TIGHTROPE_DATA_DIR", str(tmp_path / "unused"))
    result = bench_window.run(repeat=3)
    for key in bench_window.KEYS:
        r = result[key]
        assert r["n"] == 3 and 0 < r["median_ms"] <= r["p95_ms"]
    # a frame that painted nothing cannot pass for a fast one
    assert result["frames_that_painted_the_panel"] == {"open": "3/3", "forget": "3/3"}
    assert result["cards_painted_in_the_frame_after_forget"] >= 1
    assert result["data_points_left"] > 0
