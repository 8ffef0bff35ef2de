"""The month names, spelled once for every claim module: their numbers, and a pattern for the names and the usual
abbreviations ("Sept.", "Dec")."""

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}  # "march" -> 3
ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
MONTH_OR_ABBREVIATION = "|".join(MONTH_NAMES + ABBREVIATIONS)  # for a regular expression, to be used with re.I
PREFIXES = "|".join(name[:3] for name in MONTH_NAMES)  # "jan|feb|…": a month however it is cut short
# a month in a date, as a pattern to be used with re.I: the name, or an abbreviation with its capital and an optional
# full stop ("Nov. 7", "Dec 18, 2008"); lower-case "mar", "dec", "jan" are words of other kinds
MONTH_IN_DATE = ("(?:" + "|".join(MONTH_NAMES) + "|(?-i:" + "|".join(a.capitalize() for a in ABBREVIATIONS)
                 + r")\.?)")


def month_number(word: str) -> int:
    """"march", "Mar.", "Sept" -> 3, 3, 9: the number of a month MONTH_IN_DATE matched."""
    return MONTHS.get(word.lower()) or MONTHS[next(n for n in MONTH_NAMES if n.startswith(word.lower()[:3]))]
