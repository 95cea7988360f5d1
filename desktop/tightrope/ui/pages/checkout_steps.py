"""The checkout's steps as views: delivery address, payment, review, and the confirmation.

Each step shows what it collects and what is kept, in a "What we collect here" box beside
the form; the words come from the controller (ui/pages/checkout.py), which knows the
consent in force. Views build layout and expose widgets; they write nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.shop.forms import TEST_CARD
from tightrope.ui import theme
from tightrope.ui.names import set_description
from tightrope.ui.widgets.labels import plain_label, styled_label

tr = translator("CheckoutPage")

FORM_WIDTH = 460  # at 100 %; theme.px() scales it


class CollectBox(QFrame):
    """ "What we collect here": what this step asks for and what of it is kept."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collectBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        icon = QLabel(self)
        icon.setPixmap(
            theme.icon("shield", "accent").pixmap(QSize(20, 20), self.devicePixelRatioF())
        )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = styled_label(tr("What we collect here"), "h2", self)
        row.addWidget(self.title, 1)
        layout.addLayout(row)
        self.lines: list[QLabel] = []
        self._layout = layout

    def set_lines(self, lines: list[str]) -> None:
        """One paragraph per thing collected (plain text)."""
        while len(self.lines) < len(lines):
            label = plain_label("", self, wrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(label)
            self.lines.append(label)
        for label, text in zip(self.lines, [*lines, *[""] * len(self.lines)], strict=False):
            label.setText(text)
            label.setVisible(bool(text))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.lines if label.text())


class Field(QWidget):
    """A labelled line edit with the sentence of what is wrong with it under it."""

    def __init__(self, label: str, parent: QWidget | None = None, placeholder: str = ""):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(label, self)
        self.label.setProperty("role", "fieldLabel")
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(label)
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        self.label.setBuddy(self.edit)
        self.error = styled_label("", "warning", self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def text(self) -> str:
        return self.edit.text()

    def set_problem(self, problem: str) -> None:
        """Show (or, with "", clear) what is wrong; a screen reader hears it on the field."""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        set_description(self.edit, problem)


class Step(QWidget):
    """A form beside its "What we collect here" box. Signals: ``escape_pressed()`` when Esc
    reaches the step (no control took it): the checkout goes back one step."""

    escape_pressed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        self.form = QWidget(self)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(12)
        self.title = styled_label(title, "h2", self.form)
        self.form_layout.addWidget(self.title)
        row.addWidget(self.form, 0, Qt.AlignmentFlag.AlignTop)
        self.collect = CollectBox(self)
        row.addWidget(self.collect, 1, Qt.AlignmentFlag.AlignTop)
        theme.follow_scale(self, lambda: self.form.setFixedWidth(theme.px(FORM_WIDTH)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class AddressStep(Step):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Delivery address"), parent)
        self.name = Field(tr("Full name"), self.form)
        self.street = Field(tr("Street address"), self.form)
        self.city = Field(tr("City"), self.form)
        pair = QWidget(self.form)
        pair_row = QHBoxLayout(pair)
        pair_row.setContentsMargins(0, 0, 0, 0)
        pair_row.setSpacing(16)
        self.state = Field(tr("State"), pair, tr("e.g. WA"))
        self.zip_code = Field(tr("ZIP code"), pair, tr("e.g. 98101"))
        pair_row.addWidget(self.state, 1, Qt.AlignmentFlag.AlignTop)
        pair_row.addWidget(self.zip_code, 2, Qt.AlignmentFlag.AlignTop)
        self.fields = {
            "name": self.name,
            "street": self.street,
            "city": self.city,
            "state": self.state,
            "zip_code": self.zip_code,
        }
        for widget in (self.name, self.street, self.city, pair):
            self.form_layout.addWidget(widget)
        self.prefilled = styled_label("", "small", self.form)
        self.prefilled.setWordWrap(True)
        self.prefilled.hide()
        self.form_layout.addWidget(self.prefilled)
        self.remember = QCheckBox(tr("Remember this address for my next order"), self.form)
        self.remember.setAccessibleName(tr("Remember this address for my next order"))
        self.form_layout.addWidget(self.remember)
        self.remember_note = styled_label("", "small", self.form)
        self.remember_note.setWordWrap(True)
        self.remember_note.hide()
        self.form_layout.addWidget(self.remember_note)


class PaymentStep(Step):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Payment"), parent)
        self.demo = styled_label(
            tr(
                "Demo shop: no payment is taken. Any valid test number works, such as {card}."
            ).format(card=TEST_CARD),
            "small",
            self.form,
        )
        self.demo.setWordWrap(True)
        self.form_layout.addWidget(self.demo)
        self.number = Field(tr("Card number"), self.form, TEST_CARD)
        pair = QWidget(self.form)
        pair_row = QHBoxLayout(pair)
        pair_row.setContentsMargins(0, 0, 0, 0)
        pair_row.setSpacing(16)
        self.expiry = Field(tr("Expiry date (MM/YY)"), pair, tr("MM/YY"))
        self.code = Field(tr("Security code"), pair, tr("3 or 4 digits"))
        self.code.edit.setEchoMode(QLineEdit.EchoMode.Password)
        pair_row.addWidget(self.expiry, 1, Qt.AlignmentFlag.AlignTop)
        pair_row.addWidget(self.code, 1, Qt.AlignmentFlag.AlignTop)
        self.form_layout.addWidget(self.number)
        self.form_layout.addWidget(pair)
        self.fields = {"number": self.number, "expiry": self.expiry, "code": self.code}


class LinesTable(QWidget):
    """An order's lines (name, quantity, money) and its total, a row each. Rows of boxes,
    not a grid: a long name wraps within its row and the row grows with it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.names: list[QLabel] = []
        self.total: QLabel | None = None

    def show_lines(self, lines: list[tuple[str, int, str]], total: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.names = []
        for name, qty, money in lines:
            row = QWidget(self)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(16)
            label = plain_label(name, row, wrap=True)
            label.setAccessibleName(
                tr("{name}, quantity {qty}, {money}").format(name=name, qty=qty, money=money)
            )
            box.addWidget(label, 1)
            box.addWidget(
                plain_label(tr("\u00d7 {qty}").format(qty=qty), row, "muted"),
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            box.addWidget(plain_label(money, row), 0, Qt.AlignmentFlag.AlignTop)
            self._layout.addWidget(row)
            self.names.append(label)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(styled_label(tr("Total"), "totalLabel", row), 1)
        self.total = styled_label(total, "price", row)
        box.addWidget(self.total)
        self._layout.addWidget(row)


class ReviewStep(Step):
    """The order as it will be placed: lines, total, where it goes, how it is paid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Review and place your order"), parent)
        self.lines_box = QFrame(self.form)
        self.lines_box.setObjectName("summaryPanel")
        box = QVBoxLayout(self.lines_box)
        box.setContentsMargins(20, 16, 20, 16)
        self.lines = LinesTable(self.lines_box)
        box.addWidget(self.lines)
        self.form_layout.addWidget(self.lines_box)
        self.deliver_to = plain_label("", self.form, wrap=True)
        self.paid_with = plain_label("", self.form, wrap=True)
        self.form_layout.addWidget(self.deliver_to)
        self.form_layout.addWidget(self.paid_with)

    def show_lines(self, lines: list[tuple[str, int, str]], total: str) -> None:
        """(name, quantity, line total) per line, then the total."""
        self.lines.show_lines(lines, total)


class Confirmation(QFrame):
    """After the order was placed (and only then): its reference and what was kept.
    Signals: ``orders_clicked()``, ``continue_clicked()``."""

    orders_clicked = Signal()
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmation")
        conf = QVBoxLayout(self)
        conf.setContentsMargins(32, 32, 32, 32)
        conf.setSpacing(8)
        check = QLabel(self)
        check.setPixmap(
            theme.icon("check", "accent").pixmap(QSize(40, 40), self.devicePixelRatioF())
        )
        conf.addWidget(check)
        conf.addWidget(styled_label(tr("Thank you, your order is placed"), "h1", self))
        self.order_ref = styled_label("", "orderRef", self)
        self.order_ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        conf.addWidget(self.order_ref)
        self.summary = styled_label("", "muted", self)
        self.summary.setWordWrap(True)
        conf.addWidget(self.summary)
        self.kept = CollectBox(self)
        self.kept.title.setText(tr("What was kept"))
        conf.addSpacing(8)
        conf.addWidget(self.kept)
        conf.addSpacing(16)
        row = QHBoxLayout()
        self.orders = QPushButton(tr("See your orders"), self)
        self.orders.setObjectName("secondaryButton")
        self.orders.setAccessibleName(tr("See your orders"))
        self.orders.clicked.connect(self.orders_clicked)
        self.continue_button = QPushButton(tr("Continue shopping"), self)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setAccessibleName(tr("Continue shopping"))
        self.continue_button.clicked.connect(self.continue_clicked)
        for button in (self.continue_button, self.orders):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(button)
        row.addStretch(1)
        conf.addLayout(row)
