"""The user's words for the domain's codes (value tiers, business types, markets, statuses)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.model.customers import BirthdayCalendar, BusinessType, CustomerStatus, Market, ValueTier


def value_tier_labels() -> dict[ValueTier, str]:
    return {
        ValueTier.KEY: QCoreApplication.translate("Labels", "Key"),
        ValueTier.POTENTIAL: QCoreApplication.translate("Labels", "Potential"),
        ValueTier.ORDINARY: QCoreApplication.translate("Labels", "Ordinary"),
        ValueTier.AT_RISK: QCoreApplication.translate("Labels", "At risk"),
    }


def business_type_labels() -> dict[BusinessType, str]:
    return {
        BusinessType.GROCERY: QCoreApplication.translate("Labels", "Grocery (Z)"),
        BusinessType.CONVENIENCE: QCoreApplication.translate("Labels", "Convenience store (B)"),
        BusinessType.SUPERMARKET: QCoreApplication.translate("Labels", "Supermarket (S)"),
        BusinessType.TOBACCO_LIQUOR: QCoreApplication.translate("Labels", "Tobacco and liquor shop (Y)"),
        BusinessType.ENTERTAINMENT: QCoreApplication.translate("Labels", "Entertainment and services (F)"),
        BusinessType.MALL: QCoreApplication.translate("Labels", "Shopping mall"),
        BusinessType.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def market_labels() -> dict[Market, str]:
    return {
        Market.TOWN: QCoreApplication.translate("Labels", "Town (C)"),
        Market.RURAL: QCoreApplication.translate("Labels", "Rural (X)"),
    }


def status_labels() -> dict[CustomerStatus, str]:
    return {
        CustomerStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        CustomerStatus.SUSPENDED: QCoreApplication.translate("Labels", "Suspended"),
        CustomerStatus.ARCHIVED: QCoreApplication.translate("Labels", "Archived"),
    }


def calendar_labels() -> dict[BirthdayCalendar, str]:
    return {
        BirthdayCalendar.SOLAR: QCoreApplication.translate("Labels", "Solar calendar"),
        BirthdayCalendar.LUNAR: QCoreApplication.translate("Labels", "Lunar calendar"),
    }


def stars(level: int | None) -> str:
    if level is None:
        return ""
    if level > 5:
        return QCoreApplication.translate("Labels", "5★+")
    return "★" * level
