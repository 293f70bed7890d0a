"""Everything PySide6: windows, item models, dialogs. Calls services only, never SQL."""
