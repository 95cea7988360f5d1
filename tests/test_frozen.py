"""What a standalone bundle (PyInstaller, packaging/tightrope.spec) needs of the core, tested
in a frozen-like setting: the shipped data found inside the bundle, the erase verification
run by the app itself (a bundle has no Python interpreter to name), and the calls that
differ on Windows guarded (faked here: this suite runs on Linux)."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tightrope import paths
from tightrope.operations import erase as erase_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import erase, scan
from tightrope.storage import faults, files
from tightrope.workshop.personas import load


def _bundle_layout(root: Path) -> Path:
    """``<bundle>/_internal/tightrope`` with the shipped folders the spec collects."""
    package = root / "_internal" / "tightrope"
    for name in ("data", "assets"):
        (package / "_shipped" / name).mkdir(parents=True)
    return package


def test_the_shipped_data_is_found_inside_a_bundle(tmp_path):
    package = _bundle_layout(tmp_path / "Tightrope")
    assert paths.shipped_root_for(package) == package / "_shipped"


def test_a_bundle_without_its_data_says_so_without_a_traceback(tmp_path, monkeypatch, capsys):
    package = tmp_path / "Tightrope" / "_internal" / "tightrope"
    package.mkdir(parents=True)
    with pytest.raises(paths.IncompleteInstallation, match=str(package / "_shipped")):
        paths.shipped_root_for(package)
    monkeypatch.setattr(paths, "_shipped_root", lambda: paths.shipped_root_for(package))
    assert run_cli(["catalog", "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tightrope: Tightrope's shipped data was not found in ")
    assert "Traceback" not in err


def _fake_bundle_launcher(tmp_path: Path) -> Path:
    """An executable that is not a Python interpreter: like the bundle's ``tightrope``, it
    runs the app's command line with the arguments it is given, and nothing else."""
    launcher = tmp_path / "tightrope"
    desktop = Path(paths.__file__).resolve().parent.parent
    launcher.write_text(
        "#!/bin/sh\n"
        f'PYTHONPATH="{desktop}" exec "{sys.executable}" -c '
        '"import sys; from tightrope.cli.main import main; sys.exit(main())" "$@"\n'
    )
    launcher.chmod(0o755)
    return launcher


def test_the_erase_verification_runs_the_bundled_app_itself(
    services, data_dir, tmp_path, monkeypatch
):
    launcher = _fake_bundle_launcher(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    assert scan.command(data_dir.root) == [str(launcher), scan.FLAG, str(data_dir.root)]
    load_persona(services.store, load("outdoor-enthusiast"))
    result = erase_ops.erase_everything(services.recommender).result
    report = erase.verify(services.store, data_dir, result.needles)
    assert report.clean, report.summary()
    assert report.needles > 0 and len(report.files) >= 1


def test_the_scanner_entry_finds_what_is_still_there(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.bin").write_bytes(b"xx secret-needle xx")
    (tmp_path / "b.json").write_text(json.dumps({"datum_id": 41, "other": 41}))
    spec = {"strings": [b"secret-needle".hex()], "ids": [41], "product_ids": []}
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(json.dumps(spec)))
    from tightrope.cli.main import main

    assert main([scan.FLAG, str(tmp_path)]) == 0
    found = {f["file"]: f["found"] for f in json.loads(capsys.readouterr().out)}
    assert found == {"a.bin": 1, "b.json": 1}  # the id under an id field only


def test_private_files_are_written_where_os_has_no_fchmod(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod")  # Windows before Python 3.13
    target = files.write_private(tmp_path / "export.json", "{}")
    assert target.read_text() == "{}"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # mkstemp's own mode on POSIX


class _FakeMsvcrt:
    """``msvcrt.locking`` as Windows documents it: a locked region refuses a second lock."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self):
        self.held: set[int] = set()
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1 and os.lseek(fd, 0, os.SEEK_CUR) == 0, "one byte at offset 0"
        inode = os.fstat(fd).st_ino
        self.calls.append((mode, nbytes))
        if mode == self.LK_NBLCK:
            if inode in self.held:
                raise OSError(errno.EACCES, "Permission denied")
            self.held.add(inode)
        else:
            self.held.discard(inode)


def test_the_single_instance_lock_on_windows(data_dir, monkeypatch):
    fake = _FakeMsvcrt()
    lock, unlock = faults.windows_locking(fake)
    monkeypatch.setattr(faults, "_lock", lock)
    monkeypatch.setattr(faults, "_unlock", unlock)
    first = faults.InstanceLock.acquire(data_dir)
    with pytest.raises(faults.AlreadyOpen):
        faults.InstanceLock.acquire(data_dir)
    first.release()
    faults.InstanceLock.acquire(data_dir).release()
    assert fake.calls == [(2, 1), (2, 1), (0, 1), (2, 1), (0, 1)]


def test_the_community_cache_key_needs_no_source_files(catalog, monkeypatch):
    """A bundle holds compiled code only: the cache key is made from it (the .py files the
    key reads in an installation are not there)."""
    from tightrope.engine import community, community_cache

    spec = (paths.shipped_data_dir() / "community.json").read_bytes()
    from_source = community_cache.key(catalog, spec, 50)
    monkeypatch.setattr(community, "__file__", "/nonexistent/tightrope/engine/community.py")
    frozen_like = community_cache.key(catalog, spec, 50)
    assert len(frozen_like) == 64 and frozen_like != from_source
    assert community_cache.key(catalog, spec, 50) == frozen_like  # stable: the same code
    assert community_cache.load_shipped_community(catalog).k == 50
