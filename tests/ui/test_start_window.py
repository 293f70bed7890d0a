"""Until the inspector's desktop lands, the app opens a start window; it must not crash."""

from inspector_desk.ui.main import StartWindow


def test_start_window_lists_profiles(qtbot):
    w = StartWindow(["default", "ауыстыру"])
    qtbot.addWidget(w)
    w.show()
    texts = " ".join(label.text() for label in w.findChildren(type(w.centralWidget().layout().itemAt(0).widget())))
    assert "ауыстыру" in texts


def test_start_window_without_profiles_says_how_to_begin(qtbot):
    w = StartWindow([])
    qtbot.addWidget(w)
    texts = " ".join(label.text() for label in w.findChildren(type(w.centralWidget().layout().itemAt(0).widget())))
    assert "inspector-desk init" in texts
