"""The terminal UI (Textual). Screens and widgets talk to the service, never to SQL."""
