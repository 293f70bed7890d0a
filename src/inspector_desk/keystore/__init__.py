"""Key hierarchy (keyfile.py) and the OS keyring adapter (device_secret.py).

Named "keystore", not "secrets", so that it never shadows the standard library module.
"""
