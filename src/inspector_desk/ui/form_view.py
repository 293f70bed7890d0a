"""Form entry rendered from a form definition: sections, fields that appear and disappear as
answers change, inline messages, the live risk score, attachments, drafts, save.

The forms engine is pure Python and fast, so relevance and validation run on the UI thread
on every change; only saving, drafts and attachments go to the worker. A draft is written
on every change (at most once a second) and every few seconds while typing, into the
encrypted vault, and offered back from the dashboard after a crash.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget,
)

from inspector_desk.core import prefill as pf
from inspector_desk.core.errors import ValidationError
from inspector_desk.core.services.base import CaseFacts
from inspector_desk.forms import FieldDef, FieldError, Form, FormContext
from inspector_desk.forms.messages import catalog
from inspector_desk.ui import clock as ui_clock
from inspector_desk.ui import form_fields as ff
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.pages import DeskPort

AUTOSAVE_MS = 5000
NARROW = 720  # px of the form's width below which labels stand above their fields


class FieldMessage(QLabel):
    """The one line under a field for its error or warning. Its space is kept while it is
    empty or hidden, so a message never makes the form jump; a message longer than the line
    is shortened with "…" and shown whole in the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._fit()

    def text(self) -> str:
        return self._full

    def _fit(self) -> None:
        width = max(20, self.width())
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit()


class FormPage(QWidget):
    def __init__(self, desk: DeskPort, kind: str, case_id: str, record=None, draft=None) -> None:
        super().__init__()
        self.desk, self.kind, self.case_id = desk, kind, case_id
        self.record, self.draft_id = record, draft.id if draft else None
        self.lang = desk.language
        self.form: Form | None = None
        self.persons: dict[str, str] = {}
        self.facts = CaseFacts()
        self.legal = None  # the legal reference, for the warnings of the form
        self.editors: dict[str, ff.Editor] = {}
        self.rows: dict[str, tuple[QWidget, QWidget, QLabel]] = {}
        self.sections: dict[str, QGroupBox] = {}
        self.dirty = False
        self.ready = False  # True once every section is built and the answers are in
        self.tried_save = False
        self._pending_answers = (draft.answers if draft else record.answers if record else None)
        self._version = (draft.form_version if draft else record.form_version if record else None)
        self.prefilled: dict[str, Any] = {}
        self.grids: list[QFormLayout] = []

        layout = QVBoxLayout(self)
        self.title = QLabel(Labels().kind(kind))
        self.title.setStyleSheet("font-size: 18px; font-weight: 600")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        # Under the title, wrapping: the score line names the scale and the level, long in
        # Russian and Kazakh, and must not widen the form beyond a 1366×768 screen at 150 %.
        self.score = QLabel()
        self.score.setAccessibleName(self.tr("Risk score"))
        self.score.setStyleSheet("font-size: 16px; font-weight: 600")
        self.score.setWordWrap(True)
        self.score.hide()  # shown by forms that score (the risk checklist)
        layout.addWidget(self.score)
        self.draft_note = QLabel()
        self.draft_note.setStyleSheet("color: #475569")
        self.draft_note.setWordWrap(True)
        layout.addWidget(self.draft_note)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        # Forms reflow instead: long options wrap, labels go above their fields when narrow.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b91c1c")
        bottom.addWidget(self.summary, 1)
        if record is not None:
            doc = QPushButton(self.tr("Print…"))
            doc.clicked.connect(self._document)
            bottom.addWidget(doc)
        cancel = QPushButton(self.tr("Close"))
        cancel.clicked.connect(self.close_page)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(cancel)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._soon = QTimer(self, singleShot=True, interval=1000)
        self._soon.timeout.connect(self.save_draft)
        version = self._version

        # Reached from its open case, the form is part of that opening; opened another way
        # (a draft from Today, Ctrl+N from the register) it is an opening of the case. A
        # record opened from the timeline is an opening of that record.
        case_open = desk.case_page is not None and desk.case_page.case_id == case_id
        record_id = getattr(record, "id", None)

        def load(svc):
            view = svc.cases.get_case(case_id, audit=not case_open)
            if record_id:
                svc.desk.open_record(kind, record_id)
            interval = svc.rules.interval(view.case.risk_level).days
            return svc.desk.form_definition(kind, version), view, svc.records.legal_reference(), interval

        desk.client.call(load, on_done=self._build)

    # --- building --------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The session clock's wall time now (the unit's time zone), to the minute."""
        return ui_clock.wall(ui_clock.now()).replace(tzinfo=None, second=0, microsecond=0)

    def _build(self, loaded: tuple) -> None:
        form, view, self.legal, interval = loaded
        self.form = form
        self.view = view
        self._interval = interval
        self.facts = CaseFacts.of((p.participant, p.person) for p in view.participants)
        self.persons = {p.person.id: p.person.full_name for p in view.participants}
        self.title.setText(f"{form.title.get(self.lang)} — {view.case.case_no}")
        words = {c.code: c.label.get(self.lang) for c in catalog().yes_no_unknown.choices}
        # One section per turn of the event loop, so a long form never holds the UI thread.
        self._to_build = [(section, words) for section in form.sections]
        self._build_next()

    def _build_next(self) -> None:
        if self._to_build:
            section, words = self._to_build.pop(0)
            box = QGroupBox(section.title.get(self.lang))
            grid = QFormLayout(box)
            grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            grid.setRowWrapPolicy(self._wrap_policy())
            self.grids.append(grid)
            for field in section.fields:
                self._add_field(grid, field, words)
            self.body_layout.addWidget(box)
            self.sections[section.id] = box
            QTimer.singleShot(0, self._build_next)
            return
        self._finish_build()

    def _finish_build(self) -> None:
        form = self.form
        self.body_layout.addStretch()
        if self._pending_answers is not None:
            answers = self._pending_answers
        else:  # a new record: the form's defaults, then what the case already knows
            answers = form.defaults()
            self.prefilled = self._prefill()
            answers.update(self.prefilled)
        for fid, value in answers.items():
            if fid in self.editors:
                self.editors[fid].set_value(value)
        if self.draft_id:
            self.draft_note.setText(self.tr("Restored from a draft. Nothing is lost: save when ready."))
        elif self.prefilled:
            self.draft_note.setText(self.tr("Filled in from the case: check and change as needed."))
        self.dirty = False
        self.ready = True
        self.refresh()
        self._autosave.start()
        # The keyboard starts at the first field that still needs an answer (the first field
        # when none does); QTimer: after the page is shown and laid out.
        QTimer.singleShot(0, self.focus_start)

    # --- prefill ---------------------------------------------------------------------------

    def _prefill_field(self, f: FieldDef) -> pf.PrefillField:
        codes = frozenset(f.choices.codes) if f.choices is not None else None
        if f.type == "person":
            codes = frozenset(self.persons)
        return pf.PrefillField(
            f.id, f.type, f.prefill, codes,
            tuple(self._prefill_field(c) for c in f.children),
            roles_list=f.choices is not None and f.choices.name == "person_roles")

    def _prefill(self) -> dict[str, Any]:
        view, inspector = self.view, self.desk.inspector
        facts = pf.PrefillFacts(
            now=self.now(),
            address=view.case.address,
            source=view.case.source,
            participants=tuple(
                pf.Participation(p.person.id, p.participant.role,
                                 self.facts.birth_dates.get(p.person.id))
                for p in view.participants
                if not p.participant.deleted and not p.person.deleted),
            measures=tuple(pf.MeasureSpan(r.status, r.valid_from, r.valid_to)
                           for r in view.timeline if r.KIND == "measure" and not r.deleted),
            contact_interval_days=self._interval,
            inspector={k: getattr(inspector, k, "") or "" for k in ("name", "rank", "unit", "district")}
            if inspector is not None else {},
            previous=pf.previous_answers(view.timeline, self.kind))
        fields = [self._prefill_field(f) for f in self.form.top_fields() if f.id in self.editors]
        return pf.prefill_answers(fields, facts)

    # --- focus -----------------------------------------------------------------------------

    def _wrap_policy(self) -> QFormLayout.RowWrapPolicy:
        narrow = self.scroll_area.viewport().width() < NARROW if self.isVisible() else False
        return (QFormLayout.RowWrapPolicy.WrapAllRows if narrow
                else QFormLayout.RowWrapPolicy.WrapLongRows)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        policy = self._wrap_policy()
        for grid in self.grids:
            if grid.rowWrapPolicy() != policy:
                grid.setRowWrapPolicy(policy)

    def shown_fields(self) -> list[str]:
        """Field ids in form order that are on screen now (relevant, takes an answer)."""
        return [fid for fid in self.editors
                if not self.rows[fid][1].isHidden() and self.editors[fid].isEnabled()]

    def needing_answer(self) -> list[str]:
        """Shown fields in form order with an error now (a required answer missing, a date
        that does not exist, a broken rule)."""
        ctx = self.context()
        wrong = {e.field.split("[")[0] for e in self.form.validate(self.answers(), ctx)}
        wrong |= {fid for fid, e in self.editors.items() if e.problem()}
        return [fid for fid in self.shown_fields() if fid in wrong]

    def go_to(self, fid: str) -> None:
        """Scroll to a field and give it the keyboard."""
        _label, holder, _msg = self.rows[fid]
        self.scroll_area.ensureWidgetVisible(holder, 20, 40)
        target = self.editors[fid].focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(target, 20, 40)

    def focus_start(self) -> None:
        if not self.ready:
            return
        needed = self.needing_answer()
        shown = self.shown_fields()
        if needed:
            self.go_to(needed[0])
        elif shown:
            self.go_to(shown[0])

    def advance(self, after: str) -> None:
        """An answer was given at ``after``: on to the next field that needs one, or to Save
        when none is left (Enter or Ctrl+S saves)."""
        if not self.ready:
            return
        self.refresh()
        needed = self.needing_answer()
        order = self.shown_fields()
        position = order.index(after) if after in order else -1
        later = [fid for fid in needed if order.index(fid) > position]
        if later:
            self.go_to(later[0])
        elif needed:
            self.go_to(needed[0])
        else:
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_field(self, grid: QFormLayout, field: FieldDef, words: dict[str, str]) -> None:
        if field.type == "signature":
            return
        label = QLabel(field.label.get(self.lang) + (" *" if field.required else ""))
        label.setWordWrap(True)
        label.setMinimumWidth(160)
        label.setMaximumWidth(340)
        if field.type == "note":
            note = QLabel(field.label.get(self.lang))
            note.setWordWrap(True)
            note.setStyleSheet("color: #92400e")
            grid.addRow(note)
            self.rows[field.id] = (note, note, QLabel())
            return
        editor = self._editor(field, words)
        if field.calculate is not None:
            editor.setEnabled(False)
        if field.hint:
            editor.setToolTip(field.hint.get(self.lang))
        message = FieldMessage()
        message.setStyleSheet("color: #b91c1c")
        message.hide()
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(editor)
        v.addWidget(message)
        label.setBuddy(editor.focus_target())
        grid.addRow(label, holder)
        editor.changed.connect(self._changed)
        editor.answered.connect(lambda fid=field.id: self.advance(fid))
        self.editors[field.id] = editor
        self.rows[field.id] = (label, holder, message)

    def _editor(self, field: FieldDef, words: dict[str, str]) -> ff.Editor:
        lang = self.lang
        if field.type in ("text", "integer", "decimal"):
            return ff.TextEditor(field, lang)
        if field.type == "textarea":
            return ff.LongTextEditor(field, lang)
        if field.type in ("date", "time", "datetime"):
            return ff.DateEditor(field, lang, now=self.now)
        if field.type == "select_one":
            options = self._options(field)
            long_options = any(len(t) > ff.LONG_OPTION for _c, t in options)
            if 0 < len(options) <= (ff.MAX_RADIOS if long_options else ff.FEW_OPTIONS):
                return ff.RadioChoiceEditor(field, lang, options)
            return ff.ChoiceEditor(field, lang, options)
        if field.type == "person":
            return ff.ChoiceEditor(field, lang, list(self.persons.items()))
        if field.type == "select_multiple":
            return ff.MultiEditor(field, lang, self._options(field))
        if field.type == "yes_no_unknown":
            return ff.YesNoEditor(field, lang, words)
        if field.type == "attachment":
            return ff.AttachmentEditor(field, lang, self._store_file)
        if field.type == "group":
            return ff.GroupEditor(field, lang, lambda child: self._editor(child, words))
        return ff.TextEditor(field, lang)

    def _options(self, field: FieldDef) -> list[tuple[str, str]]:
        if field.choices is None:
            return []
        return [(c.code, c.label.get(self.lang)) for c in field.choices.choices]

    # --- reacting ------------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        return {fid: e.value() for fid, e in self.editors.items() if e.value() is not None}

    def context(self) -> FormContext:
        return FormContext.at(ui_clock.now(), self.persons, self.lang,
                              birth_dates=self.facts.birth_dates, roles=self.facts.roles,
                              legal=self.legal)

    def _changed(self) -> None:
        self.dirty = True
        self.refresh()
        self._soon.start()

    def refresh(self) -> None:
        """Show relevant fields only, recompute calculations, and update the messages."""
        if not self.ready:
            return
        answers, ctx = self.answers(), self.context()
        shown = {fid.split("[")[0] for fid in self.form.relevant_fields(answers, ctx)}
        for fid, (label, holder, _msg) in self.rows.items():
            visible = fid in shown
            label.setVisible(visible)
            holder.setVisible(visible)
        computed = self.form.compute(answers, ctx)
        for field in self.form.fields():
            if field.calculate is not None and field.id in self.editors:
                self.editors[field.id].set_value(computed.get(field.id))
        errors = self.form.validate(answers, ctx)
        self._show_errors(errors, self.form.warnings(answers, ctx))
        if self.form.scoring is not None:
            score = computed.get("risk_score")
            level = self.form.scoring.level_for(int(score or 0))
            label = self.form.scoring.choices.label(level, self.lang)
            text = self.tr("Score {0}: {1}").format(score or 0, label)
            instrument = self.form.instrument
            if instrument is not None:
                name = instrument.name.get(self.lang)
                text += "  ·  " + (self.tr("{0}: thresholds not validated").format(name)
                                   if instrument.status != "validated" else name)
            self.score.setText(text)
            self.score.show()
            colour = {"high": "#b91c1c", "medium": "#b45309"}.get(level, "#047857")
            self.score.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {colour}")

    def _show_errors(self, errors: list[FieldError], warnings: list[FieldError] = ()) -> None:
        by_field: dict[str, list[str]] = {}
        typed: dict[str, str] = {fid: e.problem() for fid, e in self.editors.items() if e.problem()}
        for e in errors:
            fid = e.field.split("[")[0]
            if fid in typed:
                continue  # the editor's own words ("there is no such date: 31.02.2026")
            by_field.setdefault(fid, []).append(e.message(self.lang))
        for fid, text in typed.items():
            by_field.setdefault(fid, []).insert(0, text)
        warned: dict[str, list[str]] = {}
        for w in warnings:
            warned.setdefault(w.field.split("[")[0], []).append(w.message(self.lang))
        answered = self.answers()
        for fid, (_label, _holder, message) in self.rows.items():
            texts = by_field.get(fid, [])
            # Before the first save attempt only answered fields complain: an empty form
            # should not shout "required" everywhere. Warnings never block a save: they
            # show in amber while there is no error on the field.
            show = bool(texts) and (self.tried_save or fid in answered or fid in typed)
            notes = [] if show else warned.get(fid, [])
            message.setProperty("warning", bool(notes))
            message.setStyleSheet("color: #b45309" if notes else "color: #b91c1c")
            message.setText("; ".join(texts if show else notes))
            message.setVisible(show or bool(notes))
        self.summary.setText(self.tr("{0} field(s) need attention").format(len(by_field))
                             if self.tried_save and by_field else "")

    # --- saving --------------------------------------------------------------------------

    def save_draft(self) -> None:
        if not self.dirty or not self.ready:
            return
        answers, kind, case_id = self.answers(), self.kind, self.case_id
        draft_id, record_id, version = self.draft_id, getattr(self.record, "id", None), self.form.version
        self.dirty = False
        self.desk.client.call(
            lambda svc: svc.desk.save_draft(kind, case_id, answers, draft_id=draft_id,
                                       record_id=record_id, form_version=version),
            on_done=self._draft_saved)

    def _draft_saved(self, draft) -> None:
        self.draft_id = draft.id
        self.draft_note.setText(self.tr("Draft kept in the vault at {0}").format(
            draft.updated_at.strftime("%H:%M:%S") if draft.updated_at else ""))

    def save(self) -> None:
        if not self.ready:
            return
        self.tried_save = True
        self.refresh()
        # A typed date that does not exist never leaves the screen; everything else is judged
        # by the core (which also fills what it derives, such as a protective order's term).
        typed = [fid for fid in self.shown_fields() if self.editors[fid].problem()]
        if typed:
            self.summary.setText(self.tr("Not saved: {0} field(s) need attention").format(len(typed)))
            self.go_to(typed[0])
            return
        answers, kind, case_id = self.answers(), self.kind, self.case_id
        record_id = getattr(self.record, "id", None)
        version = getattr(self.record, "version", None)
        self.save_button.setEnabled(False)
        draft_id = self.draft_id
        self._autosave.stop()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._autosave.start()
            if isinstance(exc, ValidationError):
                self.summary.setText(self.tr("Not saved: please correct the marked fields."))
                if exc.params.get("field_errors"):
                    self._show_errors(exc.params["field_errors"])
                    wrong = {e.field.split("[")[0] for e in exc.params["field_errors"]}
                    first = next((f for f in self.shown_fields() if f in wrong), None)
                    if first is not None:
                        self.go_to(first)
            else:
                self.desk.presenter.show(exc, self)

        def done(_changes) -> None:
            self.desk.say(self.tr("Saved."))
            self.dirty = False
            self.desk.close_form()

        self.desk.client.mutate(
            lambda svc: svc.desk.save_form(kind, case_id, answers, record_id=record_id,
                                      draft_id=draft_id, expected_version=version),
            on_done=done, on_error=failed)

    def close_page(self) -> None:
        self.save_draft()
        self._autosave.stop()
        self.desk.close_form()

    def _store_file(self, path: str, done) -> None:
        import mimetypes
        from pathlib import Path

        kind, case_id = self.kind, self.case_id
        mime = mimetypes.guess_type(path)[0] or "application/octet-stream"

        def job(svc):
            with open(path, "rb") as f:
                return svc.records.attach(case_id, record_kind=kind, record_id=getattr(self.record, "id", ""),
                                  filename=Path(path).name, mime=mime, stream=f)

        self.desk.client.mutate(job, on_done=lambda changes: done(changes.created))

    def _document(self) -> None:
        from inspector_desk.ui.documents import DocumentDialog

        doc = "measure-notice" if self.kind == "measure" else self.kind
        DocumentDialog(self.desk, doc, self.record.id, self).open()

