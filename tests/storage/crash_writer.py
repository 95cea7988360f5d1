"""A writer for tests/storage/test_crash.py: real services on a data folder, doing records,
cart adds, forgets, consent changes and exclusions in a loop until it is killed.

Protocol on stdout, one line each, flushed: ``READY``; then per operation ``BEGIN <op> ...``
before it starts and ``ACK <op> ...`` once the call has returned (its transaction
committed). The test kills this process with SIGKILL at random points.
"""

from __future__ import annotations

import random
import sys

from tightrope import paths
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.privacy import consent
from tightrope.services import open_services


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")
    sys.stdout.flush()


def main(folder: str, seed: int) -> None:
    rng = random.Random(seed)
    services = open_services(paths.resolve_data_dir(folder))
    store, rec = services.store, services.recommender
    if not consent.decided(store):
        consent_ops.accept_all(store, "crash test")
    products = [p.id for p in services.catalog.products if not p.sensitive]
    say("READY")
    n = 0
    while True:
        n += 1
        roll = rng.random()
        alive = [r["id"] for r in store.db.query("SELECT id FROM datums")]
        if roll < 0.35 or len(alive) < 4:
            # one token no product matches: a search that looked like a sensitive topic
            # would (rightly) not be recorded
            text = f"zqcrash{seed}x{n}"
            say("BEGIN record", text)
            d = record_ops.record(store, "search", text=text, where="crash test").datum
            say("ACK record", d.id, text)
        elif roll < 0.5:
            product = rng.choice(products)
            say("BEGIN cart", product)
            d = record_ops.add_to_cart(store, product, where="crash test").datum
            say("ACK cart", d.id, product)
        elif roll < 0.75:
            ids = sorted(rng.sample(alive, rng.randint(1, min(3, len(alive)))))
            say("BEGIN forget", ",".join(map(str, ids)))
            forget_ops.forget(rec, ids)
            say("ACK forget", ",".join(map(str, ids)))
        elif roll < 0.87:
            on = not consent.state(store).categories["ratings"]
            say("BEGIN consent", int(on))
            consent_ops.set_switches(store, {"ratings": on}, "crash test")
            say("ACK consent", int(on))
        else:
            datum_id = rng.choice(alive)
            flag = not store.datum(datum_id).excluded
            say("BEGIN exclude", datum_id, int(flag))
            (forget_ops.exclude if flag else forget_ops.include)(rec, [datum_id])
            say("ACK exclude", datum_id, int(flag))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
