"""分层分级: the month's grades and value tiers — recompute with a preview and undo, distribution charts,
the value × loyalty quadrant with the tiers' care plans, the movements, and the shop list with overrides."""
