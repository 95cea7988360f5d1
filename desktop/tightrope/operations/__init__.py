"""Every write the app makes, one function each: validate, write in one transaction, commit
durably, then return one :class:`~tightrope.operations.changes.Changes` (and tell the store's
listeners, the recommender's cache and the window's one ``changed`` signal, with it).

Modules by what they write: :mod:`.record` (shopper activity: views, searches, cart, orders,
wishlist, ratings), :mod:`.forget` (forget and exclude/include data points), :mod:`.consent`
(switches, level, pause, blocked topics, "do not sell"), :mod:`.retention` (periods, expiry,
the demo clock), :mod:`.persona` (a persona load), :mod:`.erase` (erase everything, restore
an export), :mod:`.settings` (the window's own settings). docs/architecture.md says how to add
one. Nothing is imported here, so a module can use :mod:`.changes` without the rest.
"""
