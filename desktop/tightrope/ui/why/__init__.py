"""The "why am I seeing this?" panel, split into content (Qt-free wording), rows (painted
contribution rows), view (layout) and controller (engine calls). The public entry point is
:class:`tightrope.ui.why_panel.WhyPanel`.
"""
