"""The store: SQLite through sqlite-utils, the only package that speaks SQL."""

from facilitator.store.errors import StoreError
from facilitator.store.paths import default_db_path, resolve_db_path
from facilitator.store.store import SessionSummary, Store, Tx

__all__ = ["SessionSummary", "Store", "StoreError", "Tx", "default_db_path", "resolve_db_path"]
