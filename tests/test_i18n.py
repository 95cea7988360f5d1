"""Issue #8 in the core: the recommender's, interests' and partners' sentences go through the
translation hook whole, English stays exactly English, and dates and lists follow the
installed language (tests/ui/test_translation.py walks the window with Qt's translator)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tightrope import i18n
from tightrope.cli.workshop import consent_summary, replace_message
from tightrope.engine import interests
from tightrope.operations import forget as forget_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import partners
from tightrope.workshop import personas

OPEN, CLOSE = "\u27e6", "\u27e7"

from tightrope.operations.changes import LANGUAGE, Changes

LANGUAGE_CHANGED = Changes("language", settings=frozenset({LANGUAGE}))


def _pseudo(context, text, disambiguation, n):
    """Every text becomes ⟦text⟧, with the English plural filled in for a count."""
    return f"{OPEN}{text if n < 0 else i18n.english_plural(text, n)}{CLOSE}"


@pytest.fixture
def pseudo():
    calls = []

    def backend(context, text, disambiguation, n):
        calls.append((context, text))
        return _pseudo(context, text, disambiguation, n)

    previous = i18n.install(backend)
    yield calls
    i18n.install(previous)


@pytest.fixture
def rich(services, catalog):
    load_persona(services.store, personas.load("outdoor-enthusiast", catalog))
    return services


def _wrapped(text: str) -> bool:
    """Whole: the text starts inside a translation (data only ever sits in placeholders)."""
    return text.startswith(OPEN) and text.endswith((CLOSE, CLOSE + "."))


def test_recommender_text_is_translated_whole(pseudo, rich, catalog):
    rec = rich.recommender
    shelves = rec.shelves()
    assert shelves and all(_wrapped(s.title) for s in shelves)
    assert all(_wrapped(s.subtitle) for s in shelves if s.subtitle)
    # provenance stays English data whatever is shown
    assert shelves[0].source_title == "Recommended for you"
    recs = [r for s in shelves for r in s.items]
    assert all(_wrapped(r.headline) for r in recs)
    top = rec.recommend()[0]
    # every label kind: a recommendation rests on a few reasons, so read the whole top
    contributions = [c for r in rec.recommend() for c in rec.why(r.product_id).contributions]
    assert len(contributions) > 10
    for c in contributions:
        assert _wrapped(c.badge), c.badge
        assert _wrapped(c.label), c.label
    sources = {c.source for c in contributions}
    assert {"activity", "community"} <= sources
    related = rec.related(top.product_id)
    assert _wrapped(related.title) and _wrapped(related.subtitle)
    assert related.source_title.startswith("Related to ")
    cf = rec.counterfactual(top.product_id)
    assert _wrapped(cf.message)
    d = top.datum_ids()[0]
    assert _wrapped(rec.preview_forget([d], focus=top.product_id).summary)
    assert _wrapped(forget_ops.exclude(rec, [d]).summary)
    assert _wrapped(forget_ops.include(rec, [d]).summary)
    assert _wrapped(forget_ops.forget(rec, [d]).summary)


def test_nonpersonal_headlines_are_one_sentence_each(pseudo, services):
    recs = services.recommender.recommend(40)
    said = {r.headline for r in recs}
    assert all(h.startswith(OPEN + "Nothing personal was used") for h in said)
    assert all(h.count(OPEN) == 1 for h in said)  # one whole sentence, no glued list


def test_interests_partners_and_persona_text_are_translated_whole(pseudo, rich, catalog):
    rec = rich.recommender
    inferred = interests.inferred(rec)
    assert inferred and all(_wrapped(i.summary) for i in inferred)
    persona = personas.load("privacy-minimalist", catalog)
    for stored in (0, 3):
        assert _wrapped(replace_message(persona, stored))
    assert _wrapped(consent_summary(persona))
    for withheld in partners.payload(rec)["withheld"]:
        assert _wrapped(withheld["reason"])


def test_english_without_a_translator(rich, catalog):
    rec = rich.recommender
    top = rec.recommend()[0]
    assert top.headline.startswith(("Mostly because ", "Partly because "))
    assert OPEN not in top.headline
    persona = personas.load("privacy-minimalist", catalog)
    n = len(persona.data)
    assert replace_message(persona, 1).startswith(
        f"This replaces the 1 data point stored now with {persona.short_name}'s {n} and sets consent"
    )
    cases = {
        ("view", 1): "1 of your views",
        ("purchase", 3): "3 of your purchases",
    }
    for (kind, count), text in cases.items():
        assert interests._of_your(kind, count) == text


def test_cached_text_follows_a_new_translator(rich):
    """The recommender remembers translated templates; installing another backend (or
    going back to English) must not leave the old language in new text."""
    rec = rich.recommender
    english = rec.preview_forget([rec.recommend()[0].datum_ids()[0]]).summary
    previous = i18n.install(_pseudo)
    try:
        rec.store.publish(LANGUAGE_CHANGED)  # the window rebuilds its text on a change
        assert _wrapped(rec.shelves()[0].title)
        d = rec.recommend()[0].datum_ids()[1]
        assert _wrapped(rec.preview_forget([d]).summary)
    finally:
        i18n.install(previous)
    rec.store.publish(LANGUAGE_CHANGED)
    assert rec.shelves()[0].title == "Recommended for you"
    assert OPEN not in english


def test_days_lists_and_plural_choices():
    assert i18n.day(date(2025, 11, 29)) == "29 Nov 2025"
    assert i18n.day(datetime(2026, 1, 5, 23, 59, tzinfo=UTC)) == "5 Jan 2026"
    previous = i18n.install_dates(lambda d: d.isoformat())
    try:
        assert i18n.day(date(2025, 11, 29)) == "2025-11-29"
    finally:
        i18n.install_dates(previous)
    assert i18n.day(date(2025, 11, 29)) == "29 Nov 2025"
    assert i18n.join([]) == "" and i18n.join(["a"]) == "a"
    assert i18n.join(["a", "b"]) == "a and b"
    assert i18n.join(["a", "b", "c"]) == "a, b and c"
    assert i18n.separated(["a", "b", "c"]) == "a, b, c"
    assert i18n.translate("X", "%n (moves|move)", n=1) == "1 moves"
    assert i18n.translate("X", "%n (shelf changes|shelves change)", n=2) == "2 shelves change"
    assert i18n.translate("X", "Remove (this|these %n) ({data})", n=3) == "Remove these 3 ({data})"


def test_a_cached_translator_forgets_on_install():
    tr = i18n.translator("Test", cached=True)
    assert tr("Hello") == "Hello"
    previous = i18n.install(_pseudo)
    try:
        assert tr("Hello") == f"{OPEN}Hello{CLOSE}"
        assert tr("%n item(s)", n=2) == f"{OPEN}2 items{CLOSE}"
    finally:
        i18n.install(previous)
    assert tr("Hello") == "Hello"
