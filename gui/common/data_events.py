"""One "data changed" notice per workspace: what writes behind the pages' backs (an import, the undo of
one, from whichever page's dialog) says which area changed, and the window reloads the page in front.
Every page also reloads when it is shown, so a save on one page is seen on the others when next shown."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CUSTOMERS = "customers"
PRODUCTS = "products"
ORDERS = "orders"
IMPORTS = "imports"  # an import batch undone: its rows of whichever area are gone
VISITS = "visits"  # a day plan changed from outside the visits page (the 今日 page's "add to plan")
CARE = "care"  # care reminders: a setting, an own reminder, one marked done or snoozed


class DataEvents(QObject):
    changed = Signal(str)  # the area, one of the names above

    def notify(self, area: str) -> None:
        self.changed.emit(area)
