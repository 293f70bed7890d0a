"""Conflicts and held changes (docs/hq.md, "Conflicts and held changes"; hq/review.py as is).

The list names the case, its people, the inspectors of each side and the times. The item
opens as a table: field | common base | side 1 | side 2 | … | decision | typed value. A
field one side changed is proposed from that side; a field both sides changed differently
(a clash) is highlighted and has no decision until the analyst picks one. Decide takes the
per-field choices with a note; the update packs written for the devices are listed.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.hq import review
from inspector_desk.hqdesk.common import Page, fill, selected_data, table

CLASH = QColor("#fde68a")
UNDECIDED = None
TYPED = "value"


def shown(value: Any) -> str:
    if value is review.ABSENT:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsPage(Page):
    action = "conflicts"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.item: review.Item | None = None
        self.items: list[review.Item] = []
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split)
        self.list = table(self)
        self.list.setObjectName("conflict-list")
        self.list.itemSelectionChanged.connect(self._opened)
        split.addWidget(self.list)

        detail = QWidget(self)
        d = QVBoxLayout(detail)
        self.head = QLabel(detail)
        self.head.setObjectName("conflict-head")
        self.head.setWordWrap(True)
        d.addWidget(self.head)
        self.diff = table(detail)
        self.diff.setObjectName("conflict-diff")
        self.diff.setSelectionMode(self.diff.SelectionMode.NoSelection)
        d.addWidget(self.diff)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Note (required):"), detail))
        self.note = QLineEdit(detail)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Why this decision (kept with it in the HQ audit)"))
        row.addWidget(self.note, 1)
        self.decide = QPushButton(self.tr("Decide"), detail)
        self.decide.setObjectName("decide")
        self.decide.clicked.connect(self._decide)
        self.reject = QPushButton(self.tr("Reject the held change"), detail)
        self.reject.setObjectName("reject")
        self.reject.clicked.connect(self._reject)
        row.addWidget(self.decide)
        row.addWidget(self.reject)
        d.addLayout(row)
        d.addWidget(QLabel(self.tr("Update packs written for the devices:"), detail))
        self.packs = QListWidget(detail)
        self.packs.setObjectName("packs")
        self.packs.setMaximumHeight(90)
        d.addWidget(self.packs)
        split.addWidget(detail)
        layout.addWidget(self.message)
        self._enable(False)

    def title(self) -> str:
        return self.tr("Conflicts")

    def _enable(self, on: bool) -> None:
        self.decide.setEnabled(on)
        self.reject.setEnabled(on and self.item is not None and self.item.held_id is not None)
        self.note.setEnabled(on)

    def refresh(self) -> None:
        self.call(self.session.review_items, done=self._listed)

    def _listed(self, items: list[review.Item]) -> None:
        self.items = items
        headers = [self.tr("Item"), self.tr("Case"), self.tr("People"), self.tr("Inspectors"),
                   self.tr("Record"), self.tr("Reason"), self.tr("Since"), self.tr("Side times"),
                   self.tr("Clashes")]
        L = self.labels
        rows = [[i.ref, i.case_no or "—", ", ".join(i.persons) or "—", ", ".join(i.inspectors), L.kind(i.kind),
                 L.reason(i.reason), self.when(i.since),
                 "; ".join(f"{s.label}: {self.when(s.updated_at)}" for s in i.sides), len(i.clashes)]
                for i in items]
        fill(self.list, headers, rows, [i.ref for i in items])
        self.item = None
        self.diff.setRowCount(0)
        self.head.setText(self.tr("No conflicts and no held changes.") if not items else
                          self.tr("%n item(s) wait for a decision: choose one.", "", len(items)))
        self._enable(False)
        self.ready.emit()

    def _opened(self) -> None:
        ref = selected_data(self.list)
        item = next((i for i in self.items if i.ref == ref), None)
        if item is not None:
            self.show_item(item)

    def show_item(self, item: review.Item) -> None:
        self.item = item
        L = self.labels
        sides = "; ".join(self.tr("side {0}: {1} on {2}, version {3}, {4}").format(
            s.label, s.login, s.device_id[:8], s.version, self.when(s.updated_at)) for s in item.sides)
        reason = L.reason(item.reason)
        detail = L.detail(item.reason, item.detail)
        self.head.setText(self.tr("{0} · {1} · case {2} · {3}\n{4}\nCommon base: {5}\n{6}").format(
            item.ref, L.kind(item.kind), item.case_no or "—", ", ".join(item.persons) or "—", sides,
            item.base_ref or self.tr("none (headquarters has no common version)"),
            f"{reason}: {detail}" if detail else reason))
        headers = [self.tr("Field"), self.tr("Base")]
        headers += [self.tr("Side {0} ({1})").format(s.label, s.login) for s in item.sides]
        headers += [self.tr("Decision"), self.tr("Typed value")]
        fill(self.diff, headers, [[L.field(d.name), self.shown(d.name, d.base),
                                   *(self.shown(d.name, v) for v in d.values), "", ""] for d in item.diff],
             [d.name for d in item.diff])
        n = len(item.sides)
        for r, d in enumerate(item.diff):
            combo = QComboBox(self.diff)
            combo.setObjectName(f"choice:{d.name}")
            if d.proposal is None:
                combo.addItem(self.tr("— decide —"), UNDECIDED)
            for s in item.sides:
                combo.addItem(self.tr("Side {0} ({1})").format(s.label, s.login), s.label)
            if item.base is not None:
                combo.addItem(self.tr("Common base"), "base")
            combo.addItem(self.tr("Typed value"), TYPED)
            if d.proposal is not None:
                combo.setCurrentIndex(combo.findData(item.sides[d.proposal].label))
            edit = QLineEdit(self.diff)
            edit.setObjectName(f"value:{d.name}")
            edit.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _i, c=combo, e=edit: e.setEnabled(c.currentData() == TYPED))
            edit.textEdited.connect(lambda _t, c=combo: c.setCurrentIndex(c.findData(TYPED)))
            self.diff.setCellWidget(r, 2 + n, combo)
            self.diff.setCellWidget(r, 3 + n, edit)
            if d.proposal is None:
                for c in range(2 + n):
                    cell = self.diff.item(r, c) or QTableWidgetItem()
                    cell.setBackground(QBrush(CLASH))
                    cell.setToolTip(self.tr("Both sides changed this field: decide it"))
        self.diff.resizeColumnsToContents()
        self.packs.clear()
        self.note.clear()
        self._enable(True)

    def shown(self, name: str, value: Any) -> str:
        """A value as the reader knows it: a code of a known vocabulary by its name (the
        code after it, which a typed value would use), a time on the unit's clock."""
        named = self.labels.value(name, value)
        if named is None:
            return shown(value)
        return named if name.endswith("_at") else f"{named} ({value})"

    def choice(self, name: str) -> QComboBox:
        return self.diff.findChild(QComboBox, f"choice:{name}")

    def typed(self, name: str) -> QLineEdit:
        return self.diff.findChild(QLineEdit, f"value:{name}")

    def choices(self) -> tuple[dict[str, str], dict[str, Any], list[str]]:
        """(take, values, undecided) as hq/review.py ``resolve`` takes them; a field left at
        its proposal is left to the three-way merge (recorded as "only change")."""
        assert self.item is not None
        take: dict[str, str] = {}
        values: dict[str, Any] = {}
        undecided = []
        for d in self.item.diff:
            picked = self.choice(d.name).currentData()
            if picked is UNDECIDED:
                undecided.append(d.name)
            elif picked == TYPED:
                values[d.name] = self._parse(d, self.typed(d.name).text())
            elif d.proposal is None or picked != self.item.sides[d.proposal].label:
                take[d.name] = picked
        return take, values, undecided

    @staticmethod
    def _parse(d: review.FieldDiff, text: str) -> Any:
        """Text for a text field; JSON (a number, a list, true/false) for other fields."""
        known = [v for v in (d.base, *d.values) if v is not review.ABSENT and v is not None]
        if known and all(isinstance(v, str) for v in known):
            return text
        try:
            return json.loads(text)
        except ValueError:
            return text

    def _decide(self) -> None:
        if self.item is None:
            return
        take, values, undecided = self.choices()
        rows = {d.name: r for r, d in enumerate(self.item.diff)}
        if undecided:
            self.diff.setCurrentCell(rows[undecided[0]], 0)
            self.choice(undecided[0]).setFocus()
            self.fail(ValueError(self.tr("Decide these fields first: {0}").format(
                ", ".join(self.labels.field(n) for n in undecided))))
            return
        begun = self._begin(self.tr("Write a note: why this decision"))
        if begun is None:
            return
        ref, note = begun
        session = self.session
        self.call(lambda: session.resolve(ref, take=take, values=values, note=note),
                  done=lambda d: self._decided(d, self.tr("{0} decided: version {1}").format(ref, d.version)))

    def _reject(self) -> None:
        if self.item is None or self.item.held_id is None:
            return
        begun = self._begin(self.tr("Write a note: why this change is rejected"))
        if begun is None:
            return
        ref, note = begun
        self.call(self.session.reject, ref, note,
                  done=lambda d: self._decided(d, self.tr("{0} rejected: headquarters' version stays").format(ref)))

    def _begin(self, missing: str) -> tuple[str, str] | None:
        """(item, note) of a decision about to be sent, the buttons disabled meanwhile; None
        with ``missing`` said at the note when no note is written."""
        note = self.note.text().strip()
        if not note:
            self.note.setFocus()
            self.fail(ValueError(missing))
            return None
        assert self.item is not None
        self._enable(False)
        return self.item.ref, note

    def _decided(self, decision: review.Decision, text: str) -> None:
        self.refresh()
        self.packs.clear()
        for p in decision.packs:
            self.packs.addItem(str(p))
        self.last_decision = decision
        self.say(text)

    def fail(self, exc: BaseException) -> None:
        super().fail(exc)
        if self.item is not None:
            self._enable(True)
