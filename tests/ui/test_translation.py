"""Issue #8, language: every user-visible text goes through Qt's translation, whole.

* A pseudo-translator (every text becomes ``⟦text⟧``) is installed in Qt, the window is
  walked on a rich persona (pages, privacy tabs, workshop panel, consent screen, dialogs)
  and every human text on screen must come out pseudo-translated, apart from data (product,
  brand, category and persona names, the shopper's own search text) and a named list of
  texts still owned by modules being converted elsewhere (:data:`NOT_YET_CONVERTED`).
* The source is scanned: no translation call receives an f-string, a ``+``/``%`` expression
  or a ``.format()`` result, and no translated text is glued to words with ``+`` or an
  f-string.
* ``tools/extract_strings.py`` writes a ``.ts``; compiled with ``pyside6-lrelease``, the
  window's loader picks the ``.qm`` for the locale from ``assets/i18n``-style folders.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.helpers import REPO
from tightrope import catalog_reviews, i18n
from tightrope.operations import record as record_ops
from tightrope.operations.persona import load_persona
from tightrope.ui import i18n as ui_i18n
from tightrope.workshop import personas, scenarios

pytestmark = pytest.mark.gui

ROOT = REPO
PACKAGE = ROOT / "desktop" / "tightrope"
OPEN, CLOSE = "\u27e6", "\u27e7"

# Texts still built outside the translation functions, grouped by the module that builds
# them; those modules are being changed by other engineers right now and will be converted
# by them (see docs/translation.md). The check fails on any *other* untranslated text, so
# the areas converted so far stay converted. Entries are regular expressions.
NOT_YET_CONVERTED: dict[str, list[str]] = {
    "store data: where a data point was collected, stored in English": [
        r"(home page|product page|search box|search results|category page|cart page|"
        r"wishlist page|checkout|profile|scenario|why panel)( shelf .*)?",
    ],
}


class PseudoTranslator(QTranslator):
    """Translates every text to ``⟦text⟧`` (placeholders and %n kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    previous = i18n.install(ui_i18n.qt_backend)
    yield translator
    i18n.install(previous)
    qapp.removeTranslator(translator)


# --- what counts as data, not copy -----------------------------------------------------
def _data_texts(services) -> set[str]:
    catalog = services.catalog
    texts = {"Tightrope"}
    for p in catalog.products:
        texts |= {p.name, p.brand, p.description, *p.tags}
        if p.sponsor:
            texts.add(p.sponsor)
    for c in catalog.categories:
        texts.add(c.name)
    today = services.store.clock.now().date()
    for p in catalog.products:  # reviews are catalog content, in the catalog's language
        texts |= {t for r in catalog_reviews.reviews(p, today) for t in (r.title, r.text, r.author)}
    for info in personas.list_personas(catalog):
        texts |= {info.name, info.story, info.workshop_use}
    for d in services.store.datums():
        if d.text:
            texts.add(d.text)
    for scenario in scenarios.list_scenarios(catalog):  # facilitator content, shipped as data
        texts |= {scenario.title, scenario.summary}
        for step in scenario.steps:
            texts |= {step.title, step.say, step.ask, step.notes}
    return {_plain(t) for t in texts if t}


def _human(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", text))


def _plain(text: str) -> str:
    """Without markup, mnemonic escapes and line breaks (labels wrap product names)."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "&")
    return " ".join(text.split())


# --- collecting every visible text -----------------------------------------------------
def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    found = []
    where = f"{type(widget).__module__}.{type(widget).__name__}#{widget.objectName()}"

    def add(kind: str, text: str | None) -> None:
        if text:
            found.append((f"{where} {kind}", text))

    if isinstance(widget, QLabel):
        add("text", widget.text())
    if isinstance(widget, QAbstractButton):
        add("text", widget.text())
    if isinstance(widget, QLineEdit):
        add("placeholder", widget.placeholderText())
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            add("item", widget.itemText(i))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            add("tab", widget.tabText(i))
    if isinstance(widget, QMenu):
        for action in widget.actions():
            add("action", action.text())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        # (a list's model, e.g. the scenario picker's, has one column and hides the count)
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            add("header", model.headerData(column, _horizontal()))
            for row in range(min(model.rowCount(), 3)):
                if column:  # column 0 of the data table is the data point itself (core)
                    add("cell", model.index(row, column).data())
    add("tooltip", widget.toolTip())
    add("accessible name", widget.accessibleName())
    if widget.isWindow():
        add("window title", widget.windowTitle())
    return found


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def collect(root: QWidget, shown_only: bool = True) -> list[tuple[str, str]]:
    """Texts of ``root`` and its children (those shown, unless ``shown_only`` is False)."""
    widgets = [root, *root.findChildren(QWidget)]
    texts = []
    for w in widgets:
        if not shown_only or w.isVisible() or isinstance(w, QMenu):
            texts += _texts_of(w)
    return texts


def untranslated(texts, data: set[str]) -> dict[str, str]:
    """Human texts that did not go through the translator: text -> where it was seen."""
    left = {}
    for where, raw in texts:
        if not isinstance(raw, str):
            continue
        text = _plain(raw)
        if OPEN in text or not _human(text) or text in data or text.endswith("\u2026"):
            continue
        left.setdefault(text, where)
    return left


def _known(text: str) -> bool:
    return any(
        re.fullmatch(pattern, text, re.DOTALL)
        for patterns in NOT_YET_CONVERTED.values()
        for pattern in patterns
    )


# A popup menu (the why panel's More) asks the platform to raise it; offscreen cannot; a
# question (QMessageBox) fixes its size as it opens, which offscreen cannot pass on.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_every_visible_text_is_translated(pseudo, qtbot, services):
    from tightrope.ui.main_window import MainWindow
    from tightrope.ui.navigation import (
        CART,
        CATEGORY,
        HOME,
        PRODUCT,
        SEARCH,
        WISHLIST,
        YOUR_DATA,
        Route,
    )
    from tightrope.ui.privacy.consent_view import ConsentScreen
    from tightrope.ui.privacy.dialogs import EraseDialog

    store, catalog = services.store, services.catalog
    load_persona(store, personas.load("outdoor-enthusiast", catalog))
    product = catalog.products[0]
    record_ops.add_to_cart(store, product.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.refresh()

    texts = []
    category = catalog.categories[0].id
    for route in (
        Route(HOME),
        Route(CATEGORY, category),
        Route(SEARCH, "tent"),
        Route(PRODUCT, product.id),
        Route(CART),
        Route(WISHLIST),
        Route(YOUR_DATA),
    ):
        window.navigator.go(route)
        qtbot.wait(10)
        texts += collect(window)
    for tab in range(window.privacy.view.tabs.count()):
        window.privacy.show_page(tab)
        qtbot.wait(10)
        texts += collect(window)
    window.workshop.show_scenario_panel()
    question = window.workshop.scenarios.question  # the data would be replaced: it asks
    texts += collect(question)
    question.accept()  # Load, as the first F9 did before it asked
    qtbot.wait(10)
    texts += collect(window)
    texts += collect(window.workshop.menu)

    from tightrope.privacy import consent

    screen = ConsentScreen([(s, consent.switch_label(store, s)) for s in consent.switch_ids(store)])
    qtbot.addWidget(screen)
    texts += collect(screen, shown_only=False)  # not shown: no native window to resize
    dialog = EraseDialog(12)
    qtbot.addWidget(dialog)
    texts += collect(dialog, shown_only=False)
    report = window.privacy.verify()
    texts += collect(window.privacy.verify_dialog)
    assert report is not None
    texts += _walk_why_panel(qtbot, window)

    left = untranslated(texts, _data_texts(services))
    unexpected = {t: w for t, w in left.items() if not _known(t)}
    known = sorted(t for t in left if _known(t))
    print(f"\n{len(known)} texts still owned by modules not yet converted:")
    for text in known:
        print(f"  {text!r:70.70}  ({left[text]})")
    assert not unexpected, "untranslated text:\n" + "\n".join(
        f"  {t!r} ({w})" for t, w in sorted(unexpected.items())
    )
    # The walk did reach the converted areas, pseudo-translated.
    seen = {_plain(t) for _w, t in texts if isinstance(t, str)}
    for expected in ("⟦Sort by⟧", "⟦Your data⟧", "⟦Consent⟧", "⟦Accept all⟧", "⟦Checked⟧"):
        assert expected in seen, expected
    # ... and the why panel: its title, a row's badge, the More menu, a preview, the banner.
    for expected in (
        "⟦Why am I seeing this?⟧",
        "⟦What it rests on⟧",
        "⟦More⟧",
        "⟦Why?⟧",
        "⟦Show fewer⟧",
    ):
        assert expected in seen, expected
    assert any(t.startswith("⟦Show all ") for t in seen)
    assert any(t.startswith("⟦The other ") for t in seen)
    assert any(t.startswith("⟦Preview: ") for t in seen)
    assert any(t.startswith("⟦Forget everything about ") for t in seen)
    assert any("is no longer in your recommendations" in t and OPEN in t for t in seen)


def _walk_why_panel(qtbot, window) -> list[tuple[str, str]]:
    """The why panel on several recommendations: every row, the counterfactual; then, on the
    top one, a preview, the More menu with its previews, and the banner after a forget (and
    its new rows). A recommendation rests on a few reasons (docs/engine.md), so the walk
    reads the whole top, and past it each recommendation with a kind of reason not read yet:
    every kind of label the persona's data makes is read. The top one is read last."""
    from PySide6.QtWidgets import QApplication

    from tightrope.ui.navigation import HOME, Route

    texts = []
    window.navigator.go(Route(HOME))
    rec = window.services.recommender
    walk, kinds = [], set()
    for r in rec.recommend(top=len(window.services.catalog.products)):  # best first
        made = {_label_kind(c) for c in r.contributions}
        if r.rank <= rec.top_n or made - kinds:
            walk.append(r.product_id)
            kinds |= made
    rows, sources, read = [], set(), 0
    for pid in reversed(walk):
        panel = window.why.show(pid)
        qtbot.waitUntil(panel.is_complete, timeout=5000)
        panel.controller.finish_counterfactual()
        QApplication.processEvents()
        texts += collect(window)  # the top reasons, the summary of the others, "Show all"
        if panel.content.rest is not None:
            texts += _painted([panel.summary])
            panel.toggle.click()  # every reason
            qtbot.waitUntil(panel.is_complete, timeout=5000)
            QApplication.processEvents()
            texts += collect(panel)
        rows = [r for r in panel.visible_rows() if r.row is not None]
        assert len(rows) == len(panel.content.rows)
        texts += _painted(rows)
        sources |= {c.source for c in rec.why(pid).contributions}
        read += len(rows)
    assert read > 20, read  # the rich persona: many reasons
    # ... from every source, the non-personal parts too
    assert sources == {"activity", "profile", "community", "popular", "new", "sponsored"}
    assert panel.product_id == walk[0] and panel.expanded  # the top one

    row = next(r for r in rows if r.row.datum is not None and r.row.datum.product_id)
    assert row.row.datum.topic_id  # the More menu offers product, topic and consent
    texts.append(("why preview hint", panel.preview_text()))
    panel.action_previewed.emit(row.actions.forget.action)  # as pointing at it does
    texts += collect(window)
    texts.append(("why preview", panel.preview_text()))
    with qtbot.waitSignal(panel.more_requested):
        row.actions.more.click()
    qtbot.waitUntil(panel.menu.isVisible)
    for qaction in panel.menu.actions():
        if not qaction.isSeparator():
            panel.menu.setActiveAction(qaction)  # hover: the preview and the entry's tooltip
            texts.append(("why More menu tooltip", qaction.toolTip()))
            texts.append(("why preview", panel.preview_text()))
    texts += collect(panel.menu)
    # The entry that takes the product out of the recommendations: the banner then says
    # what went and what took its place.
    leaving = next(
        q
        for q in panel.menu.actions()
        if not q.isSeparator()
        and (preview := panel.controller.preview_for(q.data())) is not None
        and preview.focus is not None
        and not preview.focus.new_rank
    )
    panel.menu.close()
    with qtbot.waitSignal(panel.changed):
        leaving.trigger()
    qtbot.waitUntil(panel.is_complete, timeout=5000)
    panel.controller.finish_counterfactual()
    QApplication.processEvents()
    assert panel.banner.isVisible()
    texts += collect(window)
    texts += _painted([r for r in panel.visible_rows() if r.row is not None])
    texts.append(("why banner accessible name", panel.banner.accessibleName()))
    window.hide_side_panel()
    return texts


def _label_kind(c) -> tuple[str, str | None, tuple[str, ...]]:
    """What a reason's label is made of: its source, its data point's kind and what links
    the two (shared tags, matched words, a cohort: the keys of its detail)."""
    return c.source, c.kind, tuple(sorted(set(c.detail) - {"weight", "decay", "age_days"}))


def _painted(rows) -> list[tuple[str, str]]:
    """The texts a contribution row paints (no child labels to collect them from)."""
    out = []
    for row in rows:
        where = "tightrope.ui.why.rows.ContributionRow painted"
        out += [(where, row.row.badge), (where, row.row.label)]
        out += [(where, fact) for fact in row.row.facts]
    return out


# --- the source never builds translated text by concatenation --------------------------
TRANSLATING = {"tr", "translate", "mark"}


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_translation(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) in TRANSLATING


def _text_argument(node: ast.Call) -> ast.AST | None:
    name = _call_name(node)
    index = 1 if name == "translate" else 0
    return node.args[index] if len(node.args) > index else None


def _built(node: ast.AST) -> bool:
    """An argument put together at run time: f-string, + or %, or a .format() call."""
    return isinstance(node, (ast.JoinedStr, ast.BinOp)) or (
        isinstance(node, ast.Call) and _call_name(node) in {"format", "join", "str"}
    )


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_translation(node):
            argument = _text_argument(node)
            if argument is not None and _built(argument):
                out.append(f"{where}:{node.lineno}: {_call_name(node)}() gets built text")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if _is_translation(node.left) or _is_translation(node.right):
                out.append(f"{where}:{node.lineno}: translated text joined with +")
        if isinstance(node, ast.JoinedStr):
            glued = any(isinstance(v, ast.Constant) and _human(str(v.value)) for v in node.values)
            inside = any(
                isinstance(v, ast.FormattedValue) and _is_translation(v.value) for v in node.values
            )
            if glued and inside:
                out.append(f"{where}:{node.lineno}: translated text inside an f-string with words")
    return out


def test_translation_calls_get_whole_literal_text():
    problems = [p for path in sorted(PACKAGE.rglob("*.py")) for p in _problems(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_concatenation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'name = "x"\n'
        'a = tr(f"Hello {name}")\n'
        'b = tr("Hello " + name)\n'
        'c = tr("Cart") + " (3)"\n'
        "d = f\"Total: {tr('x')}\"\n"
        'e = tr("Hello {name}".format(name=name))\n'
        'ok = tr("Hello {name}").format(name=name)\n',
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = _problems(bad)
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in found] == ["2", "3", "4", "5", "6"]


# --- the hook itself -------------------------------------------------------------------
def test_english_plurals_without_a_translator():
    previous = i18n.install(None)
    assert i18n.translate("X", "%Ln data point(s)", n=1) == "1 data point"
    assert i18n.translate("X", "%Ln data point(s)", n=1234) == "1,234 data points"
    assert i18n.translate("X", "%n search(es)", n=2) == "2 searches"
    assert i18n.translate("X", "the %n point(s) (is|are) kept", n=1) == "the 1 point is kept"
    assert i18n.translate("X", "Cart ({count})") == "Cart ({count})"
    i18n.install(previous)


def test_qt_backend_without_translations_keeps_english(qapp):
    previous = i18n.install(ui_i18n.qt_backend)
    try:
        assert i18n.translate("TopBar", "Cart") == "Cart"
        assert i18n.translate("TopBar", "Cart, %Ln item(s)", n=2) == "Cart, 2 items"
    finally:
        i18n.install(previous)


# --- extraction, .ts -> .qm, loading for the locale --------------------------------------
def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_strings", ROOT / "tools" / "extract_strings.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_strings"] = module
    spec.loader.exec_module(module)
    return module


def test_extractor_finds_marked_and_numerus_text(tmp_path):
    tool = _extractor()
    messages = tool.collect()
    assert ("Datums", "Browsing", "") in messages  # tr.mark in a table
    assert ("TopBar", "Search products", "") in messages
    assert messages[("TopBar", "Cart, %Ln item(s)", "")].numerus
    assert not messages[("TopBar", "Cart", "")].numerus
    ts = tmp_path / "tightrope_fr.ts"
    tool.write_ts(ts, messages)
    root = ET.parse(ts).getroot()
    assert root.get("language") == "fr"
    assert sum(1 for _ in root.iter("message")) == len(messages)


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else found


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_the_window_loads_the_qm_for_the_locale(qapp, tmp_path):
    tool = _extractor()
    ts = tmp_path / "tightrope_fr.ts"
    tool.write_ts(ts, tool.collect())
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in (f"[fr] {source} (one)", f"[fr] {source} (many)"):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = f"[fr] {source}"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "tightrope_fr.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)

    previous = i18n.install(None)
    installed = ui_i18n.install_translations(qapp, QLocale("fr_FR"), tmp_path)
    try:
        assert installed and installed[0].language() in ("fr", "fr_FR")
        assert i18n.translate("TopBar", "Cart") == "[fr] Cart"
        assert i18n.translate("TopBar", "Cart, %Ln item(s)", n=1) == "[fr] Cart, 1 item(s) (one)"
        assert i18n.translate("TopBar", "Cart, %Ln item(s)", n=5) == "[fr] Cart, 5 item(s) (many)"
        assert i18n.translate("TopBar", "not in the file") == "not in the file"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(previous)
    assert QCoreApplication.translate("TopBar", "Cart") == "Cart"
