"""The command line: one module per command group (workspace, imports, reports), argument parsing,
one-line messages and exit codes (0 done, 1 unhealthy or failed, 2 refused input). It has no rules of
its own: it calls the same services, message wording and report catalogue as the window."""
