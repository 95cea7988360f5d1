"""What the recommender's parts (:mod:`.wording`, :mod:`.shelves`, :mod:`.previews`) may use
of the whole: the attributes the :class:`~tightrope.engine.recommender.Recommender` sets and
the methods another part defines, declared once so each part type-checks on its own."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import numpy as np

    from tightrope.catalog import Catalog
    from tightrope.engine.community import CommunityIndex
    from tightrope.engine.evidence import Evidence
    from tightrope.engine.explain import Preview, Recommendation, TopicShare
    from tightrope.engine.state import State
    from tightrope.privacy.consent import Policy
    from tightrope.privacy.datause import DataUseLog
    from tightrope.storage.datums import Datum
    from tightrope.storage.store import Store

ShelfPlan = list[tuple[str, str, str, "np.ndarray", str]]


class RecommenderParts:
    """Declarations only: nothing here runs."""

    store: Store
    catalog: Catalog
    community: CommunityIndex
    evidence: Evidence
    top_n: int
    _sponsored: np.ndarray  # per product: a sponsored listing
    _rating_count: np.ndarray  # per product: how many ratings it has
    data_use: DataUseLog
    _datums: dict[int, Datum] | None
    _explained: dict[int, Recommendation]
    _state: State | None
    _previewed: tuple[State | None, dict[Any, tuple[Preview, State]]]

    if TYPE_CHECKING:

        def datums(self) -> dict[int, Datum]: ...
        def policy(self) -> Policy: ...
        def _build(self, active: Iterable[Datum]) -> State: ...
        def _current(self) -> State: ...
        def _without(self, ids: Iterable[int]) -> State: ...
        def _explain(self, state: State, i: int) -> Recommendation: ...
        def _prefetch(self, state: State, products: Iterable[int]) -> None: ...
        def _shelf_plan(self, state: State) -> ShelfPlan: ...
        def _shelf_products(self, state: State) -> list[int]: ...
        @staticmethod
        def _summary(dropped: Any, entered: Any, moved: Any, changed: Any, focus: Any) -> str: ...
        @staticmethod
        def _share_sentence(share: TopicShare) -> str: ...
