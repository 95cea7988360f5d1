"""The shop's own records, read from the data points: orders, checkout forms (Qt-free)."""
