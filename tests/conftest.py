"""Suite-wide setup: headless Qt, and no test ever touches the real user data or settings folders."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (window geometry, columns) writes under XDG_CONFIG_HOME: keep it inside a scratch folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fieldbook-test-config-")
os.environ["FIELDBOOK_DATA_DIR"] = tempfile.mkdtemp(prefix="fieldbook-test-data-")
