"""拜访: the visits area — the day plan and due list, visit records, follow-ups, day summary, history."""
