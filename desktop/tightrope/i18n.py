"""Translating user-visible text without Qt: one hook the window routes to Qt's translator.

Every string a person reads goes through :func:`translate` (or a module's
``tr = translator("Context")``), whole, with named placeholders filled in *after*
translation::

    tr("{name} costs {price}").format(name=product.name, price=money(product.price))
    tr("%Ln data point(s)", n=count)

so a translator sees and reorders complete sentences. Counts use Qt's numerus form: ``%n``
(or ``%Ln``, the number written for the locale) and the English plural written in the
source as ``point(s)`` or ``(this|these)``. Text meant to be translated later (tables of
labels at module level) is marked with ``tr.mark("...")`` and translated where it is shown,
by the same module's ``tr``.

By default translation is the identity (the command line and the core's tests read
English); the window installs a backend at startup (``tightrope.ui.i18n``) that asks
``QCoreApplication.translate``. ``tools/extract_strings.py`` finds every call to write the
``.ts`` files translators work on (docs/translation.md).

Dates in the core's sentences go through :func:`day` ('29 Nov 2025' by default; the window
installs a QLocale formatter with :func:`install_dates`), and lists of items through
:func:`join` / :func:`separated`, whose patterns are translated like any other text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

# (context, source, disambiguation, n) -> the translation, or None when there is none.
Backend = Callable[[str, str, "str | None", int], "str | None"]

_backend: Backend | None = None
# A date -> its text, e.g. '29 Nov 2025' (None: that English default).
DateFormatter = Callable[[date], str]
_dates: DateFormatter | None = None
# Bumped by every install: memoized translations and dates made before are dropped.
_generation = 0
_days: dict[tuple[int, int, int], str] = {}
_days_generation = 0
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MEMO_LIMIT = 2048  # texts a cached translator remembers before starting afresh

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)|\(([a-z]+)\)")


def install(backend: Backend | None) -> Backend | None:
    """Route translations to ``backend`` (None: back to English). Returns the previous one."""
    global _backend, _generation
    previous, _backend = _backend, backend
    _generation += 1
    return previous


def install_dates(formatter: DateFormatter | None) -> DateFormatter | None:
    """Write dates with ``formatter`` (None: back to '29 Nov 2025'). Returns the previous one."""
    global _dates, _generation
    previous, _dates = _dates, formatter
    _generation += 1
    return previous


def day(value: date) -> str:
    """A day (of a date or datetime) in the user's language: '29 Nov 2025' by default.
    Remembered per day until the next install (row labels quote a few dozen days)."""
    global _days_generation
    if _days_generation != _generation:
        _days.clear()
        _days_generation = _generation
    key = (value.year, value.month, value.day)
    text = _days.get(key)
    if text is None:
        plain = date(*key)
        text = _days[key] = (
            f"{plain.day} {MONTHS[plain.month - 1]} {plain.year}"
            if _dates is None
            else _dates(plain)
        )
    return text


def english_plural(text: str, n: int) -> str:
    """The English source with its count filled in: '%Ln point(s)' -> '1 point', '2 points'.

    ``(s)`` is dropped for one and kept (without brackets) otherwise; ``(this|these)``
    picks the first word for one, the second otherwise. ``%Ln`` writes 1,234; ``%n`` 1234.
    """

    def choose(match: re.Match[str]) -> str:
        if match.group(3) is not None:
            return "" if n == 1 else match.group(3)
        return match.group(1) if n == 1 else match.group(2)

    text = _CHOICE.sub(choose, text)
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """``text`` in the user's language; with ``n``, the plural form for that count."""
    if _backend is not None:
        translated = _backend(context, text, disambiguation, -1 if n is None else n)
        if translated is not None:
            return translated
    return text if n is None else english_plural(text, n)


class translator:
    """A module's ``tr``: :func:`translate` bound to one context.

    ``cached=True`` remembers each translation until the next :func:`install`, for text
    made in hot paths (the recommender's headlines: ~40 per change); a call then costs a
    dictionary look-up instead of a trip through Qt's translators.
    """

    __slots__ = ("_generation", "_memo", "context")

    def __init__(self, context: str, cached: bool = False):
        self.context = context
        self._memo: dict[tuple[str, str | None, int | None], str] | None = {} if cached else None
        self._generation = _generation

    def __call__(self, text: str, disambiguation: str | None = None, n: int | None = None) -> str:
        memo = self._memo
        if memo is None:
            return translate(self.context, text, disambiguation, n)
        key = (text, disambiguation, n)
        hit = memo.get(key)
        if hit is not None and self._generation == _generation:
            return hit
        if self._generation != _generation or len(memo) >= MEMO_LIMIT:
            memo.clear()
            self._generation = _generation
        hit = memo[key] = translate(self.context, text, disambiguation, n)
        return hit

    @staticmethod
    def mark(text: str) -> str:
        """Mark ``text`` for the extractor and return it untranslated (translate it later,
        with this same ``tr``, where it is shown)."""
        return text


_lists = translator("Lists", cached=True)


def join(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c': a list in the user's language (the patterns are
    translated, as CLDR's list patterns are per language)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    head = separated(items[:-1])
    return _lists("{list} and {last}", "the end of a list: 'a, b and c'").format(
        list=head, last=items[-1]
    )


def separated(items: Sequence[str]) -> str:
    """'a, b, c': items side by side, without a final 'and'."""
    return _lists(", ", "between the items of a list").join(items)
