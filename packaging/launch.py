"""The bundle's entry script: both launchers run the command line; with no arguments it opens
the shop (``tightrope.cli.main.main`` defaults to ``gui``)."""

import sys

from tightrope.cli.main import main

sys.exit(main())
