"""The canonical record's tables (docs/data.md describes each column)."""

import pandas as pd

SCHEMA = """
CREATE TYPE vote_value AS ENUM ('yes', 'no', 'abstain', 'absent');
CREATE TABLE states (iso3 VARCHAR PRIMARY KEY, cow INTEGER, un_name VARCHAR, short_name VARCHAR,
                     iso2 VARCHAR, successor VARCHAR);
CREATE TABLE memberships (iso3 VARCHAR, admitted DATE, "left" DATE);
CREATE TABLE roll_calls (
    rcid BIGINT PRIMARY KEY, session INTEGER, date DATE, year INTEGER, symbol VARCHAR, source_symbol VARCHAR, draft VARCHAR,
    title VARCHAR, agenda_item VARCHAR, subjects VARCHAR, meeting VARCHAR, kind VARCHAR, important INTEGER,
    yes INTEGER, no INTEGER, abstain INTEGER, absent INTEGER,
    pub_yes INTEGER, pub_no INTEGER, pub_abstain INTEGER, pub_non_voting INTEGER, counts_source VARCHAR,
    sources VARCHAR, flags VARCHAR);
CREATE TABLE votes (rcid BIGINT, iso3 VARCHAR, vote vote_value, source VARCHAR);
CREATE TABLE integrity (rcid BIGINT, iso3 VARCHAR, "check" VARCHAR, value VARCHAR, source VARCHAR,
                        other_value VARCHAR, other_source VARCHAR, rule VARCHAR);
CREATE TABLE links (rcid BIGINT, source VARCHAR, key VARCHAR);
CREATE TABLE provenance (file VARCHAR, source VARCHAR, sha256 VARCHAR, bytes BIGINT, rows_read BIGINT,
                         roll_calls BIGINT, roll_calls_leading BIGINT, roll_calls_merged BIGINT, votes BIGINT,
                         rows_rejected BIGINT, rejected_reasons VARCHAR,
                         url VARCHAR, etag VARCHAR, last_modified VARCHAR, fetched_at VARCHAR);
CREATE TABLE build_info (key VARCHAR, value VARCHAR);
CREATE TABLE bridges (rcid_a BIGINT, rcid_b BIGINT, source VARCHAR);
CREATE TABLE official_recorded_votes (symbol VARCHAR, draft VARCHAR, date DATE, meeting VARCHAR, title VARCHAR,
                                      yes INTEGER, no INTEGER, abstain INTEGER, in_favour VARCHAR, against VARCHAR,
                                      abstaining VARCHAR, complete VARCHAR, release VARCHAR, url VARCHAR, note VARCHAR,
                                      rcid BIGINT);
"""

INTEGRITY_COLUMNS = ("rcid", "iso3", "check", "value", "source", "other_value", "other_source", "rule")


def integrity_rows(frame: dict) -> pd.DataFrame:
    """Rows of the integrity table (every disagreement and repair, with its rule), from columns by name."""
    return pd.DataFrame(frame).reindex(columns=list(INTEGRITY_COLUMNS))
