from reminders.cli import main

raise SystemExit(main())
