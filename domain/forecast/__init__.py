"""Demand forecast (需求预测): demand from supply, season, order days, trend; and its backtest."""
