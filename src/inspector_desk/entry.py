"""Where the program starts: the ``inspector-desk`` command, ``python -m inspector_desk`` and
the frozen application (packaging/launcher.py) all call :func:`main`.

``inspector-desk --version`` alone is answered here, before the command line (every
subcommand's parser) is built: scripts and installers ask it often and it should cost little
more than starting Python. Everything else goes to :func:`inspector_desk.cli.main`.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:
        from inspector_desk import __version__

        try:
            print(f"Inspector Desk {__version__}")
        except BrokenPipeError:  # inspector-desk --version | true
            pass
        return 0
    from inspector_desk.cli import main as cli_main

    return cli_main(argv)
