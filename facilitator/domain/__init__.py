"""The pure domain core: plans, records and the rules of a round table.

Imports neither Textual nor SQL (a test checks this).
"""
