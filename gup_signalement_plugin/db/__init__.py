"""Database access: every SQL statement of the plugin lives in this package (and in ../sql)."""
