"""The visits area's rules (拜访), plain Python over dates and figures passed in.

    due              who is due for a visit: frequencies, overrides, categories, weekends
    planning_views   the due list and a day plan as plain rows; route order, the due list's filter
    record           the visit record as the form edits it, and its validation
    record_views     read models of visits: preparation, the record form's data, follow-ups,
                     history, the day summary
    drafts           the visit record as a JSON draft and back
    suggested_order  建议订货: the cartons to suggest from recent supply and counted stock

Nothing here reads storage or the clock: domain/services/visit_*.py ask the unit of work and pass
`today` in.
"""
