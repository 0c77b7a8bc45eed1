"""The DuckDB warehouse: versioned DDL and views as .sql files, built into a new file and swapped in."""
