from tests.sync.fixtures import *  # noqa: F401,F403 - shared fixtures
