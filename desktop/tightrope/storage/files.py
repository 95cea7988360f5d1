"""Files a user names (``--out``, a save dialog, ``--screenshot``): written whole or not at all.

Every such file is written through :func:`replacing`: the content goes to a new temporary
file in the same folder, created private to the user (0600, whatever the umask), is flushed
to the disk, and only then renamed over the name given. A failure at any point (a full disk,
a bad character, a crash) leaves the file that was there before untouched and removes the
temporary one. A name that is a symbolic link is refused (``export --out`` used to follow
one, overwrite its target and make it 0600); and should a link appear meanwhile, the rename
replaces the link itself, never the file it points at.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE = 0o600


@contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``target`` (an empty 0600 file) to write to; renamed over
    ``target`` when the block ends without an error, removed when it raises."""
    target = Path(target)
    if target.is_symlink():
        raise OSError(
            errno.ELOOP,
            "it is a symbolic link, and Tightrope writes only to a file "
            "name of its own, never through a link",
            str(target),
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(tmp)
    try:
        if hasattr(os, "fchmod"):  # POSIX; Windows has none before Python 3.13, and there
            os.fchmod(fd, PRIVATE)  # the file's ACL comes from the folder (docs/privacy.md)
        os.close(fd)
        yield temp
        with temp.open("rb+") as f:  # the writer may have used its own handle: sync it
            os.fsync(f.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_private(target: str | os.PathLike[str], content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, newlines as given) to ``target``, whole or not at all."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    with replacing(target) as temp:
        temp.write_bytes(data)
    return Path(target)


def write_with(target: str | os.PathLike[str], writer: Callable[[Path], bool | None]) -> Path:
    """Let ``writer`` write the file at a temporary path (Qt's PDF writer and image saving
    want a path); a writer returning False has failed, and nothing is replaced."""
    with replacing(target) as temp:
        if writer(temp) is False:
            raise OSError(f"could not write {Path(target).name}")
    return Path(target)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
