"""Inspector Desk: the offline desk of inspectors who protect families from violence."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata when first asked for (PEP 562):
    # scanning the installed distributions costs ~60 ms that the unlock window need not wait.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("inspector-desk")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
