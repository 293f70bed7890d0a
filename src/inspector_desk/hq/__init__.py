"""The headquarters side: bundle import, review, statistics. Runs without Qt."""
