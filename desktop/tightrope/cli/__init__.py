"""The ``tightrope`` command line; ``tightrope.cli.main.main`` is the entry point."""
