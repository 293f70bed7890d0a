"""Restore from the Settings page, through its widgets (pytest-qt, offscreen): a folder that
is not a backup, a damaged backup and a wrong passphrase each leave the desk open on the
current vault with its rows and its files byte-identical; a good backup replaces the vault,
reopens the desk on it and says where the previous files went."""

from __future__ import annotations

import hashlib
import os
import shutil

from inspector_desk.app.profile import UNLOCK_STATE, VAULT
from tests.conftest import PASSPHRASE
from tests.ui.test_workflow import WAIT, first_run, make_controller  # noqa: F401 - fixture

WRONG = "Жаз-2026-Астана?"


def files_of(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != UNLOCK_STATE and not p.name.startswith(VAULT)}


def open_case(c, address):
    return c.runner.call(lambda: c.core.services.cases.open_case(address=address, district="Есиль",
                                                           beat="", source="111"))


def cases_shown(c, qtbot, n):
    model = c.desk.register.model
    model.refresh()
    qtbot.waitUntil(lambda: model.total == n and model.rowCount() == n, timeout=WAIT)


def restore_through_widgets(c, path, passphrase):
    page = c.desk.settings
    c.desk.show_page("settings")
    page.result.clear()
    page.restore_button.click()
    dialog = page.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()
    dialog.folder.setText(str(path))
    dialog.passphrase.setText(passphrase)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert dialog.passphrase.text() == ""  # not kept in the widget
    return page


def test_failed_restore_leaves_the_desk_open_with_its_rows(make_controller, qtbot, tmp_path):  # noqa: F811
    c = make_controller()
    first_run(c, qtbot)
    open_case(c, "г. Астана, ул. Сығанақ, д. 3")
    backup = c.runner.call(lambda: c.profiles.backup(c.core.session, c.profile, PASSPHRASE,
                                                     tmp_path / "stick")).path
    open_case(c, "г. Астана, ул. Кенесары, д. 9")
    cases_shown(c, qtbot, 2)
    desk, folder = c.desk, c.profiles.folder(c.profile)
    before = files_of(folder)
    damaged = tmp_path / "damaged.idbackup"
    shutil.copytree(backup, damaged)
    (damaged / VAULT).write_bytes(os.urandom(8192))
    not_backup = tmp_path / "holiday-photos"
    not_backup.mkdir()

    for path, passphrase, expected in ((not_backup, PASSPHRASE, "not an Inspector Desk backup"),
                                       (damaged, PASSPHRASE, "The backup is damaged"),
                                       (backup, WRONG, "Wrong passphrase")):
        page = restore_through_widgets(c, path, passphrase)
        qtbot.waitUntil(lambda: expected in page.result.text(), timeout=WAIT)  # noqa: B023
        assert c.state == "unlocked" and c.desk is desk and c.core.unlocked
        cases_shown(c, qtbot, 2)  # the same vault, still open, still answering
        assert files_of(folder) == before
    assert c.profiles._read_state(c.profile)["failures"] == 1  # the wrong passphrase counted

    restore_through_widgets(c, backup, PASSPHRASE)
    qtbot.waitUntil(lambda: c.desk is not desk and c.desk is not None
                    and "before-restore-" in c.desk.settings.result.text(), timeout=WAIT)
    assert c.state == "unlocked" and c.desk.current_page_name() == "settings"
    kept = sorted(folder.glob("before-restore-*"))
    assert len(kept) == 1 and str(kept[0]) in c.desk.settings.result.text()
    assert (kept[0] / VAULT).exists()
    cases_shown(c, qtbot, 1)  # the restored vault: the case opened after the backup is gone
