"""The composition root: builds the services from concrete adapters and hands them out."""
