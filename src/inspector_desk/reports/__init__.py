"""Printed documents built with reportlab from plain data (the documents issue)."""
