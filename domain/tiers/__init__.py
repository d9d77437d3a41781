"""分层分级: the shop's grade (档位), its value tier (价值分层) and the star scheme's measurable bands,
computed from the orders by schemes the user edits.

    schemes       the grade, value-tier and star schemes as data, their defaults and JSON form
    model         assignments (history rows), recompute batches, the measures a recompute reads
    grading       weighted score → grade, by rank in equal bands or by a score table; new shops
    value_tiers   contribution × loyalty → 重点 / 潜力 / 普通 / 流失风险
    recompute     one month's proposal for every shop, and what moved
    distance      how far a shop is from the next grade
    star_prefill  the measurable star criteria's points from a month's orders
"""
