"""The shipped community index, kept in the user's cache folder between starts.

Building the index from ``data/community.json`` draws 60,000 purchases and counts their
co-purchases at every start; reading the result back is a few arrays. The file is named by a
key over everything the index depends on: the catalog's products (id, department, how many
ratings) and departments in order, the community spec's bytes, k, the neighbours kept and the
code that builds it (this module's and community.py's source). A changed catalog, spec or
engine gives a new key, so a stale file is never read; it is replaced by the new one.

The cache holds nothing personal (the user's data never enters the community index), but
"Erase everything" deletes it with the data all the same (:func:`forget`). A cache that
cannot be read or written (a damaged file, a read-only folder) is rebuilt or skipped: it is
never a reason not to start.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.engine import community
from tightrope.engine.community import CommunityIndex

PREFIX = "community-"
SUFFIX = ".npz"
ARRAYS = ("popularity", "indptr", "indices", "similarity", "support")


def _code_of(module: ModuleType) -> bytes:
    """What a building module is made of: its source, or in a standalone bundle (no .py
    files, only compiled code in the archive) its compiled code."""
    try:
        return Path(module.__file__ or "").read_bytes()
    except OSError:
        loader = getattr(module.__spec__, "loader", None)
        get_code = getattr(loader, "get_code", None)
        code = get_code(module.__name__) if get_code is not None else None
        return marshal.dumps(code) if code is not None else module.__name__.encode()


def key(catalog: Catalog, spec: bytes, k: int) -> str:
    """A hash of every input the shipped index is built from."""
    h = hashlib.sha256()
    for module in (community, sys.modules[__name__]):
        h.update(_code_of(module))
    h.update(
        json.dumps(
            {
                "products": [[p.id, p.category, p.rating_count] for p in catalog.products],
                "categories": [c.id for c in catalog.categories],
                "k": k,
                "neighbours": community.NEIGHBOURS_PER_ITEM,
            }
        ).encode()
    )
    h.update(spec)
    return h.hexdigest()


def cache_file(catalog: Catalog, spec: bytes, k: int) -> Path:
    return paths.cache_dir() / f"{PREFIX}{key(catalog, spec, k)[:32]}{SUFFIX}"


def read(path: Path) -> CommunityIndex | None:
    """The index stored at ``path``, or None when there is none or it is not whole."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            index = CommunityIndex(
                shoppers=int(stored["shoppers"]),
                interactions=int(stored["interactions"]),
                k=int(stored["k"]),
                **{name: stored[name] for name in ARRAYS},
                topic_ids=tuple(str(t) for t in stored["topic_ids"]),
                topic_sets=stored["topic_sets"],
            )
    except Exception:
        return None
    n = len(index.popularity)
    if (
        index.topic_sets is None
        or len(index.indptr) != n + 1
        or index.indptr[-1] != len(index.indices)
        or not len(index.indices) == len(index.similarity) == len(index.support)
        or index.topic_sets.shape != (index.shoppers, len(index.topic_ids))
    ):
        return None
    return index


def write(path: Path, index: CommunityIndex) -> None:
    """Store ``index`` whole or not at all, and drop files of other keys."""
    from tightrope.storage import files

    if index.topic_sets is None:  # the shipped index always has them; others are not kept
        return

    folder = paths.private_folder(path.parent)
    with files.replacing(path) as temp, temp.open("wb") as out:
        np.savez(
            out,
            shoppers=index.shoppers,
            interactions=index.interactions,
            k=index.k,
            **{name: getattr(index, name) for name in ARRAYS},
            topic_ids=np.array(index.topic_ids, dtype=str),
            topic_sets=index.topic_sets,
        )
    for old in folder.glob(f"{PREFIX}*{SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)


def load(spec_path: Path, catalog: Catalog, k: int) -> CommunityIndex:
    """The index for this catalog, spec and k: read from the cache, or built and stored."""
    try:
        spec = spec_path.read_bytes()
    except OSError:
        return community.load_community(spec_path, catalog, k)  # names the file
    path = cache_file(catalog, spec, k)
    index = read(path)
    if index is not None:
        return index
    index = community.load_community(spec_path, catalog, k)
    try:
        write(path, index)
    except OSError:
        pass  # a cache that cannot be written is only slower next time
    return index


def forget() -> int:
    """Delete every cached index (erase everything); how many files went."""
    folder = paths.cache_dir()
    gone = 0
    for f in sorted(folder.glob(f"{PREFIX}*")) if folder.is_dir() else []:
        if f.is_file():
            f.unlink(missing_ok=True)
            gone += 1
    return gone


def load_shipped_community(
    catalog: Catalog, k: int = community.K_ANONYMITY_DEFAULT
) -> CommunityIndex:
    """The index of the shipped community, from the user's cache folder when it was built
    before for the same catalog."""
    return load(paths.shipped_data_dir() / "community.json", catalog, k)
