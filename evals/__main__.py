from evals.commands import main

raise SystemExit(main())
