"""``inspector-desk-hq``: the headquarters command line.

Its commands (keys, enrolment, import, receipts, reports) arrive with the sync issue; until
then it answers ``--version`` and says so, rather than failing with an import error.
"""

from __future__ import annotations

import argparse
import sys

from inspector_desk import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="inspector-desk-hq",
                                     description="Inspector Desk headquarters tools")
    parser.add_argument("--version", action="version", version=f"Inspector Desk HQ {__version__}")
    parser.parse_args(sys.argv[1:] if argv is None else argv)
    print("inspector-desk-hq: no headquarters commands in this version yet.", file=sys.stderr)
    return 2
