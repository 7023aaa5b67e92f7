"""Who sits at the table: warnings when a group is missing or one group dominates.

The round table exists to hear every sector, so ``facilitator check`` warns when
the session has no participants yet, when a sector of the session has nobody at
the table, and when one sector holds more than half of the seats. These are
warnings, not errors: the file still loads.
"""

from __future__ import annotations

from collections import Counter

from facilitator.domain.plan import SessionPlan
from facilitator.i18n import Catalog
from facilitator.i18n.formats import format_count
from facilitator.records import record

WORDS = Catalog(
    {
        "nobody": (
            "{file}: nog geen deelnemers; vul ze in ([[participants]]) voordat de sessie begint.",
            "{file}: no participants yet; fill them in ([[participants]]) before the session "
            "begins.",
        ),
        "empty": (
            "{file}: sector '{sector}' heeft niemand aan tafel; de rondetafel is er om elke "
            "sector te horen.",
            "{file}: sector '{sector}' has nobody at the table; the round table exists to "
            "hear every sector.",
        ),
        "dominant": (
            "{file}: sector '{sector}' heeft {n} van de {total} plaatsen, meer dan de helft.",
            "{file}: sector '{sector}' has {n} of the {total} seats, more than half.",
        ),
        "dominant.all": (
            "{file}: sector '{sector}' heeft alle {total} plaatsen aan tafel.",
            "{file}: sector '{sector}' has all {total} seats at the table.",
        ),
        "dominant.one": (
            "{file}: sector '{sector}' heeft de enige plaats aan tafel.",
            "{file}: sector '{sector}' has the only seat at the table.",
        ),
    }
)


@record
class BalanceWarning:
    """One warning about the seats: ``kind`` is ``nobody``, ``empty`` or ``dominant``."""

    kind: str
    sector: str
    seats: int = 0
    total: int = 0

    def message(self, lang: str, file: str) -> str:
        key = self.kind
        if key == "dominant" and self.seats == self.total:  # every seat: not "1 of the 1"
            key = "dominant.one" if self.total == 1 else "dominant.all"
        n, total = format_count(self.seats, lang), format_count(self.total, lang)
        return WORDS(lang, key, file=file, sector=self.sector, n=n, total=total)


def balance_warnings(plan: SessionPlan, lang: str = "nl") -> list[BalanceWarning]:
    """The sectors with nobody at the table, then a sector with more than half the seats.

    A session without participants gets one warning, that it has none yet (a file still
    being prepared, such as a drafted wrap-up). Sectors are named by their label in ``lang``.
    """
    if not plan.participants:
        return [BalanceWarning("nobody", "")]
    seats = Counter(p.sector for p in plan.participants)
    total = len(plan.participants)
    warnings: list[BalanceWarning] = []
    for sector in plan.sectors:
        label = sector.label(lang)
        if seats[sector.key] == 0:
            warnings.append(BalanceWarning("empty", label))
    for sector in plan.sectors:
        n = seats[sector.key]
        if n * 2 > total:
            warnings.append(BalanceWarning("dominant", sector.label(lang), n, total))
    return warnings
