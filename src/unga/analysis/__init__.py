"""Pure computations over vote matrices: no DuckDB, no network, no printing."""
