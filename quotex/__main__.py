"""``python -m quotex``: the same command line as ``quotex``."""

from quotex.cli import main

raise SystemExit(main())
