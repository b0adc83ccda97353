from formadesk.cli import main

raise SystemExit(main())
