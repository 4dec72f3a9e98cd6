# Gregorian dates, as the rest of the system keeps them; the Persian comma before the time.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "Y/m/d"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "Y/m/d، H:i"
NUMBER_GROUPING = 3
