"""One event in its six steps, as tabs whose titles say what is done and what is left ("客户邀约 12/24").
The view holds the event as last loaded and runs every step's action on the worker: an action's answer
is said in the status line and the event reloads; a refusal of the rules is shown as a message."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from domain.model.products import Product
from domain.read_models import CustomerListRow
from domain.report_catalogue import EventSummaryRequest, InvitationListRequest, SignInSheetRequest
from domain.salons.model import Event, EventWithInvitees, FollowUpState
from domain.services.cultivation import list_plans
from domain.services.customers import list_customers
from domain.services.products import list_products
from domain.services.salons import event_with_invitees, save_event
from domain.validation import ValidationFailed
from gui.common import formatting as fmt
from gui.common.data_events import VISITS
from gui.common.pdf_output import output_catalogued_report
from gui.common.shortcuts import page_shortcut
from gui.common.widgets import heading, subtitle
from gui.context import AppContext
from gui.messages import error_text
from gui.salons import labels
from gui.salons.day_tab import DayTab, on_the_day_list
from gui.salons.follow_up_tab import FollowUpTab
from gui.salons.invite_tab import InviteTab
from gui.salons.outcome_tab import OutcomeTab, has_outcome
from gui.salons.prepare_tab import PrepareTab
from gui.salons.screening_tab import ScreeningTab
from gui.workers import TaskRunner

T = TypeVar("T")
PREPARE, SCREEN, INVITE, DAY, OUTCOME, FOLLOW_UP = range(6)


class EventView(QWidget):
    loaded = Signal()  # the event (re)loaded and shown
    changed = Signal()  # something was written: the events list is stale
    back_requested = Signal()
    open_customer = Signal(int)
    refusal_shown = Signal(str)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.writable = not ctx.read_only_reason
        self.event_id: int | None = None
        self.data: EventWithInvitees | None = None
        self.shops: list[CustomerListRow] = []
        self.products: list[Product] = []
        self._generation = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All events"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        self.title = heading("", level=1)
        top.addWidget(self.title, 1)
        self.print_buttons: dict[type, QPushButton] = {}
        for request, text in ((InvitationListRequest, self.tr("Print invitation list")),
                              (SignInSheetRequest, self.tr("Print sign-in sheet")),
                              (EventSummaryRequest, self.tr("Print event summary"))):
            button = QPushButton(text)
            button.setVisible(ctx.offers(request))
            button.clicked.connect(lambda _c=False, r=request, t=text: self.print_list(r, t))
            self.print_buttons[request] = button
            top.addWidget(button)
        layout.addLayout(top)
        self.subtitle = subtitle()
        layout.addWidget(self.subtitle)
        self.status = subtitle()
        layout.addWidget(self.status)

        self.tabs = QTabWidget()
        self.prepare = PrepareTab()
        self.screening = ScreeningTab(self)
        self.invite = InviteTab(self)
        self.day = DayTab(self)
        self.outcome = OutcomeTab(self)
        self.follow_up = FollowUpTab(self)
        for tab in (self.prepare, self.screening, self.invite, self.day, self.outcome, self.follow_up):
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs, 1)
        self.prepare.save_requested.connect(self.save_prepared)
        self.prepare.edited.connect(self._show_titles)
        page_shortcut(QKeySequence.StandardKey.Save, self.prepare, self.save_prepared)
        self.prepare.save_button.setEnabled(self.writable)
        self._show_titles()

    # --- opening and loading -----------------------------------------------------------------------

    def open_event(self, event_id: int | None) -> None:
        """Show `event_id` (None: a new event, only its preparation open until saved)."""
        self.event_id, self.data = event_id, None
        self.status.clear()
        self.screening.screening = None
        self.screening.model.set_rows([])
        self.screening.left_out.clear()
        self.screening.count_label.setText(self.tr("Set the criteria and press Screen."))
        self.tabs.setCurrentIndex(PREPARE)
        self.prepare.set_event(None, self.products, self.ctx.today(), force=True)
        self._show_header()
        self.load_references()
        if event_id is not None:
            self.reload()
        else:
            self.prepare.theme.setFocus()
            self.loaded.emit()

    def load_references(self) -> None:
        """The shops (walk-ins, the do-not-invite list, the criteria's choices) and the product catalogue."""
        uow = self.ctx.uow
        self.runner.submit(lambda: (list(list_customers(uow()).rows), list_products(uow())), self._references,
                           self.refused)
        today = self.ctx.today
        self.runner.submit(lambda: list_plans(uow(), today()), self.screening.set_cultivation_plans, self.refused)

    def _references(self, refs: tuple[list[CustomerListRow], list[Product]]) -> None:
        self.shops, self.products = refs
        self.screening.set_shops(self.shops)
        self.day.set_shops(self.shops)
        event = self.data.event if self.data is not None else None
        self.prepare.set_event(event, self.products, self.ctx.today())  # kept as typed if edited

    def reload(self) -> None:
        event_id, uow = self.event_id, self.ctx.uow
        if event_id is None:
            return
        self._generation += 1
        generation = self._generation

        def arrived(data: EventWithInvitees) -> None:
            if generation == self._generation and data.event.id == self.event_id:
                self.show_data(data)

        self.runner.submit(lambda: event_with_invitees(uow(), event_id), arrived, self.refused)

    def show_data(self, data: EventWithInvitees) -> None:
        self.data = data
        self.prepare.set_event(data.event, self.products, self.ctx.today())
        for tab in (self.screening, self.invite, self.day, self.outcome, self.follow_up):
            tab.show_event(data)
        self._show_header()
        self.loaded.emit()

    def _show_header(self) -> None:
        data = self.data
        for n in range(1, 6):
            self.tabs.setTabEnabled(n, data is not None)
        for button in self.print_buttons.values():
            button.setEnabled(data is not None)
        if data is None:
            self.title.setText(self.tr("New event"))
            self.subtitle.setText(self.tr("Fill in the preparation and save; the other steps open once the event "
                                          "is saved."))
            self._show_titles()
            return
        e = data.event
        self.title.setText(e.theme)
        when = fmt.day(e.on)
        if e.starts:
            when += f" {labels.time_text(e.starts)}"
            if e.ends:
                when += f"–{labels.time_text(e.ends)}"
        parts = [labels.kind_label(e.kind), when]
        if e.place:
            parts.append(e.place)
        if e.capacity:
            parts.append(self.tr("{n} places").format(n=e.capacity))
        if e.budget is not None:
            parts.append(self.tr("budget {amount}").format(amount=fmt.money(e.budget)))
        days = (e.on - self.ctx.today()).days
        parts.append(self.tr("in {n} days").format(n=days) if days > 0 else self.tr("today") if days == 0
                     else self.tr("held {n} days ago").format(n=-days))
        self.subtitle.setText(" · ".join(parts))
        self._show_titles()

    def _show_titles(self) -> None:
        """Each step's tab says how far it got: done / all."""
        data = self.data
        prepare = self.tr("1 Preparation")
        if self.prepare.is_dirty():
            prepare += " *"
        materials = self.prepare.materials.materials
        if materials:
            prepare = self.tr("{step}: {ready}/{n} materials ready").format(
                step=prepare, ready=sum(m.ready for m in materials), n=len(materials))
        titles = [prepare]
        if data is None:
            titles += [self.tr("2 Screening"), self.tr("3 Inviting"), self.tr("4 The day"), self.tr("5 Talks"),
                       self.tr("6 Follow-up")]
        else:
            listed = [i for i in data.invitees if not i.invitation.walk_in]
            capacity = data.event.capacity
            titles.append(self.tr("2 Screening {n}/{capacity}").format(n=len(listed), capacity=capacity) if capacity
                          else self.tr("2 Screening {n}").format(n=len(listed)))
            invited = sum(1 for i in listed if i.invitation.invite.value == "invited")
            titles.append(self.tr("3 Inviting {done}/{n}").format(done=invited, n=len(listed)))
            day = on_the_day_list(data)
            ticked = sum(1 for i in day if i.invitation.attendance.value != "unknown")
            titles.append(self.tr("4 The day {done}/{n}").format(done=ticked, n=len(day)))
            attended = [i for i in data.invitees if i.invitation.attendance.value == "attended"]
            titles.append(self.tr("5 Talks {done}/{n}").format(done=sum(map(has_outcome, attended)), n=len(attended)))
            follow = [i for i in data.invitees if i.invitation.follow_up is not FollowUpState.NOT_NEEDED]
            done = sum(1 for i in follow if i.invitation.follow_up is FollowUpState.DONE)
            titles.append(self.tr("6 Follow-up {done}/{n}").format(done=done, n=len(follow)))
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)

    # --- acting ------------------------------------------------------------------------------------

    def act(self, work: Callable[[], T], done: Callable[[T], str], reload: bool = True) -> None:
        """Run a step's `work` on the worker; `done(result)` says what happened. A write reloads the event."""
        if not self.writable and reload:
            return

        def finished(result: T) -> None:
            self.say(done(result))
            if reload:
                self.reload()
                self.changed.emit()

        self.runner.submit(work, finished, self.refused)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def refused(self, exc: BaseException) -> None:
        """A refusal of the rules (SalonRefused, NotFound …), said in the user's language."""
        text = error_text(exc)
        self.status.setText(text)
        self.refusal_shown.emit(text)
        QMessageBox.warning(self, self.tr("Salons"), text)

    def visits_changed(self) -> None:
        self.ctx.events.notify(VISITS)

    # --- 前期准备 --------------------------------------------------------------------------------

    def save_prepared(self) -> None:
        if not self.writable:
            return
        event, uow = self.prepare.edited_event(), self.ctx.uow
        self.prepare.save_button.setEnabled(False)

        def saved(stored: Event) -> None:
            self.prepare.save_button.setEnabled(True)
            self.prepare.saved(stored)
            self.event_id = stored.id
            self.say(self.tr("Event saved."))
            self.changed.emit()
            self.reload()

        def failed(exc: BaseException) -> None:
            self.prepare.save_button.setEnabled(True)
            self._save_failed(exc)

        self.runner.submit(lambda: save_event(uow(), event), saved, failed)

    def _save_failed(self, exc: BaseException) -> None:
        self.tabs.setCurrentIndex(PREPARE)
        if isinstance(exc, ValidationFailed):
            self.prepare.show_errors(exc.errors)  # beside the fields; everything typed stays
        else:
            self.refused(exc)

    # --- unsaved work ------------------------------------------------------------------------------

    def unsaved_work(self) -> list[str]:
        name = self.prepare.theme.text().strip() or self.tr("new event")
        work = []
        if self.prepare.is_dirty():
            work.append(self.tr("Preparation of {event}").format(event=name))
        if self.data is not None and self.follow_up.feedback_changed():
            work.append(self.tr("Feedback on {event}").format(event=name))
        return work

    def save_unsaved(self) -> bool:
        if self.prepare.is_dirty():
            try:
                stored = save_event(self.ctx.uow(), self.prepare.edited_event())
            except Exception as exc:  # noqa: BLE001 - shown beside the fields; the edits stay
                self._save_failed(exc)
                return False
            self.prepare.saved(stored)
            self.event_id = stored.id
            self.changed.emit()
        if self.data is not None and self.follow_up.feedback_changed() and not self.follow_up.save_now():
            self.tabs.setCurrentIndex(FOLLOW_UP)
            return False
        return True

    def discard_unsaved(self) -> None:
        self.prepare.revert()
        self.follow_up.discard()
        self._show_titles()

    # --- the printed lists -------------------------------------------------------------------------

    def print_list(self, request_type: type, title: str) -> None:
        data, reports = self.data, self.ctx.reports
        if data is None or data.event.id is None or reports is None:
            return
        request: Any = request_type(data.event.id, self.ctx.today(), theme=data.event.theme)
        button = self.print_buttons[request_type]
        button.setEnabled(False)
        output_catalogued_report(self, self.runner, title, reports, self.ctx.uow, request,
                                 on_done=lambda path: self.say(self.tr("{title}: {path}").format(
                                     title=title, path=path) if path else ""),
                                 on_settled=lambda: button.setEnabled(True))
