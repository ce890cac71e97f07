"""Allow ``python -m salesdesk``."""

from salesdesk.cli import main

raise SystemExit(main())
