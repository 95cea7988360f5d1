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
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source, disambiguation, n) -> the translation, or None when there is none.
Backend = Callable[[str, str, "str | None", int], "str | None"]

_backend: Backend | None = None

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)|\(([a-z]+)\)")


def install(backend: Backend | None) -> Backend | None:
    """Route translations to ``backend`` (None: back to English). Returns the previous one."""
    global _backend
    previous, _backend = _backend, backend
    return previous


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


def translate(context: str, text: str, disambiguation: str | None = None, n: int | None = None) -> str:
    """``text`` in the user's language; with ``n``, the plural form for that count."""
    if _backend is not None:
        translated = _backend(context, text, disambiguation, -1 if n is None else n)
        if translated is not None:
            return translated
    return text if n is None else english_plural(text, n)


class translator:  # noqa: N801 - used like a function: tr = translator("Context")
    """A module's ``tr``: :func:`translate` bound to one context."""

    __slots__ = ("context",)

    def __init__(self, context: str):
        self.context = context

    def __call__(self, text: str, disambiguation: str | None = None, n: int | None = None) -> str:
        return translate(self.context, text, disambiguation, n)

    @staticmethod
    def mark(text: str) -> str:
        """Mark ``text`` for the extractor and return it untranslated (translate it later,
        with this same ``tr``, where it is shown)."""
        return text
