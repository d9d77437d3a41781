"""The preparation panel (拜访准备) beside the visit record: read-only, what to look at before going in —
the shop, the last visit, three months' figures, main products, class structure, new products, open
follow-ups, weakest star criteria, care notes."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from domain.model.customers import BirthdayCalendar
from domain.visit_record_views import VisitPreparation
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
        t = self.tr
        parts = [f"<p style='margin:0; font-size:15px; font-weight:bold'>{escape(p.customer_name)}</p>"]
        who = " · ".join(x for x in (p.owner, p.phone) if x)
        if who:
            parts.append(f"<p style='margin:0'>{escape(who)}</p>")
        facts = []
        if p.star_level:
            facts.append(star_text(p.star_level))
        if p.grade:
            facts.append(t("Grade {grade}").format(grade=p.grade))
        if p.integrity_grade:
            facts.append(t("Integrity {grade}").format(grade=p.integrity_grade))
        if p.route:
            facts.append(p.route)
        if p.visit_every_days:
            facts.append(t("every {days} days").format(days=p.visit_every_days))
        if facts:
            parts.append(f"<p style='margin:0'>{escape(' · '.join(facts))}</p>")
        if p.last_visit:
            lv = p.last_visit
            kind = visit_type_labels().get(lv.visit_type, lv.visit_type)
            parts.append(f"<p style='margin:2px 0 0 0'>{escape(t('Last visit {date} ({kind})').format(date=lv.on.isoformat(), kind=kind))}"
                         f"{': ' + escape(lv.summary) if lv.summary else ''}</p>")
        else:
            parts.append(f"<p style='margin:2px 0 0 0'>{_muted(t('No visit recorded yet.'))}</p>")

        first, last = p.months[0], p.months[-1]
        parts.append(_section(t("Sales {start} – {end}").format(start=fmt.month(first), end=fmt.month(last))))
        f = p.figures
        if f is None:
            parts.append(f"<p style='margin:0'>{_muted(t('No orders in these months.'))}</p>")
        else:
            rows = [
                (t("Cartons"), f"{f.cartons:,}  ({' / '.join(str(n) for n in p.monthly_cartons)})"),
                (t("Purchase amount"), fmt.money(f.amount)),
                (t("Gross profit"), fmt.money(f.gross_profit) + (f"  ({f.margin_pct}%)" if f.margin_pct is not None else "")),
                (t("Classes 1–2"), "" if f.class_1_2_share_pct is None else f"{f.class_1_2_share_pct}%"),
                (t("Value per carton"), fmt.money(f.avg_carton_value)),
            ]
            parts.append("<table cellspacing='0' cellpadding='1'>" + "".join(
                f"<tr><td style='color:#5b6b7b; padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                for k, v in rows) + "</table>")
        if p.main_products:
            parts.append(_section(t("Main products")))
            parts.append("<br>".join(
                escape(f"{m.name}  {labels.cartons(m.cartons)}" + (f" · {m.share_pct}%" if m.share_pct is not None else ""))
                for m in p.main_products))
        if any(c.cartons for c in p.class_structure):
            parts.append(_section(t("Class structure")))
            parts.append(escape(" · ".join(
                f"{labels.class_label(c.price_class)} {c.share_pct}%" for c in p.class_structure if c.cartons)))
        if p.new_listed or p.new_not_listed:
            parts.append(_section(t("New products")))
            if p.new_listed:
                parts.append(escape(t("Listed recently: {names}").format(names="、".join(
                    f"{n.name} ({n.first_ordered_on:%m-%d})" for n in p.new_listed if n.first_ordered_on))))
                if p.new_not_listed:
                    parts.append("<br>")
            if p.new_not_listed:
                parts.append(escape(t("Not listed yet: {names}").format(names="、".join(n.name for n in p.new_not_listed))))

        parts.append(_section(t("Open follow-ups")))
        if not p.open_follow_ups:
            parts.append(_muted(t("None.")))
        else:
            lines = []
            for item in p.open_follow_ups:
                due = item.due_on.isoformat() if item.due_on else t("no date")
                colour = labels.OVERDUE_COLOUR if item.overdue(today) else "#1f2d3d"
                lines.append(f"<span style='color:{colour}'>{escape(due)}</span> {escape(item.text)}"
                             + (f" {_muted('(' + item.owner_note + ')')}" if item.owner_note else ""))
            parts.append("<br>".join(lines))

        if p.weakest:
            parts.append(_section(t("Weakest star criteria ({code}, {date})").format(
                code=p.result_code or "—", date=p.evaluated_on.isoformat() if p.evaluated_on else "")))
            parts.append("<br>".join(
                escape(f"{w.name}  {points(w.score)}/{points(w.max_score)}") for w in p.weakest))

        care = p.care
        notes = []
        if care.birthday is not None:
            b = care.birthday
            if b.calendar is BirthdayCalendar.LUNAR:
                text = t("Birthday: lunar {month}/{day}").format(month=b.month, day=b.day)
            else:
                text = t("Birthday: {month}/{day}").format(month=b.month, day=b.day)
            if care.birthday_on is not None:
                days = (care.birthday_on - today).days
                soon = t("today!") if days == 0 else t("in {days} days").format(days=days)
                notes.append(f"<span style='color:#c2185b; font-weight:bold'>{escape(text)} · {escape(soon)}</span>")
            else:
                notes.append(escape(text))
        for label, value in ((t("Hobbies"), care.hobbies), (t("Family"), care.family_notes),
                             (t("Best time to call"), care.preferred_contact_time),
                             (t("Preferred channel"), care.preferred_channel)):
            if value:
                notes.append(escape(f"{label}: {value}"))
        if notes:
            parts.append(_section(t("Care notes")))
            parts.append("<br>".join(notes))
        return "".join(parts)
