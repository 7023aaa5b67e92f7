"""A labelled set to measure the grouping: Dutch statements from three regions, grouped by hand.

Each row: which part of the set it belongs to (``tune``: used to choose the
weights and the threshold; ``held_out``: written in other words and never
used for tuning), the region, the group a person would put it in, the text,
and the note-taker's tags. Statements alone in their group (``-``) belong
with nothing else. All statements are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labelled:
    part: str
    region: str
    group: str
    text: str
    tags: tuple[str, ...] = ()


T, Z, S = "Twente", "Regio Zwolle", "Stedendriehoek"
TUNE, HELD = "tune", "held_out"

ROWS: tuple[Labelled, ...] = (
    # -- tuning part -------------------------------------------------------------------
    Labelled(TUNE, T, "stage", "Te weinig stageplaatsen in de techniek", ("stage",)),
    Labelled(TUNE, Z, "stage", "Bedrijven haken af als leerbedrijf door de extra begeleiding"),
    Labelled(TUNE, S, "stage", "Tekort aan bbl-plaatsen in de bouw", ("bbl",)),
    Labelled(TUNE, T, "stage", "Studenten vinden geen stageplek sinds de coronacrisis"),
    Labelled(TUNE, Z, "stage", "Leerwerkplekken in de zorg zijn binnen een week vol"),
    Labelled(TUNE, T, "stage", "Leerwerkbanen in de techniek uitbreiden met hulp van de provincie"),
    Labelled(
        TUNE,
        T,
        "vervoer",
        "Reiskosten naar de stage zijn voor mbo-2-studenten te hoog",
        ("reiskosten",),
    ),
    Labelled(TUNE, Z, "vervoer", "Geen openbaar vervoer naar bedrijventerreinen in de avond"),
    Labelled(TUNE, S, "vervoer", "Busverbinding stopt om 18.00 uur, ploegendienst onhaalbaar"),
    Labelled(TUNE, S, "vervoer", "Regionale mobiliteitspool voor vervoer naar stages"),
    Labelled(TUNE, Z, "vervoer", "Jongeren onder de 18 kunnen de reis naar het werk niet betalen"),
    Labelled(TUNE, T, "flex", "Flexwerkers krijgen geen scholing van hun werkgever", ("flex",)),
    Labelled(TUNE, Z, "flex", "Zzp'ers vallen buiten alle ontwikkelregelingen", ("zzp",)),
    Labelled(TUNE, S, "flex", "Uitzendkrachten bouwen geen vaardigheden op voor vast werk"),
    Labelled(TUNE, Z, "flex", "Opleidingsbudget ook openstellen voor flexwerkers en zzp'ers"),
    Labelled(
        TUNE,
        T,
        "loket",
        "Werkenden weten niet waar ze terecht kunnen voor loopbaanadvies",
        ("loopbaan",),
    ),
    Labelled(TUNE, Z, "loket", "Eén regionaal loket voor leren en werken ontbreekt"),
    Labelled(TUNE, S, "loket", "Loopbaanbegeleiding stopt zodra iemand een baan heeft"),
    Labelled(
        TUNE, T, "skills", "Werkgevers vragen een mbo-4-diploma voor werk dat mbo-2'ers aankunnen"
    ),
    Labelled(TUNE, Z, "skills", "Diploma-eisen in vacatures sluiten zij-instromers uit"),
    Labelled(TUNE, S, "skills", "Vaardigheden uit de praktijk tellen niet mee bij sollicitaties"),
    Labelled(
        TUNE,
        Z,
        "skills",
        "Skills-paspoort maakt vaardigheden naast het diploma zichtbaar",
        ("skills",),
    ),
    Labelled(TUNE, T, "taal", "Taal- en rekenniveau blijft achter bij praktijkleerders"),
    Labelled(TUNE, Z, "taal", "Nederlandse taal is voor statushouders de grootste drempel"),
    Labelled(TUNE, S, "taal", "Taalondersteuning op de werkvloer ontbreekt"),
    Labelled(
        TUNE, T, "begeleiding", "Praktijkopleiders hebben te weinig tijd om studenten te begeleiden"
    ),
    Labelled(TUNE, Z, "begeleiding", "Werkbegeleiders in kleine bedrijven worden niet getraind"),
    Labelled(TUNE, S, "begeleiding", "Begeleiding op de werkvloer schiet tekort bij drukte"),
    Labelled(
        TUNE,
        T,
        "crisis",
        "Jongeren in horeca en detailhandel verliezen als eerste hun baan",
        ("corona",),
    ),
    Labelled(TUNE, S, "crisis", "Na de lockdown staan vooral mbo-2'ers uit de horeca op straat"),
    Labelled(
        TUNE, Z, "crisis", "Detailhandel neemt door de crisis geen nieuwe mensen aan", ("corona",)
    ),
    Labelled(
        TUNE, Z, "regelingen", "Subsidieregelingen voor scholing zijn versnipperd en onbekend"
    ),
    Labelled(TUNE, S, "regelingen", "Werkgevers verdwalen in de vele regelingen voor omscholing"),
    Labelled(
        TUNE,
        T,
        "regelingen",
        "Elke gemeente heeft een eigen regeling; werkgevers zien door de bomen het bos niet",
    ),
    Labelled(TUNE, S, "-", "Kinderopvang is te duur voor alleenstaande ouders die willen werken"),
    Labelled(TUNE, T, "-", "Schulden houden jongeren weg van een opleiding"),
    # -- held-out part: other words, never used for tuning ------------------------------
    Labelled(HELD, Z, "stage", "Niet genoeg plekken voor de beroepspraktijkvorming in de zorg"),
    Labelled(HELD, T, "stage", "Leerlingen in de metaal wachten maanden op een leerbedrijf"),
    Labelled(HELD, S, "stage", "Bouwbedrijven nemen dit jaar minder bbl'ers aan", ("bbl",)),
    Labelled(HELD, Z, "stage", "Stagiairs worden weggestuurd als het druk is op de afdeling"),
    Labelled(HELD, T, "vervoer", "Het ov in de grensstreek rijdt niet als de ploeg begint"),
    Labelled(HELD, Z, "vervoer", "De trein naar Kampen is voor studenten te duur", ("reiskosten",)),
    Labelled(HELD, S, "vervoer", "Zonder auto kom je niet bij de distributiecentra"),
    Labelled(HELD, T, "vervoer", "Vervoer naar het werk in de nachtploeg ontbreekt"),
    Labelled(HELD, S, "flex", "Oproepkrachten hebben geen recht op een opleidingsbudget"),
    Labelled(
        HELD, T, "flex", "Wie via een uitzendbureau werkt, krijgt zelden een cursus", ("flex",)
    ),
    Labelled(HELD, Z, "flex", "Zelfstandigen zonder personeel kunnen scholing niet betalen"),
    Labelled(HELD, Z, "loket", "Niemand weet bij welk loket je moet zijn voor omscholing"),
    Labelled(HELD, S, "loket", "Een loopbaancoach is voor werkenden onbetaalbaar", ("loopbaan",)),
    Labelled(HELD, T, "loket", "Werkzoekenden worden van loket naar loket gestuurd"),
    Labelled(HELD, S, "skills", "Bedrijven kijken alleen naar papieren, niet naar wat iemand kan"),
    Labelled(
        HELD,
        T,
        "skills",
        "Een certificaat voor een deel van de opleiding telt bij werkgevers niet mee",
    ),
    Labelled(HELD, Z, "skills", "De gemeente zelf vraagt een diploma als harde eis"),
    Labelled(HELD, S, "taal", "Anderstaligen lopen vast op de taaleisen in de zorg"),
    Labelled(HELD, Z, "taal", "Rekenen op 2F-niveau is voor veel entreestudenten te hoog"),
    Labelled(HELD, T, "taal", "Taalcursussen sluiten niet aan op de ploegendienst"),
    Labelled(HELD, S, "begeleiding", "Leermeesters in het mkb krijgen geen tijd voor begeleiding"),
    Labelled(HELD, Z, "begeleiding", "Begeleiders op de werkvloer zijn overbelast"),
    Labelled(
        HELD,
        T,
        "begeleiding",
        "Vakmensen willen jongeren wel begeleiden, maar krijgen er geen uren voor",
    ),
    Labelled(
        HELD,
        Z,
        "crisis",
        "Door de coronamaatregelen zijn in de horeca veel banen verdwenen",
        ("corona",),
    ),
    Labelled(HELD, T, "crisis", "Winkelpersoneel met mbo-2 raakt door de crisis werkloos"),
    Labelled(
        HELD, S, "crisis", "De evenementenbranche ligt stil door corona; jongeren zitten thuis"
    ),
    Labelled(
        HELD,
        T,
        "regelingen",
        "Het woud aan subsidies voor scholing is voor het mkb onoverzichtelijk",
    ),
    Labelled(HELD, S, "regelingen", "Iedere gemeente heeft andere regels voor omscholingsgeld"),
    Labelled(HELD, Z, "regelingen", "Werkgevers kennen de regelingen voor scholing niet"),
    Labelled(HELD, Z, "-", "Woningnood maakt het lastig personeel van buiten aan te trekken"),
    Labelled(HELD, S, "-", "Digitale vaardigheden van oudere werknemers schieten tekort"),
)
