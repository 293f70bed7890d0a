"""Entry script of the frozen application (packaging/inspector-desk.spec): the same
``main()`` as the ``inspector-desk`` console script. Without arguments it opens the desktop
window; ``--self-test`` checks the installation; any other command is the command line."""

import sys

from inspector_desk.entry import main

if __name__ == "__main__":
    sys.exit(main())
