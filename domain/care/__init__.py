"""Care reminders (关怀提醒): lunar and solar dates, festivals, greetings and the reminders computed
from the dossiers. Plain rules: the services hand in the data and today's date."""
