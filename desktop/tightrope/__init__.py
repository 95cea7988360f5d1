"""Tightrope: a storefront that explains every recommendation and forgets on request."""

__version__ = "0.1.0"
