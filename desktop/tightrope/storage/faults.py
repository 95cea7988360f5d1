"""Faults the app must survive at start and while writing (issue #7).

* **One writer per data folder.** :class:`InstanceLock` holds an OS file lock
  (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on ``tightrope.lock`` in the data
  folder for the life of the services. A second window or a CLI command on the same folder
  gets :class:`AlreadyOpen`; the kernel drops the lock when a process dies, so a crash never
  leaves a stale lock behind.
* **A damaged database is found before anything writes to it.** :func:`check_database`
  opens the file read-only (read-write only when a rollback journal is waiting, so that
  SQLite can finish an interrupted transaction: that is recovery, not damage), runs
  ``PRAGMA quick_check`` and reads the migration record. Migrations run only afterwards.
* **A database from a newer Tightrope is refused, unchanged**: its ``_sqlite_migrations``
  names a migration this version does not have.
* :func:`quarantine` moves the damaged files (database, ``-journal``, ``-wal``, ``-shm``)
  together into ``quarantine/`` in the data folder; they are personal data, so
  "erase everything" removes them (:func:`remove_quarantine`).
* :func:`translate` turns SQLite's terse errors (locked, read-only, disk full, I/O) into one
  sentence that names the data folder.

Qt-free: the CLI and the window both use it.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from tightrope import paths
from tightrope.storage.store import StoreError, migrations

LOCK_FILENAME = "tightrope.lock"
QUARANTINE_DIRNAME = paths.QUARANTINE_DIRNAME
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a rollback journal

# Exit statuses of the command line (docs/cli.md): 1 is any other problem the user can fix.
EXIT_DAMAGED = 3
EXIT_ALREADY_OPEN = 4
EXIT_NEWER = 5

_FOLDER_HINT = f"or choose another folder with --data-dir DIR or {paths.ENV_DATA_DIR}"


class DatabaseFault(StoreError):
    """A fault found at start; ``summary`` is the plain sentence the window shows, ``str()``
    adds what to type on the command line."""

    exit_code = 1

    def __init__(self, summary: str, hint: str = ""):
        self.summary = summary
        self.hint = hint
        super().__init__(f"{summary} {hint}".strip())


class AlreadyOpen(DatabaseFault):
    exit_code = EXIT_ALREADY_OPEN

    def __init__(self, folder: Path):
        self.folder = folder
        super().__init__(
            f"Tightrope is already open in another window on {folder}.",
            "Close that window first (only one Tightrope at a time may use a data folder), "
            f"{_FOLDER_HINT}.",
        )


class LockedByAnotherProgram(AlreadyOpen):
    """SQLite's lock is held by a program that does not use our lock file (another
    Tightrope would have been refused at start): a database browser, a backup tool."""

    def __init__(self, folder: Path, database: Path):
        self.folder = folder
        DatabaseFault.__init__(
            self,
            f"Another program is using the database {database} (a database browser, a backup "
            "tool or an old Tightrope): the change was not saved, and nothing was half-written.",
            "Close that program and try again, " + _FOLDER_HINT + ".",
        )


class DamagedDatabase(DatabaseFault):
    exit_code = EXIT_DAMAGED

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        qdir = path.parent / QUARANTINE_DIRNAME
        super().__init__(
            f"The database {path} is damaged and cannot be opened ({reason}). "
            "Nothing has been changed in it.",
            f"To move the damaged files aside into {qdir} and start with an empty shop, run "
            "`tightrope recover --start-fresh`; to do the same and then restore your data from "
            "an export, run `tightrope recover --restore EXPORT.json`.",
        )


class NewerDatabase(DatabaseFault):
    exit_code = EXIT_NEWER

    def __init__(self, path: Path, unknown: list[str]):
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The database {path} was made by a newer Tightrope (it has changes this version "
            f"does not know: {', '.join(unknown)}). Nothing has been changed in it.",
            f"Open it with the newer version, {_FOLDER_HINT}.",
        )


# --- the single-instance lock ---------------------------------------------------------------


class InstanceLock:
    """An exclusive OS lock on ``<data folder>/tightrope.lock``. The file stays (empty);
    only the lock matters, and the OS releases it when the process ends, however it ends."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: paths.DataDir) -> InstanceLock:
        path = data_dir.root / LOCK_FILENAME
        old_umask = os.umask(0o077)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise paths.DataDirError(
                f"Cannot use the data folder {data_dir.root}: {exc.strerror or exc} "
                f"(creating {path.name}). Check that the folder is yours and writable, "
                f"{_FOLDER_HINT}."
            ) from exc
        finally:
            os.umask(old_umask)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyOpen(data_dir.root) from None
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def windows_locking(msvcrt: Any) -> tuple[Callable[[int], None], Callable[[int], None]]:
    """Lock and unlock through ``msvcrt.locking`` (Windows): one byte at offset 0, non-blocking;
    a held lock raises OSError. Taken as an argument so the pair is testable anywhere."""

    def lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    return lock, unlock


def posix_locking(fcntl: Any) -> tuple[Callable[[int], None], Callable[[int], None]]:
    """Lock and unlock through ``flock`` (Linux, macOS), non-blocking."""

    def lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    return lock, unlock


_lock, _unlock = (
    windows_locking(importlib.import_module("msvcrt"))
    if sys.platform == "win32"
    else posix_locking(importlib.import_module("fcntl"))
)


# --- checking a database before use -------------------------------------------------------


def side_files(database: Path) -> list[Path]:
    """The database's journal/WAL/shared-memory files that exist now."""
    return [p for s in SIDE_SUFFIXES if (p := database.with_name(database.name + s)).exists()]


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_database(path: Path) -> None:
    """Raise :class:`DamagedDatabase` or :class:`NewerDatabase` (or a folder error) if the
    database must not be used; return quietly for a healthy or missing/empty one.

    Nothing is written: the file is opened ``mode=ro``. Only when SQLite reports a valid
    rollback journal waiting to be played back (SQLITE_READONLY_ROLLBACK: a crash in the middle
    of a transaction) is it reopened read-write, so that SQLite finishes its own recovery:
    that is the normal end of an interrupted write, not damage.
    """
    if not path.exists() or (path.stat().st_size == 0 and not side_files(path)):
        return
    try:
        _check(path, "ro")
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            err = translate(exc, path.parent, path)
            raise (DamagedDatabase(path, str(exc)) if err is exc else err) from exc
        # SQLite would play back (and then delete) any journal it thinks is hot, even one
        # of garbage; only a journal that starts like one of SQLite's is let through.
        journal = path.with_name(path.name + "-journal")
        try:
            with open(journal, "rb") as fh:
                header = fh.read(len(JOURNAL_MAGIC))
        except OSError:
            header = b""
        if header != JOURNAL_MAGIC:
            raise DamagedDatabase(path, "its rollback journal is damaged") from exc
        try:
            _check(path, "rw")
        except sqlite3.Error as exc2:
            err = translate(exc2, path.parent, path)
            raise (DamagedDatabase(path, str(exc2)) if err is exc2 else err) from exc2


def _check(path: Path, mode: str) -> None:
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode={mode}", uri=True, timeout=2.0)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise DamagedDatabase(path, "SQLite's check found: " + "; ".join(map(str, rows[:3])))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return
        if migrations.migrations_table not in tables:
            raise DamagedDatabase(path, "it is an SQLite database, but not one of Tightrope's")
        applied = [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ? ORDER BY rowid",
                [migrations.name],
            )
        ]
        known = set(known_migrations())
        unknown = [n for n in applied if n not in known]
        if unknown:
            raise NewerDatabase(path, unknown)
    finally:
        conn.close()


def translate(exc: sqlite3.Error, folder: Path, database: Path | None = None) -> Exception:
    """One sentence naming the folder for SQLite errors a user can act on; other errors are
    returned unchanged. A failed write was rolled back, so nothing was half-saved."""
    msg = str(exc).lower()
    database = database or folder / paths.DB_FILENAME
    if "locked" in msg or "busy" in msg:
        return LockedByAnotherProgram(folder, database)
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg or "permission" in msg:
        return paths.DataDirError(
            f"Tightrope cannot write to its data folder {folder} ({exc}). The change was not "
            f"saved and nothing was half-written. Check that the folder and {database.name} are "
            f"yours and writable (not on a read-only disk), {_FOLDER_HINT}."
        )
    if "full" in msg or "disk i/o" in msg or "too big" in msg:
        return paths.DataDirError(
            f"Tightrope could not save to its data folder {folder}: the disk is full or a "
            f"write failed ({exc}). The change was not saved; everything saved before it is "
            "intact. Free some space and try again."
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.OperationalError | sqlite3.IntegrityError
    ):
        return DamagedDatabase(database, str(exc))
    if "malformed" in msg or "not a database" in msg:
        return DamagedDatabase(database, str(exc))
    return exc


# --- quarantine -------------------------------------------------------------------------------


def quarantine_dir(root: Path) -> Path:
    return root / QUARANTINE_DIRNAME


def quarantined_files(root: Path) -> list[Path]:
    q = quarantine_dir(root)
    return sorted(p for p in q.rglob("*") if p.is_file()) if q.is_dir() else []


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Quarantined:
    folder: Path
    files: tuple[Path, ...]

    @property
    def database(self) -> Path:
        return self.files[0]

    def sentence(self) -> str:
        extra = len(self.files) - 1
        also = f" (with its {extra} journal file{'s' if extra != 1 else ''})" if extra else ""
        return (
            f"The damaged database was moved to {self.database}{also}. It still holds "
            "personal data: \u201cErase everything\u201d removes it too."
        )

    def to_json(self) -> dict[str, object]:
        return {"folder": str(self.folder), "files": [str(p) for p in self.files]}


def quarantine(data_dir: paths.DataDir, now: datetime | None = None) -> Quarantined:
    """Move the database and its side files, together, into ``quarantine/`` under a
    timestamped name. Call with the instance lock held."""
    db = data_dir.database
    qdir = paths.private_folder(quarantine_dir(data_dir.root))
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base, n = f"tightrope-corrupt-{stamp}.db", 1
    while any((qdir / (base + s)).exists() for s in ("", *SIDE_SUFFIXES)):
        n += 1
        base = f"tightrope-corrupt-{stamp}-{n}.db"
    moved = []
    for suffix in ("", *SIDE_SUFFIXES):
        src = db.with_name(db.name + suffix)
        if src.exists():
            dst = qdir / (base + suffix)
            os.replace(src, dst)
            os.chmod(dst, 0o600)
            moved.append(dst)
    _fsync_dir(qdir)
    _fsync_dir(data_dir.root)
    return Quarantined(qdir, tuple(moved))


def remove_quarantine(root: Path) -> int:
    """Overwrite and delete every quarantined file (erase everything); returns how many.
    Overwriting first keeps the bytes out of the folder's disk blocks on ordinary file
    systems (copy-on-write file systems and SSDs may keep old blocks; see docs)."""
    files = quarantined_files(root)
    for p in files:
        size = p.stat().st_size
        with open(p, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
        p.unlink()
    q = quarantine_dir(root)
    if q.is_dir():
        for d in sorted((d for d in q.rglob("*") if d.is_dir()), reverse=True):
            d.rmdir()
        q.rmdir()
    return len(files)
