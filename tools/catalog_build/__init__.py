"""Builds Tightrope's shipped catalog from the hand-written source in ``tools/catalog_source/``.

``source`` reads the TOML source and derives what is not written by hand (ratings, dates,
picture choice: all from SHA-256 of the product id, so a build is byte-for-byte repeatable);
``pictures`` draws the product pictures; ``build`` writes ``data/`` and ``assets/`` and checks
the result through the app's own loaders (``tightrope.catalog``, ``tightrope.engine.community``).
"""
