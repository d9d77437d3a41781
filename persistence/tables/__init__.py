"""The workspace schema: SQLAlchemy 2.x typed tables, one module per area, all on the one metadata of
`base` (its naming convention names every constraint). alembic migrations must match it: a test runs
autogenerate against the package and expects no difference.

    base         Base and its metadata, the naming convention, the storage conventions
    settings     workspace settings, segments, star criteria
    customers    customers, their tags and custom field values
    evaluations  star evaluations and scores, SWOT analyses, improvement plans and targets
    catalogue    products, import batches
    sales        order lines, the monthly summaries and their triggers
    visits       day plans and stops, visits with entries, stock counts and photos, follow-ups
    care         own reminders, reminder actions, family birthdays
    salons       events, their products and invitees, the do-not-invite list
    cultivation  brand cultivation plans and their target shops
    tiers        the grade, value-tier and star schemes (versioned), recompute batches, assignments
    forecast     the manager's forecast adjustments with their reasons

Importing any of these modules runs this package first, which registers every area's tables: so
`base.Base.metadata` is always the whole schema (what `create_all` and alembic see), whichever
module was imported.
"""
from persistence.tables import (  # noqa: F401
    care,
    catalogue,
    cultivation,
    customers,
    evaluations,
    forecast,
    sales,
    salons,
    settings,
    tiers,
    visits,
)
