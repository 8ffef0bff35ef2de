"""The month names, spelled once for every claim module: their numbers, and a pattern for the names and the usual
abbreviations ("Sept.", "Dec")."""

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}  # "march" -> 3
ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
MONTH_OR_ABBREVIATION = "|".join(MONTH_NAMES + ABBREVIATIONS)  # for a regular expression, to be used with re.I
PREFIXES = "|".join(name[:3] for name in MONTH_NAMES)  # "jan|feb|…": a month however it is cut short
