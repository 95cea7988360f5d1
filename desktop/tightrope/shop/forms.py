"""The checkout's forms: a delivery address and a payment card, and what is wrong with them.

Each problem is one sentence that names the field, so the checkout can put it under that
field and a screen reader reads which field it is about. The expiry date is checked against
the shop's clock (a facilitator may have moved it), never the wall clock. Nothing here
stores anything: a card is checked and forgotten (see tightrope.operations.checkout).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tightrope.i18n import translator

tr = translator("CheckoutForms")

ZIP_PATTERN = re.compile(r"^\d{5}(-\d{4})?$")
STATE_PATTERN = re.compile(r"^[A-Za-z]{2}$")
EXPIRY_PATTERN = re.compile(r"^(\d{1,2})\s*/\s*(\d{2}|\d{4})$")
CODE_PATTERN = re.compile(r"^\d{3,4}$")
SEPARATORS = re.compile(r"[\s-]")
# A card number the demo suggests: it passes the Luhn check and belongs to no one.
TEST_CARD = "4242 4242 4242 4242"

# field ids, in the order the forms show them
ADDRESS_FIELDS = ("name", "street", "city", "state", "zip_code")
CARD_FIELDS = ("number", "expiry", "code")


@dataclass(frozen=True)
class Address:
    """A delivery address as typed (surrounding spaces dropped)."""

    name: str
    street: str
    city: str
    state: str
    zip_code: str

    @classmethod
    def typed(cls, name: str, street: str, city: str, state: str, zip_code: str) -> Address:
        return cls(
            name.strip(), street.strip(), city.strip(), state.strip().upper(), zip_code.strip()
        )

    def one_line(self) -> str:
        """How it is remembered and shown: 'Ada Lee, 12 Pine St, Seattle, WA 98101'."""
        return f"{self.name}, {self.street}, {self.city}, {self.state} {self.zip_code}"

    @classmethod
    def from_line(cls, line: str) -> Address | None:
        """An address read back from :meth:`one_line`, or None when the line does not read
        back the same (then the checkout does not fill the form with it)."""
        parts = line.split(", ")
        if len(parts) < 4:
            return None
        last = parts[-1].split(" ")
        if len(last) != 2:
            return None
        address = cls(parts[0], ", ".join(parts[1:-2]), parts[-2], last[0], last[1])
        if address.one_line() != line or address_problems(address):
            return None
        return address


@dataclass(frozen=True)
class Card:
    """Card details as typed. Kept in memory for the checkout's steps only."""

    number: str
    expiry: str
    code: str

    @property
    def digits(self) -> str:
        return SEPARATORS.sub("", self.number)

    @property
    def last4(self) -> str:
        return self.digits[-4:]

    def expiry_month(self) -> tuple[int, int] | None:
        """(year, month) of the expiry date, or None when it is not MM/YY."""
        match = EXPIRY_PATTERN.match(self.expiry.strip())
        if not match:
            return None
        month, year = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            return None
        return (2000 + year if year < 100 else year), month


def luhn_ok(digits: str) -> bool:
    """The check digit every payment card number ends with (ISO/IEC 7812)."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def address_problems(address: Address) -> dict[str, str]:
    """field id -> what is wrong with it, in one sentence naming the field; empty if none."""
    out: dict[str, str] = {}
    if not address.name:
        out["name"] = tr("Full name is empty: enter the name of the person receiving the order.")
    if not address.street:
        out["street"] = tr("Street address is empty: enter the house number and street.")
    if not address.city:
        out["city"] = tr("City is empty: enter the town or city.")
    if not STATE_PATTERN.match(address.state):
        out["state"] = tr("State: enter its two-letter code, such as WA.")
    if not address.zip_code:
        out["zip_code"] = tr("ZIP code is empty: enter 5 digits, such as 98101.")
    elif not ZIP_PATTERN.match(address.zip_code):
        out["zip_code"] = tr(
            "ZIP code \u201c{zip}\u201d is not 5 digits: enter one such as 98101 or 98101-1234."
        ).format(zip=address.zip_code[:20])
    return out


def card_problems(card: Card, now: datetime) -> dict[str, str]:
    """field id -> what is wrong with it, in one sentence naming the field; empty if none.
    ``now`` is the shop's clock: a card is expired after the last day of its month."""
    out: dict[str, str] = {}
    digits = card.digits
    if not digits:
        out["number"] = tr("Card number is empty: enter the digits on the front of the card.")
    elif not digits.isdigit() or not 12 <= len(digits) <= 19:
        out["number"] = tr("Card number: enter 12 to 19 digits (spaces are fine).")
    elif not luhn_ok(digits):
        out["number"] = tr(
            "Card number: these digits are not a valid card number; check them for a typo."
        )
    expiry = card.expiry_month()
    if expiry is None:
        out["expiry"] = tr("Expiry date: enter the month and year as MM/YY, such as 08/29.")
    elif expiry < (now.year, now.month):
        out["expiry"] = tr(
            "Expiry date: this card expired at the end of {month:02d}/{year}; the shop's "
            "date is {today}."
        ).format(month=expiry[1], year=expiry[0], today=now.strftime("%m/%Y"))
    if not CODE_PATTERN.match(card.code.strip()):
        out["code"] = tr("Security code: enter the 3 or 4 digits printed on the card.")
    return out
