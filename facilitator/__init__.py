"""facilitator: run a live round-table meeting from the terminal and turn it into minutes."""

__version__ = "0.1.0"
