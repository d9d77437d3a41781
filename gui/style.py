"""One stylesheet for the whole app: calm, readable at 1366×768, the sidebar set apart."""

STYLESHEET = """
QMainWindow, QWidget#PageHost { background: #f6f7f9; }
QListWidget#Sidebar {
    background: #22364d; color: #dfe7ef; border: none; padding-top: 8px; font-size: 14px; outline: 0;
}
QListWidget#Sidebar::item { padding: 10px 12px; border-radius: 6px; margin: 2px 8px; }
QListWidget#Sidebar::item:selected { background: #3d6a96; color: white; }
QListWidget#Sidebar::item:hover:!selected { background: #2d4763; }
QLabel#PageTitle { font-size: 20px; font-weight: bold; color: #1f2d3d; }
QLabel#SectionTitle { font-size: 14px; font-weight: bold; color: #33475b; margin-top: 4px; }
QLabel#PageSubtitle { color: #5b6b7b; }
QFrame#KpiCard { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#KpiTitle { color: #5b6b7b; font-size: 12px; }
QLabel#KpiValue { color: #1f2d3d; font-size: 22px; font-weight: bold; }
QLabel#KpiNote { color: #7a8896; font-size: 12px; }
QTableView { background: white; alternate-background-color: #f3f6f9; gridline-color: #e6eaef;
             border: 1px solid #dde3ea; selection-background-color: #cfe0f1; selection-color: #1f2d3d; }
QHeaderView::section { background: #eef2f6; border: none; border-right: 1px solid #dde3ea;
                       border-bottom: 1px solid #dde3ea; padding: 4px 6px; color: #33475b; }
QGroupBox { background: white; border: 1px solid #dde3ea; border-radius: 8px; margin-top: 14px;
            padding: 12px 10px 8px 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #33475b; font-weight: bold; }
QStatusBar { background: #eef2f6; color: #4b5b6b; }
"""
STYLESHEET += """
QLabel#FieldError { color: #b3261e; font-size: 12px; }
*[invalid="true"] { border: 1px solid #b3261e; border-radius: 3px; }
QLabel#DossierTitle { font-size: 18px; font-weight: bold; color: #1f2d3d; }
QLabel#Badge { background: #e8eef5; color: #33475b; border-radius: 8px; padding: 1px 8px; }
QLabel#BadgeArchived { background: #f4e3e1; color: #8a2c22; border-radius: 8px; padding: 1px 8px; }
QFrame#UndoBar, QFrame#NoticeBar { background: #fff6d6; border: 1px solid #ecd98b; border-radius: 6px; }
"""
