"""需求预测: the coming month's demand forecast by product and by shop, the manager's adjustments, the
scarce brands' real against stated demand, and the forecast tried on the past months."""
