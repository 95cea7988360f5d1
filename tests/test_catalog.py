"""The shipped catalog and its validation messages (file, product, field)."""

import json
import shutil

import pytest

from tightrope import paths
from tightrope.catalog import CatalogError, load_catalog
from tightrope.engine.community import CommunityError, load_community


def test_shipped_catalog_reads_like_a_shop(catalog):
    assert len(catalog.products) >= 300
    assert len(catalog.categories) >= 12
    assert len(catalog.sensitive_categories()) >= 3
    assert len({p.description for p in catalog.products}) == len(catalog.products)
    assert all(p.price > 0 and p.brand and p.tags for p in catalog.products)
    for p in catalog.products:
        assert len(p.pictures) >= 2, p.id  # a front view and at least one more
        for picture in p.pictures:
            assert paths.asset(picture).is_file(), picture
    # the classic "store guessed too much" pattern: everyday items that hint at pregnancy
    hints = [p for p in catalog.products if "pregnancy-baby" in p.sensitive_signals]
    assert len(hints) >= 4 and not any(p.sensitive for p in hints)
    assert any(p.sponsored and p.sponsor for p in catalog.products)


def test_search_finds_by_name_and_tags(catalog):
    found = catalog.search("tent")
    assert found and "Tent" in found[0].name
    assert catalog.search("zzqx qqzz") == []
    assert catalog.search("   ") == []


@pytest.fixture
def catalog_copy(tmp_path):
    target = tmp_path / "catalog"
    shutil.copytree(paths.shipped_data_dir() / "catalog", target)
    return target


def _edit(path, fn):
    data = json.loads(path.read_text())
    fn(data)
    path.write_text(json.dumps(data, indent=1))


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (
            lambda d: d[2].pop("price"),
            r"outdoor\.json, product #3 \('.+'\): field 'price' is missing",
        ),
        (
            lambda d: d[0].update(price="cheap"),
            r"product #1 .*field 'price' has the wrong type: 'cheap'",
        ),
        (lambda d: d[0].update(price=-3), r"field 'price' must be greater than 0"),
        (lambda d: d[1].update(added="yesterday"), r"product #2 .*field 'added' is not a date"),
        (
            lambda d: d[1].update(category="kitchen"),
            r"field 'category' is 'kitchen' but the file is for 'outdoor'",
        ),
        (
            lambda d: d[4].update(sensitive_signals=["outdoor"]),
            r"'sensitive_signals' names 'outdoor'",
        ),
        # found by fuzzing: a list where a category id belongs escaped as a TypeError
        (
            lambda d: d[4].update(sensitive_signals=[["pregnancy-baby"]]),
            r"'sensitive_signals' names \['pregnancy-baby'\], which is not",
        ),
        (
            lambda d: d[0].update(image="products/missing.svg"),
            r"field 'image' names a missing file",
        ),
        (
            lambda d: d[0].update(gallery=["products/missing.svg"]),
            r"field 'gallery' names a missing file: 'products/missing\.svg'",
        ),
        (lambda d: d[0].update(gallery="products/x.svg"), r"field 'gallery' has the wrong type"),
        (lambda d: d[0].update(gallery=[""]), r"field 'gallery' must be a list of picture paths"),
        (lambda d: d[0].update(colour="red"), r"unknown field 'colour'"),
        (lambda d: d[5].update(id=d[0]["id"]), r"product #6 .*field 'id' duplicates"),
    ],
)
def test_broken_product_is_named(catalog_copy, mutate, expected):
    _edit(catalog_copy / "outdoor.json", mutate)
    with pytest.raises(CatalogError, match=expected):
        load_catalog(catalog_copy, paths.assets_dir())


def test_broken_json_names_file_and_line(catalog_copy):
    (catalog_copy / "books.json").write_text('[\n {"id": "x",\n  oops}\n]')
    with pytest.raises(CatalogError, match=r"books\.json, line 3: not valid JSON"):
        load_catalog(catalog_copy)


def test_missing_category_file_is_named(catalog_copy):
    (catalog_copy / "pets.json").unlink()
    with pytest.raises(CatalogError, match=r"pets\.json: file not found"):
        load_catalog(catalog_copy)


def test_broken_community_spec_is_named(tmp_path, catalog):
    bad = tmp_path / "community.json"
    bad.write_text(
        json.dumps(
            {
                "seed": 1,
                "shoppers": 10,
                "segments": [{"id": "x", "weight": 1, "categories": {"nonsense": 1}}],
            }
        )
    )
    with pytest.raises(
        CommunityError, match=r"community\.json: segment 'x' names unknown 'nonsense'"
    ):
        load_community(bad, catalog)


def test_no_generator_residue_in_shop_text(catalog):
    for p in catalog.products:
        for text in (p.name, p.description, p.brand):
            assert "|" not in text and text == text.strip() and "  " not in text, p.id


def test_search_prefers_products_matching_every_word(catalog):
    both = catalog.search("yoga mat")
    assert both and all({"yoga", "mat"} <= p.search_tokens for p in both)
    assert catalog.search("tent zzqx")  # falls back to partial matches


def test_a_search_belongs_to_the_topic_of_its_results(catalog):
    from datetime import UTC, datetime

    from tightrope.storage.datums import Datum

    def topic(text):
        return Datum(
            1, "search", None, text, None, datetime.now(UTC), "search box", "searches"
        ).topic(catalog)

    assert topic("baby monitor") == "pregnancy-baby"
    assert topic("camping") == "outdoor"
    assert topic("zzqx") is None


def _search_by_scanning(catalog, query, limit=None):
    """The search as it was written first, scanning every product: the reference order."""
    from tightrope.text import tokens

    wanted = set(tokens(query))
    scored = []
    for p in catalog.products:
        hits = len(wanted & p.search_tokens)
        if hits:
            name_hits = len(wanted & set(tokens(p.name)))
            scored.append((-hits, -name_hits, -p.rating_count, p.name, p))
    scored.sort(key=lambda t: t[:4])
    if scored and -scored[0][0] == len(wanted):
        scored = [t for t in scored if -t[0] == len(wanted)]
    found = [t[-1].id for t in scored]
    return found[:limit] if limit else found


def test_the_indexed_search_orders_as_a_scan_of_every_product(catalog):
    import random

    words = sorted({w for p in catalog.products for w in p.search_tokens})
    rng = random.Random(7)
    queries = ["", "zzq", "tent", "trail tent", "the a of"] + [
        " ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(400)
    ]
    for q in queries:
        assert [p.id for p in catalog.search(q)] == _search_by_scanning(catalog, q), q
        assert [p.id for p in catalog.search(q, 10)] == _search_by_scanning(catalog, q, 10), q
