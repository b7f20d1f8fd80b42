"""``python -m govpub`` runs the command line."""

import sys

from govpub.cli import main

sys.exit(main())
