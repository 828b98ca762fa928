"""The bundle's `gig-kiosk` executable: the `kiosk` command."""

import sys

from kiosk.cli import main

sys.exit(main())
