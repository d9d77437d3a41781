"""The customer import dialog; moved to gui.importing (one dialog for customers, products and order
lines). Kept so that pages importing from here keep working."""
from gui.importing.dialog import ENCODINGS, LAST_FOLDER_KEY, choose_import_file  # noqa: F401
from gui.importing.entry_points import CustomerImportDialog, run_customer_import  # noqa: F401
