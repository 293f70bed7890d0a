"""Until the inspector's desktop lands, the app opens a start window; it must not crash."""

from PySide6.QtWidgets import QLabel

from inspector_desk.ui.main import StartWindow


def shown_text(window) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel))


def test_start_window_lists_profiles(qtbot):
    w = StartWindow(["default", "ауыстыру"])
    qtbot.addWidget(w)
    w.show()
    assert "ауыстыру" in shown_text(w)


def test_start_window_without_profiles_says_how_to_begin(qtbot):
    w = StartWindow([])
    qtbot.addWidget(w)
    assert "inspector-desk init" in shown_text(w)
