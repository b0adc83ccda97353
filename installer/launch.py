"""PyInstaller entry point: the same `formadesk` command, GUI by default."""

from formadesk.cli import main

raise SystemExit(main())
