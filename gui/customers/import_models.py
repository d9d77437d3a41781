"""Moved to gui.importing.models (shared by every import); kept so older imports still work."""
from gui.importing.models import (  # noqa: F401
    PREVIEW_ROWS,
    MappingTable,
    describe_counts,
    errors_model,
    preview_model,
    status_labels,
)
