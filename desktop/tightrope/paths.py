"""The one place that resolves folders.

* The user's data folder: ``--data-dir`` beats ``TIGHTROPE_DATA_DIR`` beats the platform's
  user data folder (platformdirs). It is created private to the user (0700), and so are the
  folders the app keeps in it (sessions, quarantine, Qt's dialog state), even ones that
  existed before with a looser mode.
* The user's cache folder (things rebuilt from the shipped data, never personal: the
  community index): ``TIGHTROPE_CACHE_DIR`` beats the platform's user cache folder. Made
  private when first written; "Erase everything" empties it with the data.
* The shipped, read-only seed data and assets: inside the package in an installed wheel
  (``tightrope/_shipped``), or at the top of the repository in a checkout or editable install.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP_NAME = "Tightrope"
ENV_DATA_DIR = "TIGHTROPE_DATA_DIR"
ENV_CACHE_DIR = "TIGHTROPE_CACHE_DIR"
DB_FILENAME = "tightrope.db"
SESSIONS_DIRNAME = "sessions"  # user-study logs (tightrope.workshop.sessions)
QUARANTINE_DIRNAME = "quarantine"  # damaged databases moved aside (tightrope.storage.faults)
QT_STATE_DIRNAME = "qt"  # Qt's file dialogs' history (tightrope.ui.file_dialogs)
PRIVATE_SUBFOLDERS = (SESSIONS_DIRNAME, QUARANTINE_DIRNAME, QT_STATE_DIRNAME)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) private to the user, or make an existing one private:
    ``mkdir(mode=0o700, exist_ok=True)`` leaves a folder made 0777 earlier as it was."""
    old_umask = os.umask(0o077)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    finally:
        os.umask(old_umask)
    os.chmod(path, 0o700)
    return path


class DataDirError(Exception):
    """The data folder cannot be created or used; the message names the folder."""


class IncompleteInstallation(FileNotFoundError):
    """The shipped catalog, personas or assets are missing: the installation (a wheel or a
    standalone bundle) is incomplete. The message names the folder looked in."""


@functools.cache  # where the package lives does not change while it runs
def _shipped_root() -> Path:
    return shipped_root_for(Path(__file__).resolve().parent)


def shipped_root_for(package: Path) -> Path:
    """Where the shipped data and assets are, for the package folder ``package``: inside it
    (``_shipped/``, as a wheel and a standalone bundle place them: the bundle's spec,
    packaging/tightrope.spec, collects them there) or at the top of a source checkout."""
    installed = package / "_shipped"
    if (installed / "data").is_dir():
        return installed
    checkout = package.parent.parent  # desktop/tightrope -> repository root
    if (checkout / "data").is_dir() and (checkout / "assets").is_dir():
        return checkout
    raise IncompleteInstallation(
        f"Tightrope's shipped data was not found in {installed}; the installation is incomplete "
        "(reinstall it, or rebuild the bundle with packaging/tightrope.spec)."
    )


def assets_dir() -> Path:
    return _shipped_root() / "assets"


def shipped_data_dir() -> Path:
    return _shipped_root() / "data"


def asset(relative: str) -> Path:
    return assets_dir() / relative


def default_user_data_dir() -> Path:
    import platformdirs  # here: ``tightrope --version`` and ``--help`` never need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder (not created here: :func:`private_folder` when writing)."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR]).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


class DataDir:
    """A resolved, existing, private data folder. (A plain class, not a dataclass: importing
    dataclasses took a third of ``tightrope --version``.)"""

    __slots__ = ("root",)
    root: Path

    def __init__(self, root: Path):
        object.__setattr__(self, "root", root)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"DataDir is immutable; cannot set {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataDir) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"DataDir(root={self.root!r})"

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def qt_state(self) -> Path:
        """Where Qt's file dialogs keep their history (not ~/.config: erase reaches it)."""
        return self.root / QT_STATE_DIRNAME

    def files(self) -> list[Path]:
        """Every regular file under the folder (used by deletion verification)."""
        return sorted(p for p in self.root.rglob("*") if p.is_file())


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataDir:
    """Resolve and create the user's data folder, private to the user."""
    if cli_value:
        root = Path(cli_value)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        root = default_user_data_dir()
    root = root.expanduser().resolve()
    try:
        old_umask = os.umask(0o077)
        try:
            root.mkdir(parents=True, exist_ok=True)
        finally:
            os.umask(old_umask)
        os.chmod(root, 0o700)
        for name in PRIVATE_SUBFOLDERS:  # made earlier, perhaps by hand or another umask
            if (root / name).is_dir() and not (root / name).is_symlink():
                os.chmod(root / name, 0o700)
    except OSError as exc:
        raise DataDirError(
            f"Cannot use the data folder {root}: {exc.strerror or exc}. "
            f"Choose another with --data-dir DIR or {ENV_DATA_DIR}."
        ) from exc
    if not os.access(root, os.W_OK | os.X_OK):
        raise DataDirError(
            f"The data folder {root} is not writable. "
            f"Choose another with --data-dir DIR or {ENV_DATA_DIR}."
        )
    return DataDir(root)
