"""The SQLCipher vault: connection, migrations, and the store that returns core records."""
