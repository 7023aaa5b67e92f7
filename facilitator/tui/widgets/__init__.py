"""Widgets of the app; each shows user text only through :mod:`facilitator.tui.text`."""
