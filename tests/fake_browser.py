"""A stand-in for a person's browser during `followup auth login`: follows the sign-in address.

The test provider signs the user in at once and redirects to followup's loopback listener; urllib
follows that redirect, which is exactly what a browser does. Used as $BROWSER (see test_oauth2.py).
"""

from __future__ import annotations

import sys
import urllib.request


def main(address: str) -> int:
    with urllib.request.urlopen(address, timeout=30) as page:
        page.read()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
