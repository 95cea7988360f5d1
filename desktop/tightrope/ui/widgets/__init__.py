"""Reusable storefront widgets: cards, shelves, grids, stars, pages that scroll."""
