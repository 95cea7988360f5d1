"""The why panel's boxes around the list of reasons: the counterfactual ("What would change
it", with its "Forget these N" and the product that would take the place), the data points
not used for this item, and the receipt banner of the last action. Mixed into
:class:`~tightrope.ui.why.view.WhyView`.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from tightrope.i18n import translator
from tightrope.ui.names import set_name
from tightrope.ui.why.content import PanelContent
from tightrope.ui.why.panel_parts import NotUsedEntry, drop_preview, literal
from tightrope.ui.widgets.labels import restyle

tr = translator("WhyPanel")


class PanelBoxes:
    """Fills the boxes around the list (a mixin of :class:`~tightrope.ui.why.view.WhyView`)."""

    def render_counterfactual(self, content: PanelContent) -> None:
        """Fill in only the counterfactual (the engine answers it after the first paint; its
        buttons have their place in the tab order already)."""
        self.content = content
        self._render_counterfactual(content)

    def _render_counterfactual(self, content: PanelContent) -> None:
        text = content.counterfactual
        if bool(self.counterfactual_text.property("pending")) != content.counterfactual_pending:
            self.counterfactual_text.setProperty("pending", content.counterfactual_pending)
            restyle(self.counterfactual_text)
        self.counterfactual.setVisible(bool(text))
        self.counterfactual_text.setText(text)
        named = "\n".join(f"\u2022 {label}" for label in content.counterfactual_data)
        self.counterfactual_data.setText(named)
        self.counterfactual_data.setVisible(bool(named) and bool(text))
        action = content.counterfactual_action
        forget = self.counterfactual_forget
        if action is not None and text:
            forget.set_action(action, content.words)
            summary = self._tooltips.get(action)
            if summary:
                forget.setToolTip(summary)
                forget.setAccessibleDescription(summary)
        else:
            forget.action = None
            drop_preview(forget)
        forget.setVisible(forget.action is not None)
        name = content.replacement_name
        self.counterfactual_button.setVisible(bool(content.replacement_id and text))
        if name:
            # (the name before the text: a screen reader hears the new name once)
            set_name(
                self.counterfactual_button,
                tr("Open {name}, which would take its place").format(name=name),
            )
            self.counterfactual_button.setText(literal(tr("Open {name}").format(name=name)))

    def _render_not_used(self, content: PanelContent) -> None:
        while len(self.not_used_entries) < len(content.not_used):
            entry = NotUsedEntry(self.not_used)
            entry.button.previewed.connect(self.action_previewed)
            entry.button.unpreviewed.connect(self.action_unpreviewed)
            entry.button.requested.connect(self.action_requested)
            self.not_used_layout.addWidget(entry)
            self.not_used_entries.append(entry)
        for k, entry in enumerate(self.not_used_entries):
            if k < len(content.not_used):
                entry.set_datum(content.not_used[k], content.words)
            entry.setVisible(k < len(content.not_used))
        self.not_used.setVisible(bool(content.not_used))

    def show_banner(
        self,
        receipt: str,
        gone: str = "",
        replacement: tuple[str, str] | None = None,
        block_topic: tuple[str, str] | None = None,
        *,
        fit: bool = True,
    ) -> None:
        """The result of the last action, at the top: its receipt and what replaced the item
        (``fit=False``: a render follows, which fits the body).

        The body's layout is held meanwhile: shown, the banner would make Qt lay the whole
        body out there and then (showing a widget activates its parents' layouts), only for
        the frame's layout pass to do it again.
        """
        held = self.body_layout.isEnabled()
        self.body_layout.setEnabled(False)
        try:
            self._show_banner(receipt, gone, replacement, block_topic)
        finally:
            self.body_layout.setEnabled(held)
        if fit:
            self._fit_body()

    def _show_banner(
        self,
        receipt: str,
        gone: str,
        replacement: tuple[str, str] | None,
        block_topic: tuple[str, str] | None = None,
    ) -> None:
        self.receipt.setText(receipt)
        self.block_topic_button.setVisible(block_topic is not None)
        if block_topic is not None:
            topic, name = block_topic
            self.block_topic_button.setProperty("topic", topic)
            set_name(
                self.block_topic_button,
                tr("Block the topic {topic}: your data no longer counts for it").format(topic=name),
            )
            self.block_topic_button.setText(literal(tr("Block {topic} too").format(topic=name)))
        self.gone.setText(gone)
        self.gone.setVisible(bool(gone))
        self.replacement_button.setVisible(replacement is not None)
        if replacement is not None:
            pid, name = replacement
            self.replacement_button.setProperty("product_id", pid)
            set_name(
                self.replacement_button, tr("Open {name}, which took its place").format(name=name)
            )
            self.replacement_button.setText(literal(tr("Open {name}").format(name=name)))
        self.banner.setAccessibleName(" ".join(t for t in (receipt, gone) if t))
        self.banner.setVisible(bool(receipt))
        self._fix_banner_tab_order()

    def hide_banner(self) -> None:
        self.banner.hide()

    def announce(self, text: str) -> None:
        """Tell a screen reader what just happened (the banner says it on screen)."""
        if text and QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self.banner, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)  # after speech
            QAccessible.updateAccessibility(event)
