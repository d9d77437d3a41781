"""Salons (沙龙活动): customer events run in six steps — preparation, screening, inviting, the day,
the talks that follow and the follow-up — with the rules each step's state must keep."""
