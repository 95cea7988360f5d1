"""``python -m tightrope`` runs the same entry point as the ``tightrope`` command."""

from tightrope.cli.main import run

run()
