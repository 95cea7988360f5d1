"""What partners would see: keyed pseudonymous id, k-anonymous coarse interests, nothing sensitive."""

import hashlib
import hmac

from tightrope.operations import consent as consent_ops
from tightrope.operations.persona import load_persona
from tightrope.privacy import partners
from tightrope.workshop.personas import load


def test_do_not_sell_is_on_by_default_and_sends_nothing(services, catalog):
    load_persona(services.store, load("outdoor-enthusiast", catalog))
    out = partners.payload(services.recommender)
    assert out["do_not_sell"] is True and out["would_send"] is None and out["sent"] is False
    assert services.store.get_meta(partners.META_KEY) is None, (
        "no key is made while nothing is shared"
    )


def test_payload_is_pseudonymous_coarse_and_k_anonymous(services, catalog):
    store, rec = services.store, services.recommender
    load_persona(store, load("expecting-parent", catalog))
    consent_ops.set_do_not_sell(store, False)
    out = partners.payload(rec)
    sent = out["would_send"]
    key = bytes.fromhex(store.get_meta(partners.META_KEY))
    assert (
        sent["pseudonymous_id"]
        == hmac.new(
            key, f"tightrope-partner-id:{partners.PARTNER}".encode(), hashlib.sha256
        ).hexdigest()
    )
    assert partners.pseudonymous_id(store, "other.example") != sent["pseudonymous_id"]
    sensitive = {c.id for c in catalog.sensitive_categories()}
    assert not set(sent["interests"]) & sensitive
    for e in out["eligible_interests"]:
        assert e["cohort_at_least"] >= rec.community.k
    assert set(sent) == {"partner", "pseudonymous_id", "interests"}, "no data points, no location"
    assert "Minneapolis" not in str(sent)


# The figures: how many of the 6,000 community shoppers hold every interest each
# persona's payload named before it was checked as a whole.
RARE_TOGETHER = {
    "outdoor-enthusiast": 3,
    "shared-family-device": 4,
    "gift-buyer": 9,
    "pregnancy-loss": 0,
}


def test_the_payload_is_k_anonymous_as_a_whole(services, catalog, community):
    store, rec = services.store, services.recommender
    k = community.k
    for persona, before in RARE_TOGETHER.items():
        load_persona(store, load(persona, catalog))
        out = partners.payload(rec)
        sent = out["would_send_if_allowed"]["interests"]
        dropped = [w for w in out["withheld"] if w["rule"] == "combination"]
        assert dropped, persona
        assert community.cohort(sent + [d["topic"] for d in dropped]) == before, persona
        assert community.cohort(sent) >= k and out["combination_cohort"] == community.cohort(sent)
        last = dropped[-1]  # the one whose going made the set k-anonymous
        assert f"with it, {community.cohort([*sent, last['topic']])} did" in last["reason"]
        # nothing was dropped that could have stayed: adding any one back breaks the rule
        for d in dropped:
            assert community.cohort([*sent, d["topic"]]) < k, (persona, d["topic"])


def test_cohort_counts_shoppers_holding_every_department(community):
    assert community.cohort([]) == community.shoppers
    outdoor, books = community.cohort(["outdoor"]), community.cohort(["books"])
    both = community.cohort(["outdoor", "books"])
    assert 0 < both <= min(outdoor, books) and community.cohort(["no-such"]) == 0
