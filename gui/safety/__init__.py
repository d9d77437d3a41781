"""The window's side of data safety: restoring a backup, the start-up questions about a missing or
damaged workspace, the read-only and location banners, and the automatic backups."""
