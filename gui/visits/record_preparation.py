"""The preparation panel (拜访准备) beside the visit record: read-only, what to look at before going in —
the shop, the last visit, three months' figures, main products, class structure, new products, open
follow-ups, weakest star criteria, care notes."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from domain.messages.care import describe_reminder
from domain.model.customers import BirthdayCalendar
from domain.visits.record_views import VisitPreparation
from gui.analysis.labels import margin_title
from gui.common import formatting as fmt
from gui.customers.evaluation_labels import points, star_text, visit_type_labels
from gui.visits import record_labels as labels


def _section(title: str) -> str:
    return f"<p style='margin:10px 0 2px 0; color:#33475b; font-weight:bold'>{escape(title)}</p>"


def _muted(text: str) -> str:
    return f"<span style='color:{labels.MUTED_COLOUR}'>{escape(text)}</span>"


class PreparationPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreparationPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("PreparationBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 6, 10, 10)
        self.text = QLabel(self.tr("Loading…"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setWidget(body)
        self.setStyleSheet("QWidget#PreparationBody { background: #fbfcfd; }")

    def show_preparation(self, p: VisitPreparation, today: date) -> None:
        self.text.setText(self.html(p, today))

    def html(self, p: VisitPreparation, today: date) -> str:  # noqa: C901 - one panel, read top to bottom
        parts = [f"<p style='margin:0; font-size:15px; font-weight:bold'>{escape(p.customer_name)}</p>"]
        who = " · ".join(x for x in (p.owner, p.phone) if x)
        if who:
            parts.append(f"<p style='margin:0'>{escape(who)}</p>")
        facts = []
        if p.star_level:
            facts.append(star_text(p.star_level))
        if p.grade:
            facts.append(self.tr("Grade {grade}").format(grade=p.grade))
        if p.integrity_grade:
            facts.append(self.tr("Integrity {grade}").format(grade=p.integrity_grade))
        if p.route:
            facts.append(p.route)
        if p.visit_every_days:
            facts.append(self.tr("every {days} days").format(days=p.visit_every_days))
        if facts:
            parts.append(f"<p style='margin:0'>{escape(' · '.join(facts))}</p>")
        if p.last_visit:
            lv = p.last_visit
            kind = visit_type_labels().get(lv.visit_type, lv.visit_type)
            last = self.tr("Last visit {date} ({kind})").format(date=lv.on.isoformat(), kind=kind)
            if lv.summary:
                last += f": {lv.summary}"
            parts.append(f"<p style='margin:2px 0 0 0'>{escape(last)}</p>")
        else:
            none_yet = self.tr("No visit recorded yet.")
            parts.append(f"<p style='margin:2px 0 0 0'>{_muted(none_yet)}</p>")

        title = self.tr("Sales {start} – {end}").format(start=fmt.month(p.months[0]), end=fmt.month(p.months[-1]))
        parts.append(_section(title))
        f = p.figures
        if f is None:
            no_orders = self.tr("No orders in these months.")
            parts.append(f"<p style='margin:0'>{_muted(no_orders)}</p>")
        else:
            margin = "" if f.margin_pct is None else f"  ({margin_title(f.margin_basis)} {fmt.percent(f.margin_pct)})"
            rows = [
                (self.tr("Cartons"), f"{f.cartons:,}  ({' / '.join(str(n) for n in p.monthly_cartons)})"),
                (self.tr("Purchase amount"), fmt.money(f.amount)),
                (self.tr("Gross profit"), fmt.money(f.gross_profit) + margin),
                (self.tr("Classes 1–2"), fmt.percent(f.class_1_2_share_pct)),
                (self.tr("Value per carton"), fmt.money(f.avg_carton_value)),
            ]
            parts.append("<table cellspacing='0' cellpadding='1'>" + "".join(
                f"<tr><td style='color:#5b6b7b; padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                for k, v in rows) + "</table>")
        if p.main_products:
            parts.append(_section(self.tr("Main products")))
            lines = []
            for m in p.main_products:
                share = "" if m.share_pct is None else f" · {fmt.percent(m.share_pct)}"
                lines.append(escape(f"{m.name}  {labels.cartons(m.cartons)}{share}"))
            parts.append("<br>".join(lines))
        if any(c.cartons for c in p.class_structure):
            parts.append(_section(self.tr("Class structure")))
            parts.append(escape(" · ".join(
                f"{labels.class_label(c.price_class)} {fmt.percent(c.share_pct)}" for c in p.class_structure
                if c.cartons)))
        if p.new_listed or p.new_not_listed:
            parts.append(_section(self.tr("New products")))
            lines = []
            if p.new_listed:
                names = "、".join(f"{n.name} ({n.first_ordered_on:%m-%d})" for n in p.new_listed if n.first_ordered_on)
                lines.append(escape(self.tr("Listed recently: {names}").format(names=names)))
            if p.new_not_listed:
                names = "、".join(n.name for n in p.new_not_listed)
                lines.append(escape(self.tr("Not listed yet: {names}").format(names=names)))
            parts.append("<br>".join(lines))

        parts.append(_section(self.tr("Open follow-ups")))
        if not p.open_follow_ups:
            parts.append(_muted(self.tr("None.")))
        else:
            lines = []
            for item in p.open_follow_ups:
                due = item.due_on.isoformat() if item.due_on else self.tr("no date")
                colour = labels.OVERDUE_COLOUR if item.overdue(today) else "#1f2d3d"
                note = f" {_muted('(' + item.owner_note + ')')}" if item.owner_note else ""
                lines.append(f"<span style='color:{colour}'>{escape(due)}</span> {escape(item.text)}{note}")
            parts.append("<br>".join(lines))

        if p.weakest:
            evaluated = p.evaluated_on.isoformat() if p.evaluated_on else ""
            parts.append(_section(self.tr("Weakest star criteria ({code}, {date})").format(
                code=p.result_code or "—", date=evaluated)))
            parts.append("<br>".join(
                escape(f"{w.name}  {points(w.score)}/{points(w.max_score)}") for w in p.weakest))

        care = p.care
        notes = []
        if care.birthday is not None:
            b = care.birthday
            if b.calendar is BirthdayCalendar.LUNAR:
                text = self.tr("Birthday: lunar {month}/{day}").format(month=b.month, day=b.day)
            else:
                text = self.tr("Birthday: {month}/{day}").format(month=b.month, day=b.day)
            if care.birthday_on is not None:
                days = (care.birthday_on - today).days
                soon = self.tr("today!") if days == 0 else self.tr("in {days} days").format(days=days)
                notes.append(f"<span style='color:#c2185b; font-weight:bold'>{escape(text)} · {escape(soon)}</span>")
            else:
                notes.append(escape(text))
        for label, value in ((self.tr("Hobbies"), care.hobbies), (self.tr("Family"), care.family_notes),
                             (self.tr("Best time to call"), care.preferred_contact_time),
                             (self.tr("Preferred channel"), care.preferred_channel)):
            if value:
                notes.append(escape(f"{label}: {value}"))
        if notes:
            parts.append(_section(self.tr("Care notes")))
            parts.append("<br>".join(notes))
        if p.reminders:
            parts.append(_section(self.tr("Care reminders, next 14 days")))
            parts.append("<br>".join(
                f"<span style='color:{labels.OVERDUE_COLOUR if r.overdue(today) else '#1f2d3d'}'>"
                f"{escape(r.on.isoformat())}</span> "
                f"{escape(describe_reminder(r, today, QCoreApplication.translate))}" for r in p.reminders))
        return "".join(parts)
