"""``python -m einvoice_example``: runs the walkthrough against the server in EINVOICE_BASE_URL."""

import sys

from .quickstart import main

sys.exit(main())
