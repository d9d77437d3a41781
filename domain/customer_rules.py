"""What makes a customer record valid: required fields, the license number, phones, dates, ranges."""
from __future__ import annotations

import re
from datetime import date

from domain.model.customers import Birthday, BirthdayCalendar, Customer
from domain.validation import FieldError

# Licence numbers are usually 12 digits (region code + serial); some regions use a few more or fewer.
LICENSE_PATTERN = re.compile(r"^\d{8,20}$")
MOBILE_PATTERN = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_PATTERN = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
STAR_LEVELS = range(1, 7)  # 6 = 超五星 where a region uses it
MAX_GRADE = 60

_PHONE_NOISE = str.maketrans({" ": "", "\u3000": "", "(": "", ")": "", "（": "", "）": ""})
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９－＋", "0123456789-+")


def normalize_license_no(text: str) -> str:
    return text.translate(_FULL_WIDTH_DIGITS).strip().replace(" ", "")


def normalize_phone(text: str) -> str:
    """Keep phones as text, without spaces or brackets; +86 is dropped from Chinese mobiles."""
    phone = text.translate(_FULL_WIDTH_DIGITS).translate(_PHONE_NOISE).strip()
    if phone.startswith("+86"):
        phone = phone[3:].lstrip("-")
    return phone


def is_valid_phone(phone: str) -> bool:
    return bool(MOBILE_PATTERN.match(phone) or LANDLINE_PATTERN.match(phone))


def birthday_error(b: Birthday) -> str | None:
    max_month = 12
    if not 1 <= b.month <= max_month:
        return "The birthday month must be between 1 and 12."
    max_day = 30 if b.calendar is BirthdayCalendar.LUNAR else 31
    if not 1 <= b.day <= max_day:
        return "The birthday day must be between 1 and {max_day}."
    if b.calendar is BirthdayCalendar.SOLAR:
        try:
            date(b.year or 2000, b.month, b.day)  # 2000 is a leap year: 29 February is allowed
        except ValueError:
            return "There is no such date in the solar calendar."
    if b.leap_month and b.calendar is not BirthdayCalendar.LUNAR:
        return "Only a lunar birthday can fall in a leap month."
    return None


def validate_customer(c: Customer, today: date) -> list[FieldError]:
    errors: list[FieldError] = []

    def fail(field: str, message: str, **params: object) -> None:
        errors.append(FieldError(field, message, tuple(params.items())))

    if not c.license_no.strip():
        fail("license_no", "The license number is required.")
    elif not LICENSE_PATTERN.match(c.license_no):
        fail("license_no", "A license number is 8 to 20 digits (usually 12).")
    if not c.name.strip():
        fail("name", "The shop name is required.")
    elif len(c.name) > 120:
        fail("name", "The shop name is longer than 120 characters.")
    for field, phone in (("phone", c.phone), ("phone2", c.phone2)):
        if phone and not is_valid_phone(phone):
            fail(field, "{phone} is not a phone number (11-digit mobile, or area code and number).",
                 phone=phone)
    if c.grade is not None and not 1 <= c.grade <= MAX_GRADE:
        fail("grade", "The grade must be between 1 and {max}.", max=MAX_GRADE)
    if c.star_level is not None and c.star_level not in STAR_LEVELS:
        fail("star_level", "The star level must be between 1 and 6.")
    if c.visit_every_days is not None and not 1 <= c.visit_every_days <= 365:
        fail("visit_every_days", "A visit frequency must be between 1 and 365 days.")
    if c.opened_on is not None and c.opened_on > today:
        fail("opened_on", "The opening date is in the future.")
    if c.opened_on and c.license_expiry and c.license_expiry < c.opened_on:
        fail("license_expiry", "The license expires before the shop opened.")
    if c.care.birthday is not None:
        message = birthday_error(c.care.birthday)
        if message:
            fail("care.birthday", message, max_day=30 if c.care.birthday.calendar is BirthdayCalendar.LUNAR else 31)
    env = c.environment
    for field, value in (("environment.shop_area_m2", env.shop_area_m2), ("environment.counters", env.counters)):
        if value is not None and value < 0:
            fail(field, "This figure cannot be negative.")
    for n, competitor in enumerate(env.competitors):
        if not competitor.name.strip():
            fail("environment.competitors", "Competitor {n} has no name.", n=n + 1)
        if competitor.distance_m is not None and competitor.distance_m < 0:
            fail("environment.competitors", "A distance cannot be negative.")
    return errors
