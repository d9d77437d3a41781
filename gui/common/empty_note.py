"""A line over an empty list saying why it is empty ("没有匹配的客户"), so a search that finds nothing does not
look like a list that failed to load. It is a label on the view's viewport, not a row of the model: the
model's row count, selection and export stay those of the data."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyListNote(QLabel):
    """Shown while the view's model has no rows and `applies()` says the emptiness needs a word (e.g.
    only when the unfiltered list has rows); call `update_note()` when `applies()` may have changed."""

    def __init__(self, view: QAbstractItemView, text: str, applies: Callable[[], bool] = lambda: True) -> None:
        super().__init__(text, view.viewport())
        self._view, self._applies = view, applies
        self.setObjectName("EmptyListNote")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: #7a8896; padding-top: 24px;")
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_note)
        view.viewport().installEventFilter(self)
        self.update_note()

    def update_note(self, *_args: object) -> None:
        model = self._view.model()
        self.setVisible(model is not None and model.rowCount() == 0 and self._applies())
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self._view.viewport().rect())
