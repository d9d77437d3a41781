"""`forecast --month YYYY-MM`: next month's demand forecast (需求预测) of the territory, one line per product
(code, name, forecast cartons, last month's supplied, last month's stated demand), tab-separated;
`forecast --month YYYY-MM --out FILE.xlsx`: the 需求采集本 workbook instead, and one line saying where and
how many shop × product rows; `forecast backtest --months N`: the forecast tried on the last N months, one line per month (WAPE of the
forecast, of "same as last month" and of "stated demand carried forward", in percent), then their mean.

A month in another form, a month with no orders before it, N out of range, a file that cannot be written
(no file is left behind): one line on stderr, exit 2."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace, refusal, whole_number
from cli.tiers import parse_month

if TYPE_CHECKING:
    from domain.ports import UnitOfWork


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    forecast = commands.add_parser("forecast", parents=[common],
                                   help="需求预测: next month's demand by product, or its backtest")
    # read by the command, not by argparse, so that a wrong form is one line and exit 2
    forecast.add_argument("--month", metavar="YYYY-MM", help="the month to forecast")
    forecast.add_argument("--out", type=Path, metavar="FILE.xlsx",
                          help="write the 需求采集本 workbook (shop × product, and the territory by product)")
    actions = forecast.add_subparsers(dest="forecast_action", metavar="ACTION")
    test = actions.add_parser("backtest", parents=[common],
                              help="forecast each of the last N months from the data before it and measure the error")
    test.add_argument("--months", required=True, metavar="N", help="how many months (1–24)")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def command_forecast(args: argparse.Namespace, db: Path | None, url: str | None, out: Out) -> int:
    from domain.services.forecast import (
        MAX_BACKTEST_MONTHS,
        BacktestOutOfRange,
        NoOrdersBeforeMonth,
        run_backtest,
        territory_forecast,
    )
    from persistence.holidays import ChineseHolidays

    backtest = getattr(args, "forecast_action", None) == "backtest"
    target: Path | None = args.out
    if backtest and target is not None:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "--out writes a month's forecast; the backtest only prints its lines."), REFUSED)
    if backtest:
        # before the workspace is opened: a wrong form touches nothing
        months = whole_number(args.months, QCoreApplication.translate("CommandLine", "a number of months"), 1,
                              MAX_BACKTEST_MONTHS)
    elif not args.month:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "Name the month to forecast with --month YYYY-MM, or run forecast backtest."), REFUSED)
    else:
        month = parse_month(args.month)
    workspace = open_ready_workspace(db, url)
    try:
        try:
            if backtest:
                result = run_backtest(workspace.uow(), months, ChineseHolidays())
                for m in result.months:
                    w = m.shop_product
                    out("\t".join((f"{m.month:%Y-%m}", _percent(w.forecast), _percent(w.naive), _percent(w.stated))))
                mean = result.mean()
                out(f"mean: {_percent(mean.forecast)} {_percent(mean.naive)} {_percent(mean.stated)}")
                return 0
            if target is not None:
                return _write_demand_book(workspace.uow(), month, target, out)
            forecast = territory_forecast(workspace.uow(), month, ChineseHolidays())
        except (NoOrdersBeforeMonth, BacktestOutOfRange) as exc:
            raise refusal(exc) from None
        for p in forecast.products:
            out("\t".join((p.code, p.name, str(p.cartons), str(p.last_supplied), str(p.last_requested))))
        return 0
    finally:
        workspace.close()


def _write_demand_book(uow: UnitOfWork, month: date, target: Path, out: Out) -> int:
    from domain.services.demand_book import export_demand_book
    from persistence.holidays import ChineseHolidays
    from persistence.tabular_files import LocalTabularFiles

    try:
        rows = export_demand_book(uow, LocalTabularFiles(), month, target, ChineseHolidays())
    except OSError as exc:  # the writer has removed its temporary file; an old file at target is untouched
        raise CommandFailed(QCoreApplication.translate("CommandLine", "Cannot write {path}: {reason}")
                            .format(path=target, reason=exc.strerror or exc), REFUSED) from None
    out(QCoreApplication.translate("CommandLine", "Wrote the demand book of {month} to {path}: {rows} rows "
                                   "(shop × product).").format(month=f"{month:%Y-%m}", path=target, rows=rows))
    return 0
