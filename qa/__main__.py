from qa.cli import main

raise SystemExit(main())
