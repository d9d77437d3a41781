"""A deterministic demo territory: one customer manager's county, its shops, products and history.

    territory = generate(DemoSpec(customers=300, months=24, seed=7, today=today))

Same spec, same territory, on every machine. Customers, products and activities are built eagerly
(they are small); order lines are yielded lazily by `sales_lines`, since a benchmark territory has a
million of them. Activities refer to shops, products, visits and events by their position in the
territory's lists; `domain.services.demo.build_demo` turns positions into stored ids.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from random import Random

from domain.demo.care import CarePlan, generate_care
from domain.demo.catalogue import build_products
from domain.demo.cultivation import CultivationDemo, generate_cultivation
from domain.demo.evaluations import Evaluations, generate_evaluations
from domain.demo.sales import SalesGenerator
from domain.demo.salons import SalonPlan, generate_salons
from domain.demo.shops import DemoShop, generate_shops
from domain.demo.spec import DemoSpec, InvalidDemoSpec
from domain.demo.visits import VisitHistory, generate_visits
from domain.model.customers import Customer
from domain.model.products import Product
from domain.model.sales import SalesLine

__all__ = ["DemoSpec", "DemoTerritory", "InvalidDemoSpec", "generate"]

OWNER_NAME = "李明"
UNIT_NAME = "XX市烟草公司营销部 客户经理"


@dataclass(frozen=True)
class DemoTerritory:
    spec: DemoSpec
    shops: tuple[DemoShop, ...]  # position 0 is the worked example's shop
    products: tuple[Product, ...]
    visits: VisitHistory
    care: CarePlan
    salons: SalonPlan
    evaluations: Evaluations
    cultivation: CultivationDemo
    _sales: SalesGenerator

    owner_name: str = OWNER_NAME
    unit_name: str = UNIT_NAME

    @property
    def customers(self) -> list[Customer]:
        return [s.customer for s in self.shops]

    def sales_lines(self, customer_ids: Sequence[int] | None = None,
                    product_ids: Sequence[int] | None = None,
                    batch_id: int | None = None) -> Iterator[SalesLine]:
        """Every order line, shop after shop and date by date within a shop.

        `customer_ids[i]` / `product_ids[j]` are the stored ids of shop i / product j; without them the
        lines carry position + 1, the ids a fresh database hands out.
        """
        return self._sales.lines(customer_ids, product_ids, batch_id)

    def sales_lines_of(self, index: int, customer_ids: Sequence[int] | None = None,
                       product_ids: Sequence[int] | None = None,
                       batch_id: int | None = None) -> Iterator[SalesLine]:
        """The lines `sales_lines` yields for the shop at `index`, e.g. to report progress per shop."""
        return self._sales.lines_of(index, customer_ids, product_ids, batch_id)


def generate(spec: DemoSpec) -> DemoTerritory:
    products = build_products()
    shops = generate_shops(spec, products)
    sales = SalesGenerator(spec, shops, products)
    visits = generate_visits(spec, shops, products, sales)
    return DemoTerritory(
        spec=spec,
        shops=tuple(shops),
        products=tuple(products),
        visits=visits,
        care=generate_care(spec, shops, visits.follow_ups),
        salons=generate_salons(Random(f"fieldbook-demo-salons:{spec.seed}"), spec, shops, products,
                                visits.day_plans),
        evaluations=generate_evaluations(spec, shops),
        cultivation=generate_cultivation(spec, shops, products, visits.visits, sales.order_dates),
        _sales=sales,
    )
