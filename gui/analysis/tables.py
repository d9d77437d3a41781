"""The analysis lists: one RowTableModel per list, each declaring its columns once."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from domain.analysis.decline import DecliningCustomer
from domain.analysis.inflation import InflationSignal
from domain.analysis.listings import NewListing
from domain.analysis.rankings import CustomerMonth, ProductMonth
from gui.analysis.labels import arrows, class_label, falling_label, shop_name, yes_no
from gui.common import columns as column_widths
from gui.common import formatting as fmt
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import read_only_table


def _money(v: Decimal | None) -> str:
    return fmt.money(v)


def _pct(v: Decimal | None) -> str:
    return fmt.percent(v)


def customer_columns() -> list[Column[CustomerMonth]]:
    return [
        Column(QCoreApplication.translate("AnalysisTables", "Customer"), lambda r: shop_name(r.name, r.status)),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Amount"), lambda r: r.amount, _money, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Gross profit"),
               lambda r: r.gross_profit, _money, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Margin"), lambda r: r.margin_pct, _pct, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons MoM"),
               lambda r: r.cartons_change_pct, fmt.signed_percent, numeric=True),
    ]


def _flags(p: ProductMonth) -> str:
    flags = []
    if p.is_new:
        flags.append(QCoreApplication.translate("AnalysisTables", "New"))
    if p.is_scarce:
        flags.append(QCoreApplication.translate("AnalysisTables", "Scarce"))
    return " ".join(flags)


def product_columns(with_shops: bool = True) -> list[Column[ProductMonth]]:
    columns = [
        Column(QCoreApplication.translate("AnalysisTables", "Product"), lambda r: r.name),
        Column(QCoreApplication.translate("AnalysisTables", "Class"), lambda r: r.price_class, class_label),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Share"),
               lambda r: r.cartons_share_pct, _pct, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Amount"), lambda r: r.amount, _money, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Gross profit"),
               lambda r: r.gross_profit, _money, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Shops"), lambda r: r.customers, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Fill rate"),
               lambda r: r.fill_rate_pct, _pct, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Flags"), _flags),
    ]
    shops = QCoreApplication.translate("AnalysisTables", "Shops")
    return columns if with_shops else [c for c in columns if c.header != shops]


def short_product_columns() -> list[Column[ProductMonth]]:
    return [
        Column(QCoreApplication.translate("AnalysisTables", "Product"), lambda r: r.name),
        Column(QCoreApplication.translate("AnalysisTables", "Asked"), lambda r: r.requested, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Supplied"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Fill rate"),
               lambda r: r.fill_rate_pct, _pct, numeric=True),
    ]


def short_customer_columns() -> list[Column[CustomerMonth]]:
    return [
        Column(QCoreApplication.translate("AnalysisTables", "Customer"), lambda r: shop_name(r.name, r.status)),
        Column(QCoreApplication.translate("AnalysisTables", "Asked"), lambda r: r.requested, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Supplied"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Fill rate"),
               lambda r: r.fill_rate_pct, _pct, numeric=True),
    ]


def declining_columns() -> list[Column[DecliningCustomer]]:
    return [
        Column(QCoreApplication.translate("AnalysisTables", "Customer"), lambda r: shop_name(r.name, r.status)),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons, 4 months"), lambda r: r.cartons, arrows),
        Column(QCoreApplication.translate("AnalysisTables", "Gross profit, 4 months"), lambda r: r.gross_profit,
               lambda v: arrows(tuple(f"{x:,.0f}" for x in v))),
        Column(QCoreApplication.translate("AnalysisTables", "Falling"),
               lambda r: (r.cartons_falling, r.profit_falling), lambda v: falling_label(*v)),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons change"),
               lambda r: r.cartons_change_pct, fmt.signed_percent, numeric=True),
    ]


def inflation_columns(with_customer: bool = True) -> list[Column[InflationSignal]]:
    columns: list[Column[InflationSignal]] = [
        Column(QCoreApplication.translate("AnalysisTables", "Customer"),
               lambda r: shop_name(r.customer_name, r.status)),
        Column(QCoreApplication.translate("AnalysisTables", "Product"), lambda r: r.product_name),
        Column(QCoreApplication.translate("AnalysisTables", "Orders"), lambda r: len(r.run), fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Asked"), lambda r: r.requested, arrows),
        Column(QCoreApplication.translate("AnalysisTables", "Supplied"), lambda r: r.supplied, arrows),
        Column(QCoreApplication.translate("AnalysisTables", "Latest order"), lambda r: r.last_order, fmt.day),
    ]
    return columns if with_customer else columns[1:]


def listing_columns(with_customer: bool = True) -> list[Column[NewListing]]:
    columns: list[Column[NewListing]] = [
        Column(QCoreApplication.translate("AnalysisTables", "Customer"),
               lambda r: shop_name(r.customer_name, r.status)),
        Column(QCoreApplication.translate("AnalysisTables", "Product"), lambda r: r.product_name),
        Column(QCoreApplication.translate("AnalysisTables", "Class"), lambda r: r.price_class, class_label),
        Column(QCoreApplication.translate("AnalysisTables", "First order"), lambda r: r.first_order, fmt.day),
        Column(QCoreApplication.translate("AnalysisTables", "Cartons"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(QCoreApplication.translate("AnalysisTables", "Reordered"), lambda r: r.reordered, yes_no),
    ]
    return columns if with_customer else columns[1:]


def table_for(model: RowTableModel, parent: QWidget | None = None,
              activated: Callable[[object], object] | None = None) -> QTableView:
    """A read-only, sortable view of `model`; `activated(row)` on double-click or Enter."""
    view = read_only_table(parent)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(24)
    if activated is not None:
        def on_activated(index: QModelIndex) -> None:
            if index.isValid() and index.row() < len(model.rows):
                activated(model.rows[index.row()])

        view.activated.connect(on_activated)
    return view


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents (judged on the first rows), within reason (names can be
    long). All rows would cost a data() call per cell: 0.15 s for a territory's lists."""
    column_widths.fit_columns(view)
