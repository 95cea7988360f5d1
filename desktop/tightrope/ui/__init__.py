"""The Qt storefront: the only package in Tightrope that imports PySide6.

Views build layout and expose widgets; controllers wire their signals to the core;
:class:`~tightrope.ui.main_window.MainWindow` composes them. Nothing runs at import time.
"""
