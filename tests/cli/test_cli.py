"""The command line: documented JSON shapes, clear errors, real deletion."""

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import files_containing, run_cli
from tightrope import __version__
from tightrope.operations import record as record_ops


def run(capsys, *argv):
    code = run_cli(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def user_dir(services, catalog):
    """A data folder with a small outdoor history, written through the real store."""
    st = services.store
    record_ops.record(st, "view", product_id="trail-tent-2p", where="home page")
    record_ops.record(st, "search", text="camping stove", where="search box")
    record_ops.record(st, "purchase", product_id="cotton-balls-200", value=1, where="checkout")
    record_ops.record(st, "declared_interest", text="kitchen", where="profile")
    services.close()
    return str(services.data_dir.root)


def test_version_and_module_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "tightrope", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.strip() == f"tightrope {__version__}"


def test_catalog_json(capsys):
    code, out, _ = run(capsys, "catalog", "--json")
    products = json.loads(out)
    assert code == 0 and len(products) >= 300
    assert len({p["category"] for p in products}) >= 12
    assert len({p["category"] for p in products if p["sensitive"]}) >= 3
    for key in ("id", "name", "category", "price", "sensitive"):
        assert all(key in p for p in products)


def test_data_json_lists_every_data_point(capsys, user_dir):
    code, out, _ = run(capsys, "--data-dir", user_dir, "data", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4
    for key in ("id", "kind", "label", "product_id", "collected_at", "consent_category"):
        assert all(key in r for r in rows)
    search = next(r for r in rows if r["kind"] == "search")
    assert search["label"] == "You searched for \u201ccamping stove\u201d"
    assert search["product_id"] is None and search["consent_category"] == "searches"


def test_data_dir_flag_after_the_subcommand(capsys, user_dir):
    code, out, _ = run(capsys, "data", "--json", "--data-dir", user_dir)
    assert code == 0 and len(json.loads(out)) == 4


def test_recommend_json_shape_and_exact_sums(capsys, user_dir):
    code, out, _ = run(capsys, "--data-dir", user_dir, "recommend", "--top", "5", "--json")
    recs = json.loads(out)
    assert code == 0 and [r["rank"] for r in recs] == [1, 2, 3, 4, 5]
    for r in recs:
        assert {"product_id", "name", "rank", "score", "contributions"} <= set(r)
        assert sum(c["contribution"] for c in r["contributions"]) == pytest.approx(r["score"])
        for c in r["contributions"]:
            assert {"source", "datum_id", "label", "contribution", "share"} <= set(c)
    assert any(c["datum_id"] is not None for r in recs for c in r["contributions"])


def test_why_not_in_top_has_null_rank_and_counterfactual(capsys, user_dir):
    code, out, _ = run(capsys, "--data-dir", user_dir, "why", "wet-cat-food-variety", "--json")
    if code != 0:  # the product id must exist in the shipped catalog
        pytest.fail(out)
    why = json.loads(out)
    assert why["rank"] is None and "counterfactual" in why


def test_unknown_product_is_a_clear_error(capsys, user_dir):
    code, out, err = run(capsys, "--data-dir", user_dir, "why", "no-such-thing")
    assert code == 1 and out == ""
    assert "no-such-thing" in err and "Traceback" not in err


def test_forget_deletes_for_real_and_prints_a_receipt(capsys, user_dir):
    from pathlib import Path

    code, out, _ = run(capsys, "--data-dir", user_dir, "data", "--json")
    search = next(r for r in json.loads(out) if r["kind"] == "search")
    code, out, _ = run(capsys, "--data-dir", user_dir, "forget", str(search["id"]), "--json")
    change = json.loads(out)
    assert code == 0 and change["receipt"]["counts"] == {"search": 1}
    assert "camping stove" not in out
    assert files_containing(Path(user_dir), b"camping stove") == []


def test_forget_topic_and_exclude_include(capsys, user_dir):
    code, out, _ = run(capsys, "--data-dir", user_dir, "forget", "--topic", "kitchen", "--json")
    assert code == 0 and json.loads(out)["receipt"]["counts"] == {"declared_interest": 1}
    code, out, _ = run(capsys, "--data-dir", user_dir, "data", "--json")
    view = next(r for r in json.loads(out) if r["kind"] == "view")
    assert run(capsys, "--data-dir", user_dir, "exclude", str(view["id"]))[0] == 0
    rows = json.loads(run(capsys, "--data-dir", user_dir, "data", "--json")[1])
    assert next(r for r in rows if r["id"] == view["id"])["excluded"] is True
    assert run(capsys, "--data-dir", user_dir, "include", str(view["id"]))[0] == 0
    rows = json.loads(run(capsys, "--data-dir", user_dir, "data", "--json")[1])
    assert next(r for r in rows if r["id"] == view["id"])["excluded"] is False


def test_forget_unknown_topic_and_datum(capsys, user_dir):
    code, _, err = run(capsys, "--data-dir", user_dir, "forget", "--topic", "astrology")
    assert code == 1 and "astrology" in err
    code, _, err = run(capsys, "--data-dir", user_dir, "forget", "999999")
    assert code == 1 and "999999" in err


def test_bench_small_run_reports_medians(capsys):
    code, out, _ = run(capsys, "bench", "--products", "1000", "--repeat", "3", "--json")
    (row,) = json.loads(out)
    assert code == 0 and row["products"] == 1000
    for key in ("recommend", "why", "preview", "counterfactual", "forget_then_recommend"):
        assert row[key]["n"] >= 3 and row[key]["median_ms"] <= row[key]["p95_ms"]


def test_k_anonymity_is_configurable_with_a_floor(capsys, user_dir, monkeypatch):
    monkeypatch.setenv("TIGHTROPE_K_ANONYMITY", "10")
    code, _, err = run(capsys, "--data-dir", user_dir, "recommend")
    assert code == 1 and "TIGHTROPE_K_ANONYMITY='10'" in err and "11" in err
    monkeypatch.setenv("TIGHTROPE_K_ANONYMITY", "120")
    code, out, _ = run(capsys, "--data-dir", user_dir, "recommend", "--json")
    cohorts = [
        c["detail"]["cohort"]
        for r in json.loads(out)
        for c in r["contributions"]
        if c["source"] == "community"
    ]
    assert code == 0 and all(n >= 120 for n in cohorts)


def test_version_and_help_load_neither_scipy_nor_sqlite_utils():
    """They parse and exit: the storage and engine modules are imported after parsing."""
    code = (
        "import sys\n"
        "from tightrope.cli.main import main\n"
        "for argv in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(m for m in ('scipy', 'sqlite_utils', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _modules_after(code: str) -> list[str]:
    """Which of scipy, sqlite_utils and numpy a fresh interpreter holds after ``code``."""
    probe = (
        code
        + "\nimport sys\nprint(sorted(m for m in ('scipy', 'sqlite_utils', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])  # a printed list of names


def test_importing_the_cli_loads_neither_scipy_nor_sqlite_utils():
    assert _modules_after("import tightrope.cli.main") == []


def test_the_shop_and_its_window_never_import_scipy(tmp_path):
    """scipy is for the offline benchmarks and the study statistics only: opening the
    services, recommending and importing the window do without it (~0.25 s of every start)."""
    code = (
        "from tightrope import paths\n"
        "from tightrope.services import open_services\n"
        f"svc = open_services(paths.resolve_data_dir({str(tmp_path / 'data')!r}))\n"
        "svc.recommender.recommend(20)\n"
        "svc.close()\n"
        "import tightrope.ui.app\n"
    )
    assert _modules_after(code) == ["numpy", "sqlite_utils"]


def test_the_command_exits_quickly_with_all_its_output(tmp_path):
    """``python -m tightrope`` leaves the interpreter with os._exit after main: its output is
    flushed whole first, and its exit status is main's."""
    env = {**os.environ, "TIGHTROPE_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-m", "tightrope", "catalog", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0 and len(json.loads(out.stdout)) >= 300
    bad = subprocess.run(
        [sys.executable, "-m", "tightrope", "why", "no-such-product"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 1 and "no-such-product" in bad.stderr
