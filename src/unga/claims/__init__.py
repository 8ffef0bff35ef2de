"""News text → claims about recorded votes → verdicts against the record."""
