"""The store: SQLite through sqlite-utils, the only package that speaks SQL."""

from facilitator.store.errors import StoreError
from facilitator.store.paths import resolve_db_path
from facilitator.store.store import Store, Tx

__all__ = ["Store", "StoreError", "Tx", "resolve_db_path"]
