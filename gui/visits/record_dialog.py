"""The visit record (拜访记录): one dialog for one visit, the eight steps as a few tabs beside the
preparation panel, saved in one unit of work.

Nothing typed is lost: the form's draft keeper (record_draft.py) writes a draft a few seconds after an
edit, and on closing without saving the user may keep it; opening the same visit again offers the draft
back. Saving or discarding deletes it.

    open_visit_record(parent, ctx, runner, customer_id, planned_on, visit_id=None) -> bool
"""
from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model.visits import VisitStatus, VisitType
from domain.services.visit_records import SavedVisit, load_visit_form, save_visit_record
from domain.validation import ValidationFailed
from domain.visits.record import VisitRecord
from domain.visits.record_views import VisitForm
from gui.common.field_errors import describe_field_error
from gui.context import AppContext
from gui.messages import describe_error
from gui.visits import record_labels as labels
from gui.visits.record_draft import DraftKeeper
from gui.visits.record_entries import RecordSection, ServiceSection
from gui.visits.record_models import CountRow
from gui.visits.record_preparation import PreparationPanel
from gui.visits.record_prompts import NoAttachments, UnsavedRecordAnswer, ask_restore, ask_unsaved
from gui.visits.record_sections import InventorySection, StoreCheckSection, SummarySection
from gui.workers import TaskRunner


def _qtime(moment: datetime | None) -> QTime | None:
    if moment is None:
        return None
    local = moment.astimezone()
    return QTime(local.hour, local.minute)


class VisitRecordDialog(QDialog, UnsavedRecordAnswer):
    loaded = Signal()  # the form is filled (and any draft offered)
    saved = Signal(int)  # the visit id

    def __init__(self, ctx: AppContext, runner: TaskRunner, customer_id: int, planned_on: date,
                 visit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.customer_id, self.planned_on, self.visit_id = customer_id, planned_on, visit_id
        self.form: VisitForm | None = None
        self.saved_visit_id: int | None = None
        self.dirty = False
        self._filling = True
        self._saving = False
        self._end_touched = False
        self._today = ctx.today()
        self.setWindowTitle(self.tr("Visit record"))
        self.setSizeGripEnabled(True)
        self.resize(1090, 690)
        self.setMinimumSize(900, 560)
        self.drafts = DraftKeeper(ctx.drafts, ctx.now, self)
        self.drafts.due.connect(self.save_draft)
        self._build()
        self.drafts.message.connect(self.status.setText)
        self._load()

    # --- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("DossierTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.in_person = QRadioButton(self.tr("&In person"))
        self.phone = QRadioButton(self.tr("By &phone"))
        self.in_person.setChecked(True)
        self.has_times = QCheckBox(self.tr("&Time"))
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.end.setToolTip(self.tr("Left as it is, the end is set to the time you save a visit of today."))
        self.end_now = QToolButton()
        self.end_now.setText(self.tr("Now"))
        self.end_now.setToolTip(self.tr("Set the end time to now"))
        self.end_now.clicked.connect(self._end_now)
        self.has_times.toggled.connect(self._times_enabled)
        self.prep_toggle = QToolButton()
        self.prep_toggle.setText(self.tr("Preparation"))
        self.prep_toggle.setCheckable(True)
        self.prep_toggle.setChecked(True)
        self.prep_toggle.setToolTip(self.tr("Show or hide the preparation panel (F2)"))
        QShortcut(QKeySequence("F2"), self, self.prep_toggle.toggle)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for w in (self.in_person, self.phone):
            header.addWidget(w)
        header.addSpacing(12)
        header.addWidget(self.has_times)
        header.addWidget(self.start)
        header.addWidget(QLabel("–"))
        header.addWidget(self.end)
        header.addWidget(self.end_now)
        header.addSpacing(12)
        header.addWidget(self.prep_toggle)

        self.preparation = PreparationPanel()
        self.preparation.setMinimumWidth(250)
        self.prep_toggle.toggled.connect(self.preparation.setVisible)
        attachments = self._ctx.attachments or NoAttachments()
        self.store_check = StoreCheckSection(attachments.path)
        self.inventory = InventorySection()
        self.service = ServiceSection(self.planned_on)
        self.record = RecordSection(self.planned_on)
        self.summary = SummarySection()
        self.tabs = QTabWidget()
        for n, (widget, title) in enumerate((
            (self.store_check, self.tr("Store check")),
            (self.inventory, self.tr("Stock and order")),
            (self.service, self.tr("Service")),
            (self.record, self.tr("Needs and market")),
            (self.summary, self.tr("Summary")),
        ), start=1):
            self.tabs.addTab(widget, f"&{n} {title}")
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda i=n - 1: self.tabs.setCurrentIndex(i))
        self.tabs.currentChanged.connect(self._focus_tab)
        self.preparation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.preparation)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 780])

        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save visit"))
        self.save_button.setToolTip(self.tr("Save the visit as done (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        for section in (self.store_check, self.inventory, self.service, self.record, self.summary):
            section.edited.connect(self._edited)
        for channel in (self.in_person, self.phone):
            channel.toggled.connect(self._edited)
        self.has_times.toggled.connect(self._edited)
        self.summary.next_visit.dateChanged.connect(self._default_due)
        self.summary.has_next.toggled.connect(self._default_due)
        self.start.timeChanged.connect(self._edited)
        self.end.timeChanged.connect(self._end_edited)
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self._times_enabled(False)
        # Enter belongs to the field it is typed in (it adds an entry, moves down the count): never let
        # the dialog turn it into a click on some button further along the focus chain
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def _default_due(self) -> None:
        """A new follow-up is due at the next visit (or on the visit's day when there is none)."""
        day = self.summary.next_visit_on() or (self.form.record.planned_on if self.form else self.planned_on)
        self.service.model.default_due = self.record.model.default_due = day

    def _focus_tab(self, index: int) -> None:
        """Each step starts where one types first: Ctrl+2 and the stock can be typed at once."""
        tab = self.tabs.widget(index)
        first = None if tab is None else {
            self.store_check: self.store_check.license,
            self.inventory: self.inventory.view,
            self.service: self.service.text,
            self.record: self.record.text,
            self.summary: self.summary.summary,
        }.get(tab)
        if first is not None and self.tabs.isEnabled():
            first.setFocus()

    def _times_enabled(self, on: bool) -> None:
        for w in (self.start, self.end, self.end_now):
            w.setEnabled(on)

    def _end_now(self) -> None:
        now = self._ctx.now().astimezone()
        self.end.setTime(QTime(now.hour, now.minute))

    def _end_edited(self) -> None:
        if not self._filling:
            self._end_touched = True
        self._edited()

    # --- loading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        ctx, cid, day, vid, today = self._ctx, self.customer_id, self.planned_on, self.visit_id, self._today
        self._runner.submit(lambda: load_visit_form(ctx.uow(), cid, day, vid, today, ctx.holidays), self._arrived,
                            self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.title.setText(self.tr("The visit record cannot be opened"))
        self.status.setText(describe_error(exc))
        self.loaded.emit()

    def _arrived(self, form: VisitForm) -> None:
        self.form = form
        p = form.preparation
        self.setWindowTitle(self.tr("Visit record — {customer}").format(customer=p.customer_name))
        self.title.setText(p.customer_name)
        status = (self.tr("done, editing the record") if form.status is VisitStatus.DONE
                  else self.tr("planned") if form.record.visit_id is not None else self.tr("new visit"))
        self.subtitle.setText(" · ".join(x for x in (
            labels.local_day(form.record.planned_on), p.license_no, p.route, status) if x))
        self.preparation.show_preparation(p, self._today)
        self.inventory.set_products(form.products)
        self.service.set_products(form.products)
        rule = labels.rule_text(form.cover_weeks, form.window[0], date.fromordinal(form.window[1].toordinal() - 1))
        if form.demands:
            rule = labels.cycle_rule_text() + "\n" + labels.fallback_rule_text(rule)
        self.inventory.rule.setText(rule)
        self._fill(form.record)
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        self._offer_draft()
        self._filling = False
        self._focus_tab(self.tabs.currentIndex())
        self.loaded.emit()

    def _fill(self, record: VisitRecord) -> None:
        assert self.form is not None
        self._filling = True
        (self.phone if record.visit_type is VisitType.PHONE else self.in_person).setChecked(True)
        started = _qtime(record.started_at)
        new_today = self.form.status is not VisitStatus.DONE and record.planned_on == self._today
        if started is None and new_today:
            now = self._ctx.now().astimezone()
            started = QTime(now.hour, now.minute)
        self.has_times.setChecked(started is not None)
        self._times_enabled(started is not None)
        self.start.setTime(started or QTime(9, 0))
        self.end.setTime(_qtime(record.ended_at) or started or QTime(9, 30))
        self._end_touched = record.ended_at is not None
        self.store_check.set_check(record.store_check)
        self.store_check.photos.set_photos(record.photos)
        counted = {c.product_id: c for c in record.inventory}
        rows = [CountRow(g.product, g.history) for g in self.form.usual]
        by_id = {p.id: p for p in self.form.products}
        for c in record.inventory:
            if not any(r.product.id == c.product_id for r in rows) and c.product_id in by_id:
                rows.append(CountRow(by_id[c.product_id], None, usual=False))
        self.inventory.model.set_rows(rows, self.form.cover_weeks, self.form.demands)
        for n, r in enumerate(rows):
            count = counted.get(r.product.id)
            if count is not None:
                r.stock = count.stock_qty
                suggested = self.inventory.model.suggestion(n).quantity
                r.ordered, r.ordered_edited = count.ordered_qty, count.ordered_qty != suggested
        self.inventory.model.layoutChanged.emit()
        service = [e for e in record.entries if e.step in labels.SERVICE_STEPS]
        self.service.set_entries(service)
        self.record.set_entries([e for e in record.entries if e.step not in labels.SERVICE_STEPS])
        self.summary.set_values(record.summary, record.next_visit_on, record.planned_on)
        self._default_due()
        self.summary.show_follow_ups(record.entries)
        self.inventory.view.setCurrentIndex(self.inventory.model.index(0, 3))

    # --- drafts -----------------------------------------------------------------------------------

    def _offer_draft(self) -> None:
        assert self.form is not None
        draft = self.drafts.open(self.customer_id, self.form.record.planned_on, self.form.record.visit_id)
        if draft is None:
            return
        record = draft.record
        if not ask_restore(self, draft.saved_at):
            self.discard_draft()
            return
        record.visit_id = self.form.record.visit_id
        missing = [p for p in record.photos if p.source and not Path(p.source).is_file()]
        record.photos = [p for p in record.photos if p not in missing]
        self._fill(record)
        self.dirty = True
        note = self.tr("Draft of {time} restored; not saved yet.").format(
            time=draft.saved_at.astimezone().strftime("%H:%M:%S"))
        if missing:
            note += " " + self.tr("Photos no longer found: {names}").format(
                names="、".join(p.original_name for p in missing))
        self.status.setText(note)

    def _edited(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.drafts.edited()
        self.summary.show_follow_ups(self.service.entries() + self.record.entries())

    def save_draft(self) -> None:
        """Keep the form as it is in its draft, when there is something not saved."""
        if self.form is None or not self.dirty:
            self.drafts.stop()
            return
        self.drafts.write(self.current_record())

    def discard_draft(self) -> None:
        self.drafts.discard()

    # --- the record ---------------------------------------------------------------------------------

    def _moment(self, edit: QTimeEdit) -> datetime:
        q = edit.time()
        local = datetime.combine(self.form.record.planned_on if self.form else self.planned_on,
                                 time(q.hour(), q.minute()))
        return local.astimezone(UTC)  # naive local → aware

    def current_record(self) -> VisitRecord:
        assert self.form is not None
        base = self.form.record
        started = ended = None
        if self.has_times.isChecked():
            started, ended = self._moment(self.start), self._moment(self.end)
        return VisitRecord(
            customer_id=self.customer_id,
            planned_on=base.planned_on,
            visit_id=base.visit_id,
            visit_type=VisitType.PHONE if self.phone.isChecked() else VisitType.IN_PERSON,
            started_at=started,
            ended_at=ended,
            store_check=self.store_check.check(),
            entries=self.service.entries() + self.record.entries(),
            inventory=self.inventory.model.counts(),
            photos=self.store_check.photo_list(),
            summary=self.summary.summary.toPlainText().strip(),
            next_visit_on=self.summary.next_visit_on(),
        )

    # --- saving and closing --------------------------------------------------------------------------

    def _record_to_save(self) -> VisitRecord:
        if (self.has_times.isChecked() and not self._end_touched and self.form is not None
                and self.form.record.planned_on == self._today and self.form.status is not VisitStatus.DONE):
            self._filling = True
            self._end_now()
            self._filling = False
        self.error.hide()
        self.summary.next_error.hide()
        return self.current_record()

    def save(self) -> None:
        if self.form is None or self._saving:
            return
        record, ctx = self._record_to_save(), self._ctx
        attachments = ctx.attachments or NoAttachments()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._runner.submit(lambda: save_visit_record(ctx.uow(), record, attachments), self._saved,
                            self._save_failed)

    def _saved(self, result: SavedVisit) -> None:
        self._saving = False
        self.discard_draft()
        self.dirty = False
        self.saved_visit_id = result.visit_id
        self.saved.emit(result.visit_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved."))
        if isinstance(exc, ValidationFailed):
            messages = [describe_field_error(e) for e in exc.errors]
            self.error.setText("\n".join(messages))
            self.error.show()
            tabs = {"next_visit_on": self.summary, "summary": self.summary, "inventory": self.inventory,
                    "entries": self.record, "photos": self.store_check}
            first = next((tabs[e.field] for e in exc.errors if e.field in tabs), None)
            if first is None and any(e.field.startswith("store_check") for e in exc.errors):
                first = self.store_check
            if first is not None:
                self.tabs.setCurrentWidget(first)
            for e in exc.errors:
                if e.field == "next_visit_on":
                    self.summary.next_error.setText(describe_field_error(e))
                    self.summary.next_error.show()
            return
        QMessageBox.warning(self, self.tr("Visit not saved"), describe_error(exc))

    def reject(self) -> None:
        """Esc, Close or the window's ×: with unsaved edits, ask (save / keep the draft / discard)."""
        if self._saving:
            return
        if self.form is None or not self.dirty:
            self.drafts.stop()
            super().reject()
            return
        answer = ask_unsaved(self)
        if answer == "save":
            self.save()
        elif answer == "keep":
            self.save_draft()
            self.dirty = False
            super().reject()
        elif answer == "discard":
            self.discard_draft()
            self.dirty = False
            super().reject()


def open_visit_record(parent: QWidget | None, ctx: AppContext, runner: TaskRunner, customer_id: int,
                      planned_on: date, visit_id: int | None = None) -> bool:
    """Open the visit record of that customer and day (an existing visit when visit_id is given, e.g. a
    day-plan stop's planned visit); True when the visit was saved."""
    dialog = VisitRecordDialog(ctx, runner, customer_id, planned_on, visit_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
