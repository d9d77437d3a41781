"""Read model for the printed customer dossier (客户档案): gathered here, rendered by `reports/dossier.py`."""
from __future__ import annotations

from dataclasses import dataclass

from domain.analysis.reports import CustomerMonthAnalysis
from domain.errors import DomainError
from domain.model.customers import Customer
from domain.model.evaluations import ImprovementPlan, StarCriterion, StarEvaluation, SwotAnalysis
from domain.ports import UnitOfWork
from domain.services.analysis import customer_analysis
from domain.services.customers import get_customer
from domain.services.evaluations import PlanProgress, customer_evaluations, plan_progress


class UnknownCustomer(DomainError):
    def __init__(self, license_no: str) -> None:
        super().__init__("There is no customer with the license number {license_no}.", license_no=license_no)
        self.license_no = license_no


@dataclass(frozen=True)
class DossierData:
    customer: Customer
    segment: str  # the segment's name, "" when none
    criteria: tuple[StarCriterion, ...]
    evaluation: StarEvaluation | None  # the latest
    evaluations: int  # how many there are
    swot: SwotAnalysis | None  # the latest
    plan: ImprovementPlan | None  # the latest
    progress: PlanProgress | None  # of `plan`
    sales: CustomerMonthAnalysis  # the customer's latest month with orders


def customer_id_by_license(uow: UnitOfWork, license_no: str) -> int:
    """The id of the customer with `license_no`; UnknownCustomer when there is none."""
    with uow:
        c = uow.customers.get_by_license(license_no.strip())
    if c is None or c.id is None:
        raise UnknownCustomer(license_no)
    return c.id


def dossier_data(uow: UnitOfWork, customer_id: int) -> DossierData:
    customer = get_customer(uow, customer_id)
    with uow:
        segments = {s.id: s.name for s in uow.segments.list()}
    ev = customer_evaluations(uow, customer_id)
    evaluation = ev.star_evaluations[-1] if ev.star_evaluations else None
    swot = max(ev.swots, key=lambda s: (s.analysed_on, s.id or 0)) if ev.swots else None
    plan = max(ev.plans, key=lambda p: (p.created_on, p.id or 0)) if ev.plans else None
    progress = plan_progress(uow, plan) if plan is not None else None
    return DossierData(
        customer=customer,
        segment=segments.get(customer.segment_id, "") if customer.segment_id is not None else "",
        criteria=ev.criteria,
        evaluation=evaluation,
        evaluations=len(ev.star_evaluations),
        swot=swot,
        plan=plan,
        progress=progress,
        sales=customer_analysis(uow, customer_id),
    )
