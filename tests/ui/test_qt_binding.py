"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 lost a reference to ``None`` on
every Qt call that returns nothing, and the program aborted ("Fatal Python error:
none_dealloc") after some thousands of calls: in the field, in the middle of a visit form.
pyproject.toml keeps such a version out; this test fails on any binding that does it."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText("Сәрсенбаева")
        label.setVisible(False)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost over 4,000 void Qt calls"
