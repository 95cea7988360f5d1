"""The shipped catalog, community spec and pictures are exactly what their source builds.

``tools/catalog_source/`` is what people edit; ``tools/make_catalog.py`` builds ``data/`` and
``assets/products/`` from it through the app's own loader. These tests rebuild into a temp
folder and compare byte for byte, so the shipped files cannot drift from their source.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import REPO, TOOLS, load_builder
from tightrope.catalog import CatalogError


def _load_builder():
    load_builder()
    from catalog_build import build, source

    return build, source


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    build, _ = _load_builder()
    root = tmp_path_factory.mktemp("built")
    return root, build.build(root)


def _tree(root: Path, rel: str) -> dict[str, bytes]:
    base = root / rel
    return {
        str(f.relative_to(root)): f.read_bytes() for f in sorted(base.rglob("*")) if f.is_file()
    }


@pytest.mark.parametrize("rel", ["data/catalog", "assets/products"])
def test_shipped_files_are_what_the_source_builds(built, rel):
    root, _ = built
    ours, shipped = _tree(root, rel), _tree(REPO, rel)
    assert sorted(ours) == sorted(shipped), "files differ: run python tools/make_catalog.py"
    stale = [name for name in ours if ours[name] != shipped[name]]
    assert not stale, f"{len(stale)} shipped files differ from their source, e.g. {stale[:3]}"


def test_shipped_community_is_what_the_source_builds(built):
    root, _ = built
    assert (root / "data/community.json").read_bytes() == (
        REPO / "data/community.json"
    ).read_bytes()


def test_a_build_is_the_catalog_the_app_loads(built, catalog):
    _, result = built
    assert [p.id for p in result.catalog.products] == [p.id for p in catalog.products]
    assert len(result.files) == 2 * len(catalog.products) + len(catalog.categories) + 2
    assert all(len(p.pictures) == 2 for p in result.catalog.products)


@pytest.fixture
def source_copy(tmp_path):
    target = tmp_path / "source"
    shutil.copytree(TOOLS / "catalog_source", target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_typo_in_the_source_names_file_product_and_field(source_copy):
    _, source = _load_builder()
    tents = source_copy / "products" / "outdoor.toml"
    _edit(tents, 'brand = "Ridgeway"', 'brand = "Ridgway"')
    with pytest.raises(
        source.SourceError,
        match=r"outdoor\.toml, product #1 \('trail-tent-2p'\): "
        r"field 'brand' is 'Ridgway', not one of outdoor's",
    ):
        source.read(source_copy)
    _edit(tents, 'brand = "Ridgway"', 'brand = "Ridgeway"\nprize = 3')
    with pytest.raises(source.SourceError, match=r"product #1 .*unknown field 'prize'"):
        source.read(source_copy)


def test_the_app_loader_is_the_one_schema(source_copy, tmp_path):
    """A product the app would refuse is refused by the build with the app's own message."""
    build, source = _load_builder()
    _edit(source_copy / "products" / "outdoor.toml", "price = 249.00", "price = -249.00")
    with pytest.raises(CatalogError, match=r"trail-tent-2p.*field 'price' must be greater than 0"):
        build.build(tmp_path / "out", source.read(source_copy))


def test_a_house_rule_is_checked(source_copy, tmp_path):
    build, source = _load_builder()
    _edit(
        source_copy / "products" / "outdoor.toml",
        'tags = ["tent", "camping", "hiking", "rain"]',
        'tags = ["tent", "Camping", "hiking"]',
    )
    with pytest.raises(build.BuildError, match=r"trail-tent-2p: tags must be lowercase words"):
        build.build(tmp_path / "out", source.read(source_copy))
