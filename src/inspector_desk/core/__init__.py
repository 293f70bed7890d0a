"""The domain core: records, rules and use-case services.

Pure standard-library Python. It knows nothing of Qt, SQLCipher, the keyring or PDF
generation; those live in the adapter packages and are handed in through the ports in
:mod:`inspector_desk.core.ports`. The import-linter contracts in pyproject.toml keep it so.
"""
