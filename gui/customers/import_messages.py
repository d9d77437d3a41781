"""Moved to gui.importing.messages (shared by every import); kept so older imports still work."""
from gui.importing.messages import *  # noqa: F403
from gui.importing.messages import (  # noqa: F401
    CONTEXT,
    FIELD_LABELS,
    MESSAGES,
    describe_problem,
    describe_reason,
    describe_row,
    encoding_label,
    field_label,
    rows_by_line,
)
