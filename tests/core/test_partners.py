"""What partners would see: keyed pseudonymous id, k-anonymous coarse interests, nothing sensitive."""

import hashlib
import hmac

from tightrope import partners
from tightrope.personas import apply_persona, load


def test_do_not_sell_is_on_by_default_and_sends_nothing(services, catalog):
    apply_persona(services.store, load("outdoor-enthusiast", catalog))
    out = partners.payload(services.recommender)
    assert out["do_not_sell"] is True and out["would_send"] is None and out["sent"] is False
    assert services.store.get_meta(partners.META_KEY) is None, "no key is made while nothing is shared"


def test_payload_is_pseudonymous_coarse_and_k_anonymous(services, catalog):
    store, rec = services.store, services.recommender
    apply_persona(store, load("expecting-parent", catalog))
    partners.set_do_not_sell(store, False)
    out = partners.payload(rec)
    sent = out["would_send"]
    key = bytes.fromhex(store.get_meta(partners.META_KEY))
    assert sent["pseudonymous_id"] == hmac.new(
        key, f"tightrope-partner-id:{partners.PARTNER}".encode(), hashlib.sha256).hexdigest()
    assert partners.pseudonymous_id(store, "other.example") != sent["pseudonymous_id"]
    sensitive = {c.id for c in catalog.sensitive_categories()}
    assert not set(sent["interests"]) & sensitive
    for e in out["eligible_interests"]:
        assert e["cohort_at_least"] >= rec.community.k
    assert set(sent) == {"partner", "pseudonymous_id", "interests"}, "no data points, no location"
    assert "Minneapolis" not in str(sent)
