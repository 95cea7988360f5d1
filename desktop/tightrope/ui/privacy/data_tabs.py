"""The privacy page's data tabs: "What we know" (the summary by category, the data points,
forgetting a category, a topic or a recent span) and "Inferred interests" (the interests
the shop inferred, blocking one, forgetting its evidence). Mixed into
:class:`~tightrope.ui.privacy.controller.PrivacyController`.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Slot

from tightrope.engine import interests
from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.privacy import consent, datause, erase, retention
from tightrope.privacy.effects import also_sentence
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label, count_noun
from tightrope.ui.models import DatumRow
from tightrope.ui.privacy.models import CATEGORY_ROLE, CategoryRow
from tightrope.ui.privacy.widgets import InferenceCard, NoticeCard

tr = translator("PrivacyController")


class DataTabs:
    """Fills the data tabs and forgets from them (a mixin of the privacy controller)."""

    def _refresh_know(self, st: consent.ConsentState) -> None:
        k = self.view.know
        datums = self.store.datums()
        keep = {p.category: p.days for p in retention.periods(self.store)}
        selected = self._selected_category()
        self.summary_model.set_rows(
            CategoryRow.build(datums, self.store.clock.now(), st.granted(), keep)
        )
        if selected is not None:
            row = list(CONSENT_CATEGORIES).index(selected)
            k.summary.selectRow(row)
        self.datum_model.set_rows([DatumRow.from_datum(d, self.store.catalog) for d in datums])
        k.header.set_text(
            tr("What we know about you"),
            tr(
                "%n data point(s), grouped by category and age. Select a category to list only "
                "its data points.",
                n=len(datums),
            ),
        )
        topics = sorted({t for d in datums if (t := d.topic(self.store.catalog))})
        current = k.topics.currentData()
        k.topics.clear()
        for t in topics:
            k.topics.addItem(self.store.catalog.category(t).name, t)
        if current in topics:
            k.topics.setCurrentIndex(topics.index(current))
        k.forget_topic.setEnabled(bool(topics))
        k.topics.setEnabled(bool(topics))
        k.meter.set_slices(datause.source_meter(self.rec.recommend()))
        k.verify.setVisible(self._needles is not None)
        k.status.setVisible(bool(k.status.text()))

    def _selected_category(self) -> str | None:
        rows = self.view.know.summary.selectionModel().selectedRows()
        return rows[0].data(CATEGORY_ROLE) if rows else None

    @Slot()
    def _on_summary_selection(self) -> None:
        cat = self._selected_category()
        k = self.view.know
        k.forget_category.setEnabled(cat is not None)
        k.forget_category.setText(
            tr("Forget all {category}").format(category=consent_label(cat))
            if cat
            else tr("Forget this category")
        )
        k.proxy.set_category(consent_label(cat) if cat else None)

    def _refresh_interests(self) -> None:
        t = self.view.interests
        for layout in (t.notices, t.cards):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        notes = interests.suppressed(self.rec)
        for s in notes:
            card = NoticeCard(s, t.body)
            card.opt_in_clicked.connect(self._on_opt_in)
            t.notices.addWidget(card)
        found = interests.inferred(self.rec)
        for i in found:
            card = InferenceCard(i, t.body)
            card.remove_clicked.connect(self._on_block_topic)
            card.forget_evidence_clicked.connect(self._on_forget_evidence)
            card.both_clicked.connect(self._on_block_and_forget)
            t.cards.addWidget(card)
        t.empty.setVisible(not found and not notes)
        blocked = sorted(consent.blocked_topics(self.store))
        names = ", ".join(self.store.catalog.category(b).name for b in blocked)
        t.blocked.setText(
            tr("Not inferred because you removed them: {topics}.").format(topics=names)
            if blocked
            else ""
        )
        t.blocked.setVisible(bool(blocked))

    # --- forgetting ----------------------------------------------------------------------
    def _on_before_delete(self, ids: list[int]) -> None:
        self._needles = erase.needles_for(self.store, ids)
        n = len(ids)
        self._needles_what = self._pending_what or tr("the last deletion (%n data point(s))", n=n)
        self._pending_what = ""

    def _forget(self, ids: list[int], scope: str, shown: str) -> None:
        """Forget ``ids``; ``scope`` (a kind: store.RECEIPT_SCOPES) is recorded on the receipt,
        ``shown`` (which may name the topic) is only what the user reads now."""
        if not ids:
            self.view.know.status.setText(tr("Nothing to forget in {scope}.").format(scope=shown))
            return
        self._pending_what = tr("forgetting {scope}").format(scope=shown)
        change = forget_ops.forget(self.rec, ids, scope=scope)
        kinds = ", ".join(count_noun(k, n) for k, n in change.receipt["counts"].items())
        self.view.know.status.setText(
            tr(
                "Forgotten ({scope}): {kinds}. {summary} "
                "Use \u201cVerify deletion\u201d to check the files."
            ).format(
                scope=shown,
                kinds=kinds,
                summary=" ".join(
                    t
                    for t in (
                        change.preview.summary,
                        also_sentence(change.preview.effects, done=True),
                    )
                    if t
                ),
            )
        )
        self.view.know.status.show()
        self.view.know.verify.show()
        self.view.export.verify.show()

    @Slot()
    def _on_forget_category(self) -> None:
        cat = self._selected_category()
        if cat:
            self._forget(
                erase.ids_in_category(self.store, cat),
                "category",
                tr("category {category}").format(category=consent_label(cat)),
            )

    @Slot()
    def _on_forget_topic(self) -> None:
        topic = self.view.know.topics.currentData()
        if topic:
            name = self.store.catalog.category(topic).name
            self._forget(
                self.store.datum_ids_for_topic(topic),
                "topic",
                tr("topic {topic}").format(topic=name),
            )

    def _forget_recent(self, span: timedelta, shown: str) -> None:
        self._forget(
            erase.ids_between(self.store, self.store.clock.now() - span), "time range", shown
        )

    @Slot(str)
    def _on_block_topic(self, topic: str) -> None:
        consent_ops.block_topic(self.store, topic)

    @Slot(str)
    def _on_forget_evidence(self, topic: str) -> None:
        found = {i.topic: i for i in interests.inferred(self.rec)}
        if topic in found:
            self._forget_evidence(found[topic])

    @Slot(str)
    def _on_block_and_forget(self, topic: str) -> None:
        found = {i.topic: i for i in interests.inferred(self.rec)}
        consent_ops.block_topic(self.store, topic)
        if topic in found:
            self._forget_evidence(found[topic])

    def _forget_evidence(self, inference: interests.Inference) -> None:
        self._forget(
            list(inference.evidence),
            "evidence",
            tr("evidence for {topic}").format(topic=inference.name),
        )
