"""品牌培育: the cultivation plans, a plan's funnel and target shops, and the editor of a plan with its
proposal of shops."""
