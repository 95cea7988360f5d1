"""Faults the app must survive (issue #7): a damaged database, a second instance, a folder
that cannot be written, a database from an older or a newer version.

Each test breaks the promise it is named after if the code breaks it: the damaged file is
compared byte for byte before and after, the second writer is a real second process, a full
disk is a real file-size limit enforced by the kernel.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from tests.helpers import DESKTOP
from tightrope import paths
from tightrope.cli.main import main
from tightrope.operations import consent as consent_ops
from tightrope.operations import erase as erase_ops
from tightrope.operations import record as record_ops
from tightrope.privacy import consent, erase
from tightrope.services import open_services
from tightrope.storage import faults, recovery
from tightrope.storage.store import migrations

MARKER = "faultmarker-7f3a91"


def make_shop(root: Path) -> paths.DataDir:
    """A data folder with a real database: consent given, a few data points with a marker."""
    data_dir = paths.resolve_data_dir(root)
    services = open_services(data_dir)
    try:
        consent_ops.accept_all(services.store, "test")
        store = services.store
        record_ops.record(store, "search", text=MARKER, where="search box")
        for product in services.catalog.products[:5]:
            record_ops.record(store, "view", product_id=product.id, where="test")
        record_ops.add_to_cart(store, services.catalog.products[0].id)
    finally:
        services.close()
    return data_dir


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_cli(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    environ = {**os.environ, "PYTHONPATH": str(DESKTOP), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tightrope", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        **kw,
    )


# --- 1. a damaged database --------------------------------------------------------------------


def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(64 * 1024))


def _truncated(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def _png(db: Path) -> None:
    """A real 64x64 PNG picture (built with zlib), renamed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\0" + os.urandom(64 * 3) for _ in range(64))
    db.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _zip(db: Path) -> None:
    db.unlink()
    with zipfile.ZipFile(db, "w") as z:
        z.writestr("notes.txt", "not a database " * 200)


def _middle_pages_overwritten(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for i in range(page * 2, len(data) - page, page * 3):
        data[i : i + page] = os.urandom(page)
    db.write_bytes(bytes(data))


def _header_overwritten(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.write(os.urandom(100))


def _someone_elses_sqlite(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


DAMAGE = {
    "garbage bytes": _garbage,
    "truncated": _truncated,
    "a PNG renamed": _png,
    "a zip renamed": _zip,
    "pages overwritten": _middle_pages_overwritten,
    "header overwritten": _header_overwritten,
    "another program's SQLite file": _someone_elses_sqlite,
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_database_is_refused_before_anything_writes_to_it(tmp_path, damage, capsys):
    data_dir = make_shop(tmp_path / "data")
    # A real (garbage) journal beside it: it must be left alone and moved with the database.
    data_dir.database.with_name("tightrope.db-journal").write_bytes(b"\x01" * 700)
    DAMAGE[damage](data_dir.database)
    before = digests(data_dir.root)

    with pytest.raises(faults.DamagedDatabase) as info:
        open_services(data_dir)
    assert info.value.path == data_dir.database
    assert digests(data_dir.root) == before, "the damaged database was modified"

    assert main(["--data-dir", str(data_dir.root), "data"]) == faults.EXIT_DAMAGED
    err = capsys.readouterr().err
    assert f"The database {data_dir.database} is damaged" in err
    assert "tightrope recover --start-fresh" in err and "tightrope recover --restore" in err
    assert "Traceback" not in err
    assert digests(data_dir.root) == before, "the CLI modified the damaged database"
    assert not (data_dir.root / "quarantine").exists()


def test_start_fresh_moves_every_damaged_file_aside_and_says_where(tmp_path, capsys):
    data_dir = make_shop(tmp_path / "data")
    for suffix in ("-journal", "-wal", "-shm"):
        data_dir.database.with_name("tightrope.db" + suffix).write_bytes(suffix.encode() * 100)
    _garbage(data_dir.database)
    before = digests(data_dir.root)

    assert main(["--data-dir", str(data_dir.root), "recover", "--start-fresh"]) == 0
    out = capsys.readouterr().out
    qdir = data_dir.root / "quarantine"
    moved = sorted(p.name for p in qdir.iterdir())
    assert len(moved) == 4
    stem = moved[0]
    assert stem.startswith("tightrope-corrupt-") and stem.endswith(".db")
    assert moved == sorted([stem, stem + "-journal", stem + "-shm", stem + "-wal"])
    # byte for byte the same files, now in quarantine/, private to the user
    for name in ("tightrope.db", "tightrope.db-journal", "tightrope.db-wal", "tightrope.db-shm"):
        q = qdir / name.replace("tightrope.db", stem)
        assert hashlib.sha256(q.read_bytes()).hexdigest() == before[name]
        assert (q.stat().st_mode & 0o777) == 0o600
    assert str(qdir / stem) in out
    # an empty, healthy shop now
    services = open_services(data_dir)
    try:
        assert services.store.count_datums() == 0
        assert not consent.decided(services.store)
    finally:
        services.close()
    # a healthy database is never moved by "start fresh"
    assert main(["--data-dir", str(data_dir.root), "recover", "--start-fresh"]) == 1
    assert "not damaged" in capsys.readouterr().err
    assert len(list(qdir.iterdir())) == 4


def test_erase_everything_removes_the_quarantined_copy_and_verify_checks_it(tmp_path):
    data_dir = make_shop(tmp_path / "data")
    # the damage keeps the marker readable in the file: a quarantined copy is personal data
    _header_overwritten(data_dir.database)
    with pytest.raises(faults.DamagedDatabase):
        open_services(data_dir)
    result = recovery.recover(data_dir)
    services = result.services
    try:
        from tests.helpers import files_containing

        assert files_containing(data_dir.root, MARKER.encode()), "test premise: the copy holds it"
        needles = erase.Needles([MARKER.encode()])
        report = erase.verify(services.store, data_dir, needles)
        assert not report.clean
        assert any(c.name == "no quarantined copies" and not c.ok for c in report.checks)

        done = erase_ops.erase_everything(services.recommender).result
        assert done.receipt["counts"]["quarantined copy"] == 1
        assert not (data_dir.root / "quarantine").exists()
        report = erase.verify(services.store, data_dir, erase.Needles([MARKER.encode()]))
        assert report.clean, report.summary()
        assert files_containing(data_dir.root, MARKER.encode()) == []
    finally:
        services.close()


# --- 2. one writer per data folder -------------------------------------------------------------

HOLDER = """
import sys, time
from tightrope import paths
from tightrope.services import open_services
s = open_services(paths.resolve_data_dir(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_instance_is_told_the_folder_is_open_elsewhere(tmp_path):
    data_dir = make_shop(tmp_path / "data")
    first = open_services(data_dir)
    try:
        with pytest.raises(faults.AlreadyOpen) as info:
            open_services(data_dir)
        assert str(data_dir.root) in str(info.value)
        assert "already open in another window" in str(info.value)
    finally:
        first.close()
    open_services(data_dir).close()  # released on close


def test_a_cli_writer_while_the_window_is_open_gets_the_message_and_changes_nothing(tmp_path):
    data_dir = make_shop(tmp_path / "data")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir.root)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digests(data_dir.root)
        for args in (
            ["forget", "1"],
            ["consent", "reject-all"],
            ["data", "--json"],
            ["recover", "--start-fresh"],
        ):
            r = run_cli("--data-dir", str(data_dir.root), *args)
            assert r.returncode == faults.EXIT_ALREADY_OPEN, (args, r.stderr)
            assert f"Tightrope is already open in another window on {data_dir.root}." in r.stderr
            assert "Traceback" not in r.stderr
        assert digests(data_dir.root) == before
        # the catalog needs no data folder: it still works
        assert run_cli("--data-dir", str(data_dir.root), "catalog").returncode == 0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # a killed holder leaves no stale lock: the OS dropped it with the process
    r = run_cli("--data-dir", str(data_dir.root), "data", "--json")
    assert r.returncode == 0, r.stderr


def test_database_is_locked_from_outside_says_another_program_has_it(tmp_path, capsys):
    """Something that ignores our lock file (an old version, a DB browser) holds SQLite's
    write lock: not corruption, one plain sentence saying so, nothing changed."""
    data_dir = make_shop(tmp_path / "data")
    other = sqlite3.connect(data_dir.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert (
            main(["--data-dir", str(data_dir.root), "consent", "reject-all"])
            == faults.EXIT_ALREADY_OPEN
        )
        err = capsys.readouterr().err
        assert f"Another program is using the database {data_dir.database}" in err
        assert "the change was not saved" in err and "damaged" not in err
        assert not (data_dir.root / "quarantine").exists()
    finally:
        other.execute("ROLLBACK")
        other.close()
    services = open_services(data_dir)
    try:
        assert consent.state(services.store).categories["browsing"] is True
    finally:
        services.close()


def test_translate_names_the_folder_for_each_sqlite_failure(tmp_path):
    folder = tmp_path / "shop"
    cases = {
        "database is locked": faults.LockedByAnotherProgram,
        "attempt to write a readonly database": paths.DataDirError,
        "database or disk is full": paths.DataDirError,
        "disk I/O error": paths.DataDirError,
        "unable to open database file": paths.DataDirError,
    }
    for message, kind in cases.items():
        err = faults.translate(sqlite3.OperationalError(message), folder)
        assert isinstance(err, kind), message
        assert str(folder) in str(err), message
    other = sqlite3.OperationalError("no such table: x")
    assert faults.translate(other, folder) is other


# --- 3. a folder that cannot be written, a full disk --------------------------------------------


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_leaves_no_half_written_change_and_names_the_folder(tmp_path):
    """A real write failure: RLIMIT_FSIZE makes the kernel refuse to grow any file beyond the
    database's current size (root is not exempt), as a full disk would."""
    data_dir = make_shop(tmp_path / "data")
    conn = sqlite3.connect(data_dir.database)
    count_before = conn.execute("SELECT count(*) FROM datums").fetchone()[0]
    conn.close()
    size = data_dir.database.stat().st_size
    r = run_cli(
        "--data-dir",
        str(data_dir.root),
        "persona",
        "load",
        "outdoor-enthusiast",
        "--yes",
        preexec_fn=_limit_file_size(size),
    )
    assert r.returncode == 1, r.stderr
    assert f"could not save to its data folder {data_dir.root}" in r.stderr
    assert "Traceback" not in r.stderr
    conn = sqlite3.connect(data_dir.database)  # rolls back a hot journal if one was left
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM datums").fetchone()[0] == count_before
        texts = [row[0] for row in conn.execute("SELECT text FROM datums WHERE kind = 'search'")]
        assert MARKER in texts
    finally:
        conn.close()


def test_full_database_inside_one_store_rolls_back_a_multi_row_write(services):
    """The same promise at the store level, with SQLite's own page limit."""
    store = services.store
    before = store.count_datums()
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    rows = [{"kind": "search", "text": "x" * 2000, "where": "test"} for _ in range(200)]
    with pytest.raises(sqlite3.OperationalError, match="full"):
        record_ops.record_many(store, rows)
    assert store.count_datums() == before
    err = faults.translate(
        sqlite3.OperationalError("database or disk is full"), services.data_dir.root
    )
    assert str(services.data_dir.root) in str(err)


@pytest.fixture
def read_only_folder(tmp_path):
    """A data folder on a file system mounted read-only: the one 'read-only' that root cannot
    write through either (tests run as root here, and root ignores chmod). Without the right
    to mount, a non-root user gets a chmod 0500 folder, which binds them just as well."""
    root = tmp_path / "mnt"
    root.mkdir()
    if os.geteuid() != 0:  # pragma: no cover - CI as an ordinary user
        data_dir = make_shop(root / "data")
        os.chmod(data_dir.root, 0o500)
        yield data_dir
        os.chmod(data_dir.root, 0o700)
        return
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", str(root)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:  # pragma: no cover
        pytest.skip(f"root without the right to mount a file system: {r.stderr.strip()}")
    try:
        data_dir = make_shop(root / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(root)], check=True)
        yield data_dir
    finally:
        subprocess.run(["umount", str(root)], check=False)


def test_a_read_only_data_folder_is_named_and_nothing_is_half_written(read_only_folder):
    data_dir = read_only_folder
    before = digests(data_dir.root)
    for args in (["consent", "reject-all"], ["forget", "1"], ["data"]):
        r = run_cli("--data-dir", str(data_dir.root), *args)
        assert r.returncode == 1, (args, r.stderr)
        assert str(data_dir.root) in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    assert digests(data_dir.root) == before


# --- 4. schema upgrades -------------------------------------------------------------------------


def test_a_database_from_an_older_version_migrates_and_keeps_its_data(tmp_path):
    data_dir = paths.resolve_data_dir(tmp_path / "data")
    db = sqlite_utils.Database(data_dir.database)
    migrations.apply(db, stop_before="m004_create_receipts_and_meta")
    product = ("trail-tent-2p", "Trail Tent", "Brand", "outdoor", 199.0, 0, 0, 0)
    db.execute("INSERT INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(product))
    at = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
    db.execute(
        "INSERT INTO datums (kind, product_id, text, value, collected_at, collected_where,"
        " consent_category) VALUES ('view', 'trail-tent-2p', NULL, NULL, ?, 'old app', 'browsing')",
        [at],
    )
    db.execute(
        "INSERT INTO datums (kind, product_id, text, value, collected_at, collected_where,"
        " consent_category) VALUES ('search', NULL, ?, NULL, ?, 'old app', 'searches')",
        [MARKER, at],
    )
    db.execute("INSERT INTO cart (product_id, qty, datum_id) VALUES ('trail-tent-2p', 2, 1)")
    db.conn.commit()
    assert [m.name for m in migrations.applied(db)] == [
        "m001_create_products",
        "m002_create_datums",
        "m003_create_cart",
    ]
    db.close()

    services = open_services(data_dir)
    try:
        store = services.store
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == faults.known_migrations()
        assert {d.text for d in store.datums()} == {None, MARKER}
        assert [d.collected_where for d in store.datums()] == ["old app", "old app"]
        assert store.cart() == [("trail-tent-2p", 2)]
        assert store.receipts() == []  # m004's table now exists
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        services.close()


def test_a_database_from_a_newer_version_is_refused_and_not_modified(tmp_path, capsys):
    data_dir = make_shop(tmp_path / "data")
    conn = sqlite3.connect(data_dir.database)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('tightrope', 'm006_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = digests(data_dir.root)

    with pytest.raises(faults.NewerDatabase):
        open_services(data_dir)
    assert main(["--data-dir", str(data_dir.root), "data"]) == faults.EXIT_NEWER
    err = capsys.readouterr().err
    assert f"The database {data_dir.database} was made by a newer Tightrope" in err
    assert "m006_from_the_future" in err and "Nothing has been changed" in err
    # nor by recover: a newer database is not damaged and is never moved
    assert main(["--data-dir", str(data_dir.root), "recover", "--start-fresh"]) == faults.EXIT_NEWER
    capsys.readouterr()
    assert digests(data_dir.root) == before


def test_a_crash_mid_transaction_is_recovery_not_damage(tmp_path):
    """A hot rollback journal left by a killed writer: SQLite plays it back on open; the
    check must not call that damage (tests/storage/test_crash.py does this 25+ times)."""
    data_dir = make_shop(tmp_path / "data")
    code = (
        "import os, signal, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
        "for i in range(3000): c.execute(\"INSERT INTO meta VALUES (?, ?)\", ['k%d' % i, 'v' * 200])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(data_dir.database)])
    assert data_dir.database.with_name("tightrope.db-journal").exists(), (
        "test premise: a hot journal"
    )
    services = open_services(data_dir)
    try:
        assert services.store.get_meta("k5") is None
        assert MARKER in {d.text for d in services.store.datums()}
    finally:
        services.close()
    assert not (data_dir.root / "quarantine").exists()


def test_an_immutable_database_file_is_named_not_a_traceback(tmp_path):
    """``chattr +i``: even root cannot change the file (found a PermissionError traceback
    from the chmod in store.connect)."""
    data_dir = make_shop(tmp_path / "data")
    r = subprocess.run(["chattr", "+i", str(data_dir.database)], capture_output=True, text=True)
    if r.returncode != 0:  # pragma: no cover - file systems without the flag
        pytest.skip(f"chattr +i is not available here: {r.stderr.strip()}")
    try:
        before = digests(data_dir.root)
        r = run_cli("--data-dir", str(data_dir.root), "consent", "reject-all")
        assert r.returncode == 1, r.stderr
        assert f"Cannot use the database {data_dir.database}" in r.stderr
        assert str(data_dir.root) in r.stderr and "Traceback" not in r.stderr
        assert digests(data_dir.root) == before
    finally:
        subprocess.run(["chattr", "-i", str(data_dir.database)], check=False)
