"""经营分析: the month's figures of the territory (AnalysisPage) and of one customer (the dossier's
Sales tab, gui/customers/sales_tab.py), with the charts and lists they share."""
