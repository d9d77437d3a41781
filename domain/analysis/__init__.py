"""The monthly sales analysis (经营分析): the rules, on figures storage has already summed.

    changes      month-over-month and year-over-year changes of a month's figures
    structure    price-class structure: each class's share of cartons and of gross profit
    rankings     one month per customer and per product: rankings, fill rates
    decline      customers whose cartons or gross profit fell three months running
    inflation    the demand-inflation signal of seed 2 (asked 5 → 7 → 9, supplied 3 → 3 → 3)
    listings     new products listed (新品上柜) and whether the shop ordered them again
    reports      the read models the page and the dossier's Sales tab show

Nothing here reads storage: domain/services/analysis.py asks the unit of work for sums and hands them
to these rules.
"""
