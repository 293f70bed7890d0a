from inspector_desk.cli import main

raise SystemExit(main())
