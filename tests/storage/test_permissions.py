"""Everything personal the app writes is private to the user: folders 0700, files 0600.

Already covered elsewhere: the data folder and database files (test_store.py), exports
(test_export.py, ui/test_privacy.py), a session log file (test_sessions.py), quarantined
files (test_faults.py). Here: the folders around them, and files that already existed with
a looser mode before the app wrote into them.
"""

import os
import stat

from tightrope.storage import faults
from tightrope.storage.store import Store
from tightrope.workshop import session_csv, sessions


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_sessions_folder_log_and_csv_are_private(tmp_path):
    folder = sessions.sessions_dir(tmp_path)
    assert _mode(folder) == 0o700
    rec = sessions.SessionRecorder.start(
        folder, participant="P01", condition="opaque", persona="home-cook"
    )
    path = rec.end()
    assert _mode(path) == 0o600
    out = tmp_path / "p01.csv"
    out.write_text("old")
    os.chmod(out, 0o644)  # a file the facilitator made earlier
    session_csv.write_csv(sessions.read_session(path), out)
    assert _mode(out) == 0o600


def test_quarantine_folder_and_files_are_private(data_dir, catalog):
    Store.open(data_dir.database, catalog).close()
    moved = faults.quarantine(data_dir)
    assert _mode(faults.quarantine_dir(data_dir.root)) == 0o700
    for f in moved.files:
        assert _mode(f) == 0o600, f


def test_files_a_user_names_are_private_even_under_umask_000(services, tmp_path):
    """report --out was written 0666 under umask 000 (issue #16); every file a user names
    goes through tightrope.storage.files: a 0600 temporary file renamed over the name."""
    from tightrope.cli.main import main
    from tightrope.privacy import export
    from tightrope.workshop import report, report_html

    rec = sessions.SessionRecorder.start(
        sessions.sessions_dir(tmp_path / "s"),
        participant="P01",
        condition="opaque",
        persona="home-cook",
    )
    log = rec.end()
    old = os.umask(0)
    try:
        export.write(services.recommender, tmp_path / "e.json", "json")
        session_csv.write_csv(sessions.read_session(log), tmp_path / "s.csv")
        report_html.write_html(report.build_report([log]), tmp_path / "r.html")
        assert main(["report", str(log), "--out", str(tmp_path / "cli.html")]) == 0
    finally:
        os.umask(old)
    for name in ("e.json", "s.csv", "r.html", "cli.html"):
        assert _mode(tmp_path / name) == 0o600, name
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_existing_folders_made_loose_are_made_private(tmp_path, catalog):
    """sessions/ and quarantine/ made 0777 earlier (by hand, another umask) kept 0777:
    mkdir(exist_ok=True) leaves a folder's mode alone (issue #16)."""
    from tightrope import paths

    root = tmp_path / "data"
    old = os.umask(0)
    try:
        for name in ("sessions", "quarantine", "qt"):
            (root / name).mkdir(parents=True, mode=0o777)
        assert _mode(root / "sessions") == 0o777
        data_dir = paths.resolve_data_dir(root)  # opening the folder tightens them
        assert {n: _mode(root / n) for n in ("sessions", "quarantine", "qt")} == dict.fromkeys(
            ("sessions", "quarantine", "qt"), 0o700
        )
        for name in ("sessions", "quarantine"):
            os.chmod(root / name, 0o777)
        sessions.sessions_dir(root)
        Store.open(data_dir.database, catalog).close()
        faults.quarantine(data_dir)
    finally:
        os.umask(old)
    assert _mode(root / "sessions") == 0o700 and _mode(root / "quarantine") == 0o700


def test_a_file_name_that_is_a_symbolic_link_is_refused(services, tmp_path, capsys):
    """export --out followed a link, overwrote its target and made it 0600."""
    from tightrope.cli.main import main

    services.close()
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    os.chmod(target, 0o644)
    log = sessions.SessionRecorder.start(
        sessions.sessions_dir(tmp_path / "s"),
        participant="P01",
        condition="opaque",
        persona="home-cook",
    ).end()
    root = str(services.data_dir.root)
    for argv in (
        ["export", "--format", "json", "--out", "{link}", "--data-dir", root],
        ["session", "export", str(log), "--out", "{link}"],
        ["report", str(log), "--out", "{link}"],
    ):
        link = tmp_path / ("out.html" if argv[0] == "report" else "out.json")
        link.symlink_to(target)
        assert main([a.replace("{link}", str(link)) for a in argv]) == 1, argv
        err = capsys.readouterr().err
        assert "symbolic link" in err and "Traceback" not in err, err
        assert link.is_symlink() and target.read_text() == "mine" and _mode(target) == 0o644
        link.unlink()
