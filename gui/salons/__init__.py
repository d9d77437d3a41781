"""沙龙活动: the salon events, their six steps and the printed lists."""
