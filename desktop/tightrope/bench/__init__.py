"""``tightrope bench``: latency, recommendation quality and explanation measures (never asserted)."""
