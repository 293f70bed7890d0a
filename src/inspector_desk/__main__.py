from inspector_desk.entry import main

raise SystemExit(main())
