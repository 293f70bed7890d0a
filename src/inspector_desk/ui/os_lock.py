"""Lock when the operating system sleeps, locks the screen or ends the session.

Linux: D-Bus signals, listened to on both buses with any sender (so a test can send them on
a private bus):

* system bus, ``org.freedesktop.login1.Manager.PrepareForSleep(true)``: suspend or hibernate
  is about to happen (logind sends it before the machine sleeps);
* system bus, ``org.freedesktop.login1.Session.Lock``: ``loginctl lock-session``, the lid
  closing under most desktops, the screen locker asking sessions to lock;
* session bus, ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE, XFCE and
  others) and ``org.gnome.ScreenSaver`` (GNOME): the screen locker came up.

Windows: ``WTSRegisterSessionNotification`` and the window's native messages:
``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` / ``WTS_SESSION_LOGOFF`` and
``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``.

The idle clock (:func:`idle_clock`) counts the time the machine slept: on Linux
``CLOCK_BOOTTIME`` (``CLOCK_MONOTONIC`` stops during suspend), on Windows ``time.monotonic``
(``GetTickCount64`` counts sleep), elsewhere ``time.monotonic``.
"""

from __future__ import annotations

import ctypes
import logging
import os
import time

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Signal, Slot

log = logging.getLogger(__name__)

_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


def idle_clock() -> float:
    """Seconds on a clock that keeps running while the machine sleeps."""
    if _BOOTTIME is not None:
        return time.clock_gettime(_BOOTTIME)
    return time.monotonic()


class OsLockWatcher(QObject):
    """Emits ``lock_requested(reason)``: "suspend", "screen" or "logout"."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        self._native: _WindowsSessionFilter | None = None
        if os.name == "nt":
            self._listen_windows()
        else:
            self._listen_dbus()

    # --- Linux and other D-Bus desktops --------------------------------------------------

    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        for bus, name, path, interface, member, slot in (
            (system, "system", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", "1_sleeping(bool)"),
            (system, "system", "", "org.freedesktop.login1.Session", "Lock", "1_session_lock()"),
            (session, "session", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", "1_screensaver(bool)"),
            (session, "session", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
             "ActiveChanged", "1_screensaver(bool)"),
        ):
            if bus.isConnected() and bus.connect("", path, interface, member, self, slot):
                self.listening.append(f"{name}:{interface}.{member}")
        log.info("OS lock signals: %s", ", ".join(self.listening) or "none (no D-Bus)")

    @Slot(bool)
    def _sleeping(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit("suspend")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("screen")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen")

    # --- Windows -------------------------------------------------------------------------

    def _listen_windows(self) -> None:  # pragma: no cover - exercised on Windows only
        from PySide6.QtCore import QCoreApplication

        self._native = _WindowsSessionFilter(self.lock_requested.emit)
        QCoreApplication.instance().installNativeEventFilter(self._native)
        self.listening.append("windows:WM_WTSSESSION_CHANGE,WM_POWERBROADCAST")

    def register_window(self, win_id: int) -> None:
        """Windows only: ask for session notifications for the main window's handle."""
        if os.name != "nt":
            return
        try:  # pragma: no cover - Windows only
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)
        except (AttributeError, OSError):
            log.warning("session notifications unavailable")


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x0004
    WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, WTS_SESSION_LOGOFF = 0x02B1, 0x7, 0x6

    def __init__(self, emit) -> None:
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt's name
        if event_type != b"windows_generic_MSG":
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND:
            self._emit("suspend")
        elif msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam in (self.WTS_SESSION_LOCK,
                                                                         self.WTS_SESSION_LOGOFF):
            self._emit("screen" if msg.wParam == self.WTS_SESSION_LOCK else "logout")
        return False, 0
