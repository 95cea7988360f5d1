"""``tightrope bench --startup`` runs real processes in pairs and reports what it measured
(no time is asserted: machines are noisy)."""

from __future__ import annotations

import pytest

from tightrope.bench import startup


def test_percentiles_interpolate_between_ranks():
    assert startup.percentile([3.0, 1.0, 2.0, 4.0], 0.5) == 2.5
    assert startup.percentile([1.0, 2.0], 0.1) == pytest.approx(1.1)
    assert startup.percentile([5.0], 0.9) == 5.0


def test_the_startup_bench_pairs_whole_processes():
    result = startup.measure(1)
    window, returning, cli = result["results"]
    assert (window["what"], returning["what"], cli["what"]) == ("window", "returning", "cli")
    for r in (window, returning, cli):
        assert r["pairs"] == 1
        for clock in ("wall", "cpu"):
            c = r[clock]
            assert len(c["app_samples_s"]) == len(c["baseline_samples_s"]) == 1
            assert c["app_samples_s"][0] > 0 and c["baseline_samples_s"][0] > 0
            assert c["ratio_of_medians"] == pytest.approx(
                c["app_samples_s"][0] / c["baseline_samples_s"][0]
            )
    text = startup.report(result)
    assert "tightrope gui --screenshot" in text and "ratio of the medians" in text
    assert f"{startup.PERSONA} persona" in text


def test_a_process_that_fails_is_reported_not_timed(tmp_path):
    env = startup._env(tmp_path / "cache", startup.HERE)
    with pytest.raises(RuntimeError, match="exited with 3"):
        startup._timed(["python3", "-c", "import sys; sys.exit(3)"], env)
