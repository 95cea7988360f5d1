"""The deceptive twin: a facilitator switch (Workshop > Deceptive twin) that turns the first-run
consent screen and the privacy page's Consent tab into a realistic dark-pattern version, so a
room can try both. Off by default; remembered in the data folder (store meta
:data:`META_TWIN`); never on while nobody asked for it.

What changes (each pattern is a placement of the rules registry that it breaks, so the rules
overlay names the rule; tightrope.privacy.rules):

* first run: the everyday switches are pre-ticked and folded away under "Manage options";
  one large coloured "Accept and continue"; no "Reject all", only a small link that shames
  ("No thanks, I'd rather pay full price") and leads to the switches;
* Privacy > Consent: a promotion with a large "Turn everything on"; the switches, the
  level and pause are buried under "Advanced settings" at the bottom; unticking a switch
  asks again ("Keep my deals" is the default answer).

The honest shop is untouched underneath: the same switches write the same consent through
the same controller. The window's ``consentDesign`` property says which version is shown;
the session log records it (tightrope.ui.workshop.session). A strip under the top bar (and
a line on the first-run screen) marks the demonstration while no study session runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations.settings import set_setting
from tightrope.privacy import consent, rules
from tightrope.storage.datums import CONSENT_CATEGORIES
from tightrope.ui import theme
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.labels import styled_label
from tightrope.workshop.sessions import DECEPTIVE, DESIGNS, HONEST

if TYPE_CHECKING:
    from tightrope.services import Services
    from tightrope.ui.rules.anchors import RulesHost

tr = translator("DeceptiveTwin")

META_TWIN = "workshop_deceptive_twin"
PROPERTY = "consentDesign"


def design_of(window: QWidget) -> str:
    """Which consent design ``window`` shows: HONEST unless the twin is on."""
    value = window.window().property(PROPERTY)
    return value if value in DESIGNS else HONEST


def _link(text: str, parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("linkButton")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(text)
    button.setProperty("twinPart", name)
    return button


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ShameQuestion(QMessageBox):
    """ "Turn off …? You'll miss out…" with "Keep my deals" as the default: confirm-shaming.
    Signals: ``turn_off()`` when the participant insists."""

    turn_off = Signal()

    def __init__(self, label: str, broken: str, parent: QWidget):
        super().__init__(
            QMessageBox.Icon.Warning,
            tr("Turn off {what}?").format(what=label),
            tr(
                "Are you sure? Without {what}, you\u2019ll miss out on deals picked "
                "just for you and your shop will feel random."
            ).format(what=label),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.setObjectName("twinShameQuestion")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.keep = self.addButton(tr("Keep my deals"), QMessageBox.ButtonRole.AcceptRole)
        self.keep.setObjectName("primaryButton")
        self.insist = self.addButton(
            tr("Turn off anyway, I don\u2019t care about savings"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.insist.setObjectName("linkButton")
        self.setDefaultButton(self.keep)
        for button in (self.keep, self.insist):
            _repolish(button)
        if broken:  # the rules overlay is on: name what this question breaks
            self.setInformativeText(broken)
        self.buttonClicked.connect(self._on_clicked)
        self.finished.connect(self.deleteLater)

    def _on_clicked(self, button) -> None:
        if button is self.insist:
            self.turn_off.emit()


class _Guard(QObject):
    """Stops a ticked switch from being unticked by a click or Space; asks instead."""

    def __init__(self, twin: DeceptiveTwin):
        super().__init__(twin)
        self.twin = twin

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.twin.on or not isinstance(watched, QCheckBox) or not watched.isChecked():
            return False
        kind = event.type()
        if kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if kind == QEvent.Type.MouseButtonRelease and watched.rect().contains(
                event.position().toPoint()
            ):
                self.twin.ask_turn_off(watched)
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space:
                if kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():
                    self.twin.ask_turn_off(watched)
                return True
        return False


class DeceptiveTwin(QObject):
    """The twin of one window. :attr:`on`; :meth:`set_on`; :attr:`question` is the open
    confirm-shaming question. Signals: ``changed(bool on)``. ``overlay_on``: whether the
    rules overlay is on (set by RulesController; the question then names what it breaks)."""

    changed = Signal(bool)

    def __init__(self, window: RulesHost, services: Services, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.store = services.store
        self.on = self.store.get_meta(META_TWIN) == "1"
        self.session_running = False
        self.overlay_on = lambda: False
        self.question: ShameQuestion | None = None
        self._built = False
        self._saved: dict[str, object] = {}
        self._buried: list[QWidget] = []
        self._advanced_open = False
        self._guard = _Guard(self)

    # --- switching ------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        """Switch the twin on or off, remember it in the data folder, and redraw."""
        if on != self.on:
            self.on = on
            set_setting(self.store, META_TWIN, "1" if on else "0")
        self.apply()
        self.changed.emit(self.on)

    def apply(self) -> None:
        """Show the version in force (builds the twin's widgets the first time)."""
        self.window.setProperty(PROPERTY, DECEPTIVE if self.on else HONEST)
        privacy = getattr(self.window, "privacy", None)
        if privacy is None or (not self.on and not self._built):
            return  # off and never shown: the honest shop as built, nothing to undo
        self._build(privacy)
        self._apply_first_run(privacy.screen)
        self._apply_consent_tab(privacy.view.consent)
        self.refresh_marker()

    def set_session_running(self, running: bool) -> None:
        self.session_running = running
        self.refresh_marker()

    def refresh_marker(self) -> None:
        """The demonstration marks show while the twin is on and no study session runs (a
        participant in a study sees the twin unmarked, as in a real shop)."""
        if not self._built:
            return
        shown = self.on and not self.session_running
        self.strip.setVisible(shown)
        self.card_marker.setVisible(shown)
        screen = self.window.privacy.screen
        if screen.isVisible():
            screen.raise_()

    # --- building -------------------------------------------------------------------------
    def _build(self, privacy) -> None:
        if self._built:
            return
        self._built = True
        self.strip = QFrame()
        self.strip.setObjectName("twinStrip")
        self.strip.setProperty("twinPart", "strip")
        row = QVBoxLayout(self.strip)
        row.setContentsMargins(16, 6, 16, 6)
        text = tr(
            "Demonstration: the deceptive twin is on. The consent screen and Privacy \u2192 "
            "Consent use dark patterns on purpose; Workshop \u2192 Deceptive twin switches "
            "back to the honest shop."
        )
        strip_label = styled_label(text, "status", self.strip)
        strip_label.setWordWrap(True)
        self.strip.setAccessibleName(text)
        row.addWidget(strip_label)
        self.strip.setStyleSheet(
            "#twinStrip { background: #fdecc8; border-bottom: 1px solid #b7791f; }"
        )
        self.strip.hide()
        self.window.add_strip(self.strip)

        screen = privacy.screen
        card = screen.title.parentWidget()
        layout = card.layout()
        self._saved["title"] = screen.title.text()
        self._saved["intro"] = screen.intro.text()
        self._saved["accept"] = screen.accept_all.text()
        self._saved["save"] = screen.save.text()
        self.manage = _link(tr("Manage options"), card, "manage")
        self.decline = _link(tr("No thanks, I\u2019d rather pay full price"), card, "decline")
        set_anchor(self.decline, "twin.decline")
        self.nag = styled_label(
            tr("Are you sure? Most shoppers keep these on to get the best deals."), "status", card
        )
        self.nag.setWordWrap(True)
        self.card_marker = styled_label(
            tr("Demonstration of dark patterns (Workshop \u2192 Deceptive twin)."), "small", card
        )
        self.card_marker.setWordWrap(True)
        self.decline.setObjectName("twinDecline")  # small and grey, as such links are
        self.decline.setStyleSheet(
            "#twinDecline { border: none; background: transparent; "
            "color: #566373; font-weight: normal; padding: 2px 0; }"
        )
        at = layout.indexOf(screen.footnote)
        for i, widget in enumerate((self.manage, self.decline, self.nag, self.card_marker)):
            if isinstance(widget, QPushButton):
                layout.insertWidget(at + i, widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.insertWidget(at + i, widget)
            widget.hide()
        self.manage.clicked.connect(self._open_options)
        self.decline.clicked.connect(self._on_decline)
        screen.installEventFilter(self)
        screen.raise_()  # the strip came later: the first-run screen still covers it

        tab = privacy.view.consent
        self._saved["header"] = (tab.header.title.text(), tab.header.subtitle.text())
        self.promo = QFrame(tab.body)
        self.promo.setObjectName("emptyState")
        promo = QVBoxLayout(self.promo)
        promo.setContentsMargins(24, 20, 24, 20)
        promo.setSpacing(10)
        promo.addWidget(styled_label(tr("Your personalised deals are waiting"), "h2", self.promo))
        for line in (
            tr("\u2714 Offers picked just for you"),
            tr("\u2714 Never miss a price drop"),
            tr("\u2714 A shop that gets better every visit"),
        ):
            promo.addWidget(styled_label(line, "", self.promo))
        self.turn_on = QPushButton(tr("Turn everything on"), self.promo)
        self.turn_on.setObjectName("primaryButton")
        self.turn_on.setAccessibleName(tr("Turn everything on"))
        self.turn_on.setCursor(Qt.CursorShape.PointingHandCursor)
        theme.follow_scale(self.turn_on, lambda: self.turn_on.setMinimumHeight(theme.px(44)))
        promo.addWidget(self.turn_on)
        self.turn_on.clicked.connect(self._on_turn_on)
        self.advanced = _link(tr("Advanced settings"), tab.body, "advanced")
        self.advanced.setObjectName("twinAdvanced")
        self.advanced.setStyleSheet(
            "#twinAdvanced { border: none; background: transparent; "
            "color: #566373; font-weight: normal; text-decoration: underline; "
            "padding: 2px; }"
        )
        set_anchor(self.advanced, "twin.buried")
        set_anchor(tab.form, "twin.shame")
        body = tab.body_layout
        index = body.indexOf(tab.banner) + 1
        body.insertWidget(index, self.promo)
        self.promo.hide()
        body.insertWidget(
            body.count() - 1, self.advanced, 0, Qt.AlignmentFlag.AlignLeft
        )  # before the stretch
        self.advanced.hide()
        self.advanced.clicked.connect(self._toggle_advanced)
        for box in tab.form.boxes.values():
            box.installEventFilter(self._guard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the first-run screen shown again (after Erase everything): the twin again
        if event.type() == QEvent.Type.Show and self.on and watched is self.window.privacy.screen:
            self._apply_first_run(watched)
        return False

    # --- the first-run screen -------------------------------------------------------------
    def _apply_first_run(self, screen) -> None:
        on = self.on
        screen.title.setText(tr("Get the most out of Tightrope") if on else self._saved["title"])
        screen.intro.setText(
            tr(
                "We and our partners use your data to show you deals and products picked just for "
                "you. By continuing you agree to the use of your data. You can change your mind "
                "later in the settings."
            )
            if on
            else self._saved["intro"]
        )
        screen.accept_all.setText(tr("Accept and continue") if on else self._saved["accept"])
        screen.accept_all.setAccessibleName(screen.accept_all.text())
        screen.accept_all.setObjectName("primaryButton" if on else "secondaryButton")
        screen.accept_all.setMinimumHeight(theme.px(48) if on else 0)
        _repolish(screen.accept_all)
        screen.save.setText(tr("Confirm my choices") if on else self._saved["save"])
        screen.save.setAccessibleName(screen.save.text())
        screen.save.setObjectName("linkButton" if on else "secondaryButton")
        _repolish(screen.save)
        screen.reject_all.setVisible(not on)
        screen.footnote.setVisible(not on)
        screen.form.setVisible(not on)
        screen.save.setVisible(not on)
        self.manage.setVisible(on)
        self.decline.setVisible(on)
        self.nag.hide()
        set_anchor(screen.accept_all, "twin.accept" if on else "")
        set_anchor(screen.form, "twin.preticked" if on else "")
        if screen.isVisible() or not consent.decided(self.store):
            # pre-ticked in the twin; all off in the honest shop (nothing is pushed)
            screen.form.set_values(
                {s: on and s in CONSENT_CATEGORIES for s in consent.switch_ids(self.store)}
            )

    @Slot()
    def _open_options(self) -> None:
        screen = self.window.privacy.screen
        screen.form.show()
        screen.save.show()
        self.manage.hide()
        next(iter(screen.form.boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_decline(self) -> None:
        """The shaming link does not decline: it opens the (pre-ticked) switches, nagging."""
        self._open_options()
        self.nag.show()

    # --- the privacy page's Consent tab ---------------------------------------------------
    def _apply_consent_tab(self, tab) -> None:
        on = self.on
        if on:
            tab.header.set_text(
                tr("Your personalised experience"),
                tr(
                    "Personalisation gives you better deals and products picked "
                    "just for you. Most shoppers keep everything on."
                ),
            )
        else:
            tab.header.set_text(*self._saved["header"])
        if on and not self._buried:
            keep = {tab.header, tab.banner, self.promo, self.advanced}
            body = tab.body_layout
            for i in range(body.count()):
                self._bury_item(body.itemAt(i), keep)
            self._advanced_open = False
        elif not on and self._buried:
            for widget in self._buried:
                widget.show()
            self._buried = []
        self.promo.setVisible(on)
        self.advanced.setVisible(on)
        self.advanced.setText(tr("Advanced settings"))

    def _bury_item(self, item, keep: set[QWidget]) -> None:
        widget = item.widget()
        if widget is not None:
            if widget not in keep and not widget.isHidden():
                widget.hide()
                self._buried.append(widget)
            return
        layout = item.layout()
        if layout is not None:
            for i in range(layout.count()):
                self._bury_item(layout.itemAt(i), keep)

    @Slot()
    def _toggle_advanced(self) -> None:
        self._advanced_open = not self._advanced_open
        for widget in self._buried:
            widget.setVisible(self._advanced_open)
        self.advanced.setText(
            tr("Hide advanced settings") if self._advanced_open else tr("Advanced settings")
        )
        self.advanced.setAccessibleName(self.advanced.text())

    @Slot()
    def _on_turn_on(self) -> None:
        consent_ops.accept_all(self.store, "privacy page")

    def ask_turn_off(self, box: QCheckBox) -> ShameQuestion:
        """The confirm-shaming question for unticking ``box``; "Turn off anyway" unticks it
        (through the honest controller's own switch)."""
        broken = ""
        if self.overlay_on():
            placement = rules.PLACEMENTS_BY_ANCHOR["twin.shame"]
            broken = tr("Rules overlay: this question breaks {rules}.").format(
                rules=", ".join(tr(rules.rule(r).reference) for r in placement.rules)
            )
        question = ShameQuestion(box.accessibleName() or box.text(), broken, self.window)
        question.turn_off.connect(lambda: box.setChecked(False))
        question.finished.connect(lambda _r: setattr(self, "question", None))
        self.question = question
        question.open()
        return question
