"""The Qt storefront: the only package in Tightrope that imports PySide6.

Views build layout and expose widgets; controllers wire their signals to the core;
:class:`~tightrope.ui.main_window.MainWindow` composes them, handing each controller the
parts of the window it uses. Nothing runs at import time.
"""
