"""Storage: the SQLite store, data points, faults and recovery, private files and JSON files."""
