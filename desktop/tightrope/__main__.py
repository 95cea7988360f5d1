"""``python -m tightrope`` runs the same entry point as the ``tightrope`` command."""

from tightrope.cli import main

raise SystemExit(main())
