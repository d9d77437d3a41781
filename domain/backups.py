"""Why a backup of the workspace was taken: the reason is written into the backup's file name, so the
user can tell the copy from before an import from the one they asked for."""
from __future__ import annotations

from enum import Enum


class BackupReason(str, Enum):
    PRE_IMPORT = "pre-import"  # before an import (or the customers and products it creates) writes
    PRE_UNDO = "pre-undo"  # before an import is undone
    PRE_MIGRATE = "pre-migrate"  # before the schema of an older workspace is upgraded
    MANUAL = "manual"  # the user's "Back up now" and the `backup` command
