"""Every message the domain raises, in one catalogue context, "DomainMessages".

The domain (and persistence, which raises the domain's import errors) keeps English source templates
with their parameters apart: FieldError and RowError messages, each DomainError's template, the nouns
NotFound names. They are listed here so that lupdate extracts them (the templates themselves are not
literal lookups), and every screen, dialog and command translates them here, in this one context.
tests/gui/test_domain_messages.py checks that this list holds every message the domain source can raise
and that each has a Chinese translation."""
from __future__ import annotations

from collections.abc import Mapping

from domain.errors import DomainError, NotFound
from domain.messages import QT_TRANSLATE_NOOP, Translate

DOMAIN_CONTEXT = "DomainMessages"


DOMAIN_MESSAGES = (
    # domain/customer_rules.py
    QT_TRANSLATE_NOOP("DomainMessages", "The birthday month must be between 1 and 12."),
    QT_TRANSLATE_NOOP("DomainMessages", "The birthday day must be between 1 and {max_day}."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is no such date in the solar calendar."),
    QT_TRANSLATE_NOOP("DomainMessages", "Only a lunar birthday can fall in a leap month."),
    QT_TRANSLATE_NOOP("DomainMessages", "The license number is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A license number is 8 to 20 digits (usually 12)."),
    QT_TRANSLATE_NOOP("DomainMessages", "The shop name is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "The shop name is longer than 120 characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "{phone} is not a phone number (11-digit mobile, or area code and number)."),
    QT_TRANSLATE_NOOP("DomainMessages", "The grade must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The star level must be between 1 and 6."),
    QT_TRANSLATE_NOOP("DomainMessages", "A visit frequency must be between 1 and 365 days."),
    QT_TRANSLATE_NOOP("DomainMessages", "The opening date is in the future."),
    QT_TRANSLATE_NOOP("DomainMessages", "The license expires before the shop opened."),
    QT_TRANSLATE_NOOP("DomainMessages", "This figure cannot be negative."),
    QT_TRANSLATE_NOOP("DomainMessages", "Competitor {n} has no name."),
    QT_TRANSLATE_NOOP("DomainMessages", "A distance cannot be negative."),
    # domain/demo/spec.py
    QT_TRANSLATE_NOOP("DomainMessages", "A demo territory has between 1 and {max} customers."),
    QT_TRANSLATE_NOOP("DomainMessages", "A demo history covers between 1 and {max} months."),
    # domain/visits/drafts.py
    QT_TRANSLATE_NOOP("DomainMessages", "The draft cannot be read: {detail}"),
    # domain/errors.py
    QT_TRANSLATE_NOOP("DomainMessages", "{what} {key} was not found."),
    # domain/importing/columns.py
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown field {field}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The file has no column for {fields}; map a column to it."),
    QT_TRANSLATE_NOOP("DomainMessages", "The columns {columns} are all mapped to {field}; map only one."),
    # domain/importing/customers.py
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown segment “{value}”; the workspace has {allowed}."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a business type; use 食杂店, 便利店, 超市, 烟酒商店, 娱乐服务类, "
                                        "商场, 其他 or their letters Z, B, S, Y, F, M, O."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a market type; use 城镇 (城网, C) or 乡村 (农网, X)."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not an integrity grade; use AAA, AA, A, B, C, D or W."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not 农历 or 公历 (yes or no)."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a birthday; write 08-15, 8月15日, 1975-08-15 or 农历八月十五."),
    # domain/importing/errors.py
    QT_TRANSLATE_NOOP("DomainMessages", "{name} is an old-style Excel file (.xls); save it as "
                                        "an Excel workbook (.xlsx) or as CSV and try again."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is no file {path}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The file is {size_mb} MB; files up to {limit_mb} MB can be imported."),
    QT_TRANSLATE_NOOP("DomainMessages", "The file has more than {limit} rows; split it and import the parts."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} has more than {limit} columns; this "
                                        "does not look like a table to import."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} of the file is not {encoding} text. Choose another encoding."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} of the file is neither UTF-8 nor GB18030 (GBK) text, so the file "
                                        "was not read. Save it as UTF-8 CSV or as an Excel workbook and try again."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("DomainMessages", "The workbook cannot be read ({detail})."),
    QT_TRANSLATE_NOOP("DomainMessages", "The file has no rows."),
    QT_TRANSLATE_NOOP("DomainMessages", "Rows with problems: {rows}; nothing was imported."),
    QT_TRANSLATE_NOOP("DomainMessages", "The import was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("DomainMessages", "Customers not in the workspace: {customers}; products "
                                        "not in the workspace: {products}; nothing was imported."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is no import batch {batch}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Import batch {batch} has already been undone."),
    QT_TRANSLATE_NOOP("DomainMessages", "Import batch {batch} brought in customers; only order imports can be "
                                        "undone. Correct the customers by hand or import a corrected file."),
    QT_TRANSLATE_NOOP("DomainMessages", "Import batch {batch} brought in products; only order imports can be "
                                        "undone. Correct the products by hand or import a corrected file."),
    QT_TRANSLATE_NOOP("DomainMessages", "Import batch {batch} is not an order import and cannot be undone."),
    # domain/importing/products.py
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a price class; use 一类 to 五类 or 1 to 5."),
    QT_TRANSLATE_NOOP("DomainMessages", "A price cannot be negative ({value})."),
    QT_TRANSLATE_NOOP("DomainMessages", "{value} yuan per carton is more than any cigarette costs; check the column."),
    QT_TRANSLATE_NOOP("DomainMessages", "Packs per carton must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Tar must be between 0 and {max} mg."),
    # domain/importing/sales.py
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is negative; returns and "
                                        "corrections are not imported, only deliveries."),
    QT_TRANSLATE_NOOP("DomainMessages", "The order date is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a whole number of cartons."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no customer: the license number is empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no customer: the license number and customer code are empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no customer: the customer code is empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no product: the product code is empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no product: the product code and name are empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The line names no product: the product name is empty."),
    QT_TRANSLATE_NOOP("DomainMessages", "The supplied quantity is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "{supplied} cartons supplied is more than the {requested} requested."),
    QT_TRANSLATE_NOOP("DomainMessages", "The amount {amount} does not match "
                                        "{supplied} cartons × {price} = {expected}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Unit mismatch: {price} yuan a carton is about 50 times the catalogue's "
                                        "{catalogue}; the quantity is probably in cases (件, 1 件 = 50 条). Give "
                                        "cartons, or head the quantity column 件."),
    QT_TRANSLATE_NOOP("DomainMessages", "Customer code {code} belongs to more "
                                        "than one customer; use the license number."),
    QT_TRANSLATE_NOOP("DomainMessages", "More than one product is called {name}; use the product code."),
    # domain/importing/values.py
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” was shortened by Excel; format the column "
                                        "as text in Excel and save the file again."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a whole number."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a number."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” has more than {places} decimal places."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not a date; write it as 2026-10-05."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is no date {value}."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is not yes or no (是/否)."),
    # domain/product_rules.py
    QT_TRANSLATE_NOOP("DomainMessages", "The product code is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A product code is 2 to 32 letters or digits."),
    QT_TRANSLATE_NOOP("DomainMessages", "The product name is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "The wholesale price per carton must be above 0 and at most 20,000 yuan."),
    QT_TRANSLATE_NOOP("DomainMessages", "The retail price per carton must be above 0 and at most 20,000 yuan."),
    QT_TRANSLATE_NOOP("DomainMessages", "The suggested retail price is below the wholesale price."),
    QT_TRANSLATE_NOOP("DomainMessages", "Packs per carton must be between 1 and 50."),
    QT_TRANSLATE_NOOP("DomainMessages", "Tar must be between 0 and 30 mg."),
    # domain/services/analysis.py
    QT_TRANSLATE_NOOP("DomainMessages", "Customer"),
    # domain/services/customer_import.py
    QT_TRANSLATE_NOOP("DomainMessages", "License number {license_no} is also on line {other}."),
    # domain/services/customers.py
    QT_TRANSLATE_NOOP("DomainMessages", "This customer has visits, orders or "
                                        "invitations; archive it instead of deleting it."),
    QT_TRANSLATE_NOOP("DomainMessages", "License number {license_no} already belongs to {name}."),
    # domain/services/demo.py
    QT_TRANSLATE_NOOP("DomainMessages", "The demo build was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("DomainMessages", "The demo territory can only be built into an "
                                        "empty workspace; this one already has customers or products."),
    QT_TRANSLATE_NOOP("DomainMessages", "The workspace has no segments yet; set "
                                        "up the default schemes before building the demo."),
    # domain/services/dossier_report.py
    QT_TRANSLATE_NOOP("DomainMessages", "There is no customer with the license number {license_no}."),
    # domain/services/evaluations.py
    QT_TRANSLATE_NOOP("DomainMessages", "A SWOT analysis needs at least one entry."),
    QT_TRANSLATE_NOOP("DomainMessages", "A plan needs at least one measure or target."),
    QT_TRANSLATE_NOOP("DomainMessages", "This target must be between {low} and {high}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The review date is before the plan was made."),
    # domain/services/follow_ups.py
    QT_TRANSLATE_NOOP("DomainMessages", "Follow-up"),
    # domain/services/product_import.py
    QT_TRANSLATE_NOOP("DomainMessages", "Product code {code} is also on line {other}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The wholesale price is required for a new product."),
    QT_TRANSLATE_NOOP("DomainMessages", "A product code has at most 32 characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "The product name is longer than 120 characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "The wholesale price must be more than 0."),
    # domain/services/products.py
    QT_TRANSLATE_NOOP("DomainMessages", "Product"),
    QT_TRANSLATE_NOOP("DomainMessages", "Product code {code} already belongs to {name}."),
    # domain/services/report_data.py
    QT_TRANSLATE_NOOP("DomainMessages", "There is no visit plan for {date}."),
    QT_TRANSLATE_NOOP("DomainMessages", "There are no done visits on {date}."),
    QT_TRANSLATE_NOOP("DomainMessages", "There are no done visits from {first} to {last}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Visit"),
    # domain/services/tier_schemes.py
    QT_TRANSLATE_NOOP("DomainMessages", "The number of grades must be between 2 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "A scheme reads between 1 and 24 months."),
    QT_TRANSLATE_NOOP("DomainMessages", "A scheme reads between 1 and 36 months."),
    QT_TRANSLATE_NOOP("DomainMessages", "The weights cannot be negative and must add up to more than 0."),
    QT_TRANSLATE_NOOP("DomainMessages", "A band table needs at least one row."),
    QT_TRANSLATE_NOOP("DomainMessages", "A new shop's months are between 0 and the scheme's months."),
    QT_TRANSLATE_NOOP("DomainMessages", "Loyalty points are between 0 and 100."),
    QT_TRANSLATE_NOOP("DomainMessages", "Each star level from 2 to 5 has at most one threshold."),
    QT_TRANSLATE_NOOP("DomainMessages", "A segment needs a name."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is already a segment called {name}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Choose another segment to merge into."),
    QT_TRANSLATE_NOOP("DomainMessages", "Segment"),
    QT_TRANSLATE_NOOP("DomainMessages", "Choose the custom field the contribution is measured by."),
    # domain/services/custom_fields.py
    QT_TRANSLATE_NOOP("DomainMessages", "A custom field needs a name."),
    QT_TRANSLATE_NOOP("DomainMessages", "A field name has at most {count} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "{name} is already a column of the dossier; choose another name."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is already a custom field called {name}."),
    QT_TRANSLATE_NOOP("DomainMessages", "A unit has at most {count} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "Custom field {key} was not found."),
    QT_TRANSLATE_NOOP("DomainMessages", "{name} must be a number below a billion billion."),
    QT_TRANSLATE_NOOP("DomainMessages", "{name} has at most {places} decimal places."),
    QT_TRANSLATE_NOOP("DomainMessages", "Custom field"),
    # domain/services/tiers.py
    QT_TRANSLATE_NOOP("DomainMessages", "There are no orders in {month}; import that month's orders first."),
    QT_TRANSLATE_NOOP("DomainMessages", "Only the latest recompute can be undone, and it has been undone already."),
    QT_TRANSLATE_NOOP("DomainMessages", "Say why the shop is set by hand."),
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown value tier {value}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Recompute"),
    # domain/services/visit_history.py
    QT_TRANSLATE_NOOP("DomainMessages", "The day summary is longer than {max} characters."),
    # domain/services/visit_planning.py
    QT_TRANSLATE_NOOP("DomainMessages", "{name} is archived or suspended and cannot be planned."),
    QT_TRANSLATE_NOOP("DomainMessages", "{date} already has a plan with {stops} stops."),
    QT_TRANSLATE_NOOP("DomainMessages", "The plan was changed meanwhile; it has been reloaded."),
    QT_TRANSLATE_NOOP("DomainMessages", "{name} is marked visited or missed; set it back to planned to remove it."),
    QT_TRANSLATE_NOOP("DomainMessages", "The visits of {date} cannot be marked before that day."),
    QT_TRANSLATE_NOOP("DomainMessages", "A plan cannot be copied onto its own date."),
    QT_TRANSLATE_NOOP("DomainMessages", "{date} has no plan to copy."),
    QT_TRANSLATE_NOOP("DomainMessages", "Day plan"),
    QT_TRANSLATE_NOOP("DomainMessages", "Stop"),
    # domain/services/visit_records.py
    QT_TRANSLATE_NOOP("DomainMessages", "This visit belongs to another customer."),
    # domain/services/workspace.py
    QT_TRANSLATE_NOOP("DomainMessages", "The default margin rate must be between 0% and 100%."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of grades must be between 1 and 60."),
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown language {language}."),
    # domain/star_scoring.py
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown criterion {code}."),
    QT_TRANSLATE_NOOP("DomainMessages", "{name}: the score must be between 0 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Unknown integrity grade {grade}."),
    QT_TRANSLATE_NOOP("DomainMessages", "Customer value points are between 0 and 10."),
    # domain/visits/record.py
    QT_TRANSLATE_NOOP("DomainMessages", "The visit cannot end before it starts."),
    QT_TRANSLATE_NOOP("DomainMessages", "The next visit must be after this one."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of missing price labels must be between 0 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "A product is counted twice."),
    QT_TRANSLATE_NOOP("DomainMessages", "Quantities must be between 0 and {max} cartons."),
    QT_TRANSLATE_NOOP("DomainMessages", "An entry is longer than {max} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "A follow-up cannot be due before the visit: {text}"),
    QT_TRANSLATE_NOOP("DomainMessages", "The summary is longer than {max} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "A visit keeps at most {max} photos."),
    # persistence/tabular_files.py
    QT_TRANSLATE_NOOP("DomainMessages", "{path} cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("DomainMessages", "{path} is a folder, not a file."),
    # issue 11: bounded imports (domain/importing/errors.py, values.py, sales.py, customers.py)
    QT_TRANSLATE_NOOP("DomainMessages", "A row of the sheet has at least {found} cells; up to {limit} can be read. Delete the empty columns on the right and save it again."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} reads as garbled text in {encoding}. Choose the file's encoding and import again."),
    QT_TRANSLATE_NOOP("DomainMessages", "Line {line} reads as garbled text in {encoding}; the file looks like {likely}. Choose the encoding ({likely}) and import again."),
    QT_TRANSLATE_NOOP("DomainMessages", "The birthday's year {year} is outside {first} to {last}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The date {value} is outside {first} to {last}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The sheet has at least {found} cells; up to {limit} can be imported. Split it, or save it as CSV."),
    QT_TRANSLATE_NOOP("DomainMessages", "The sheet has at least {found} rows; up to {limit} can be imported. Split it and import the parts."),
    QT_TRANSLATE_NOOP("DomainMessages", "The sheet uses column {found}; up to {limit} columns can be read. Delete the empty columns on the right and save it again."),
    QT_TRANSLATE_NOOP("DomainMessages", "The workbook is protected by a password; open it in Excel or WPS, remove the password, save it and try again."),
    QT_TRANSLATE_NOOP("DomainMessages", "The workbook is too large to import ({found}; at most {limit})."),
    QT_TRANSLATE_NOOP("DomainMessages", "The workbook unpacks to {found} times its size, which no real sheet does; it was not opened."),
    QT_TRANSLATE_NOOP("DomainMessages", "The workbook would unpack to at least {found} MB; workbooks up to {limit} MB unpacked can be imported. Save the sheet as CSV, or split it."),
    QT_TRANSLATE_NOOP("DomainMessages", "{value} cartons is more than one line can hold (at most {max})."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is larger than an amount can be (at most {max})."),
    QT_TRANSLATE_NOOP("DomainMessages", "“{value}” is too large a number."),
    # issue 13: care reminders (domain/services/reminders.py, care_calendar.py, festival_care.py)
    QT_TRANSLATE_NOOP("DomainMessages", "A reminder can only be snoozed to a later day than today ({until})."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of days must be between 0 and {most}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of days must be between 1 and {most}."),
    QT_TRANSLATE_NOOP("DomainMessages", "A lead time must be between 0 and 366 days."),
    QT_TRANSLATE_NOOP("DomainMessages", "Write what the reminder should say."),
    QT_TRANSLATE_NOOP("DomainMessages", "A reminder can be at most {most} characters long."),
    QT_TRANSLATE_NOOP("DomainMessages", "The date of a new reminder cannot be in the past."),
    QT_TRANSLATE_NOOP("DomainMessages", "Festival"),
    QT_TRANSLATE_NOOP("DomainMessages", "Say whose birthday it is (爱人, 儿子…)."),
    QT_TRANSLATE_NOOP("DomainMessages", "This is not a date of the year."),
    QT_TRANSLATE_NOOP("DomainMessages", "The greeting names blanks the app does not know: {blanks}. Use {{owner}}, {{shop}}, {{festival}}, {{manager}} or {{date}}."),
    # issue 14: salons (domain/salons/rules.py, validation.py, domain/services/salons.py)
    QT_TRANSLATE_NOOP("DomainMessages", "Attendance can be ticked from the event's day ({day})."),
    QT_TRANSLATE_NOOP("DomainMessages", "Event"),
    QT_TRANSLATE_NOOP("DomainMessages", "Every line of the materials checklist needs an item."),
    QT_TRANSLATE_NOOP("DomainMessages", "Follow-ups are due 0 to 60 days after the event."),
    QT_TRANSLATE_NOOP("DomainMessages", "Invitation"),
    QT_TRANSLATE_NOOP("DomainMessages", "Invite the shop before recording its reply."),
    QT_TRANSLATE_NOOP("DomainMessages", "Only a shop that attended has an outcome; tick its attendance first."),
    QT_TRANSLATE_NOOP("DomainMessages", "The budget cannot be negative."),
    QT_TRANSLATE_NOOP("DomainMessages", "The capacity must be at least 1."),
    QT_TRANSLATE_NOOP("DomainMessages", "The event must end after it starts."),
    QT_TRANSLATE_NOOP("DomainMessages", "The event needs a theme."),
    QT_TRANSLATE_NOOP("DomainMessages", "The event was on {day}: replies can change only until that day."),
    QT_TRANSLATE_NOOP("DomainMessages", "The invitation already has a reply or an attendance; it cannot be taken back."),
    QT_TRANSLATE_NOOP("DomainMessages", "The theme is longer than {max} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "This shop was not invited; add it as a walk-in instead."),
    QT_TRANSLATE_NOOP("DomainMessages", "Walk-ins are added on the event's day ({day}) or after."),
    # issue 15: demand forecast (domain/services/forecast.py)
    QT_TRANSLATE_NOOP("DomainMessages", "A backtest covers between 1 and {max} months."),
    QT_TRANSLATE_NOOP("DomainMessages", "There are no orders before {month}."),
    QT_TRANSLATE_NOOP("DomainMessages", "There are no orders to test the forecast on."),
    # domain/forecast/adjustments.py
    QT_TRANSLATE_NOOP("DomainMessages", "An adjustment of 0 cartons changes nothing; remove it instead."),
    QT_TRANSLATE_NOOP("DomainMessages", "An adjustment is at most {max} cartons either way."),
    QT_TRANSLATE_NOOP("DomainMessages", "Say why: the reason is kept with the adjustment and judged later."),
    QT_TRANSLATE_NOOP("DomainMessages", "The reason is at most {max} characters."),
    # issue 15: brand cultivation (domain/cultivation/, domain/services/cultivation.py)
    QT_TRANSLATE_NOOP("DomainMessages", "Cultivation plan"),
    QT_TRANSLATE_NOOP("DomainMessages", "{product} is rationed (紧俏): a cultivation plan pushes only products the company can supply, so no shops are proposed for it."),
    QT_TRANSLATE_NOOP("DomainMessages", "The shop target must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("DomainMessages", "The cartons target must be between 1 and {max} a month."),
    QT_TRANSLATE_NOOP("DomainMessages", "The target date must come after the plan's start."),
    QT_TRANSLATE_NOOP("DomainMessages", "The note is longer than {max} characters."),
    QT_TRANSLATE_NOOP("DomainMessages", "There is no product with the code {code}."),
    QT_TRANSLATE_NOOP("DomainMessages", "{product} has no cultivation plan."),
    QT_TRANSLATE_NOOP("DomainMessages", "{product} already has an open cultivation plan (started {day}); add the shops to it."),
)


def translate_domain(template: str, params: Mapping[str, object] | None, translate: Translate) -> str:
    """A domain template in the user's language, filled with its parameters."""
    text = translate(DOMAIN_CONTEXT, template)
    return text.format(**params) if params else text


def describe_domain_error(exc: DomainError, translate: Translate) -> str:
    params = dict(exc.params)
    if isinstance(exc, NotFound):
        params["what"] = translate_domain(exc.what, None, translate)
    return translate_domain(exc.template, params, translate) if exc.template else str(exc)
