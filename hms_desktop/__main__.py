from hms_desktop.cli import main

raise SystemExit(main())
