"""Our date formats per language (FORMAT_MODULE_PATH): day first, a 24-hour clock, minutes always.

Only the display formats are set; everything else (input formats, separators)
falls back to Django's own locale files.
"""
