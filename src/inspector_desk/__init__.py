"""Inspector Desk: the offline desk of inspectors who protect families from violence."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("inspector-desk")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
