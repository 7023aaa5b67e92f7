"""The synthesis across round tables: recurring themes, actions, gaps, participation.

:mod:`.grouping` is the pure core (Dutch words, thesaurus, grouping);
:mod:`.reader` reads the sessions from the store; :mod:`.report` builds the
synthesis; :mod:`.markdown`, :mod:`.jsonout` and :mod:`.html` write it.
"""
