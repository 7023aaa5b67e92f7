"""A small thesaurus of this field: words that name the same thing at different tables.

At one table it is a *stageplaats*, at the next a *bbl-plek* or a
*leerbedrijf*; one table speaks of *reiskosten*, another of the *ov*. Each
:class:`Concept` gathers such words under one key and a label in Dutch and
English. A session file may add words to a concept, or new concepts, in its
``[thesaurus]`` table (see ``docs/session-file.md``).

Words are compared in their dictionary form, so ``stageplaatsen`` meets
``stageplaats``; a compound also meets a concept through its parts
(``stagevergoeding`` through ``stage``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from facilitator.records import record
from facilitator.synthesis.grouping.learned import SUBJECTS
from facilitator.synthesis.grouping.words import STOPWORDS, lemma, tokens


@record
class Concept:
    """Words for one thing: ``key``, a label per language, and the words.

    ``hints`` are words that point to the concept without saying that a text
    is about it: a sector hit by the crisis (*horeca*), the red tape of any
    scheme (*bureaucratisch*, *versnipperd*). They count, for less, as
    evidence that two texts are alike, but never decide what a text is about.
    """

    key: str
    nl: str
    en: str
    words: tuple[str, ...]
    hints: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


def _concept(key: str, nl: str, en: str, words: str, hints: str = "") -> Concept:
    """A concept with its words (and hints) given as one comma-separated text each."""
    return Concept(key, nl, en, _listed(words), _listed(hints))


def _listed(words: str) -> tuple[str, ...]:
    return tuple(" ".join(w.split()) for w in words.split(",") if w.strip())


# The concepts of this field: Dutch mbo and the labour market, the people with an
# mbo-2/3 background, the schemes and the organisations around them. Each concept
# gathers the words people use for one thing, as distinct from the other concepts as
# the field allows (a word that could mean two things here is left out).
DEFAULT_CONCEPTS: tuple[Concept, ...] = (
    _concept(
        "stage",
        "Stage- en leerwerkplekken",
        "Work placements and apprenticeships",
        """stage, stageplaats, stageplek, stagebedrijf, stagiair, stagiaire, stagelopen,
        stagemarkt, stagetekort, snuffelstage, afstudeerstage, bpv, beroepspraktijkvorming,
        bbl, bbl'er, beroepsbegeleidende leerweg, leerbedrijf, erkend leerbedrijf,
        leerwerkplek, leerwerkplaats, leerwerkbaan, leerbaan, leerplek, leerplaats,
        praktijkplaats, praktijkplek, praktijkdeel, praktijkperiode, praktijkleren,
        werkend leren, werkplekleren, sbb,
        werkervaringsplek, opleidingsplaats, opleidingsplek, leerwerktraject,
        werkleertraject, leerwerkakkoord, bbl-traject, duaal traject, duale opleiding,
        praktijkovereenkomst, pok, stageovereenkomst, stagebieder, gastbedrijf,
        praktijkbedrijf, erkenning als leerbedrijf, stagecoördinator, werkervaringsplaats,
        proefplaatsing, gezellenplek, internship, apprenticeship,
        work placement, trainee, traineeship,
        stagebank, stagematching, stagegarantie,
        stageaanbod, stagecapaciteit, stagemogelijkheid, stagepact, stagefonds,
        meewerkstage, oriëntatiestage, leerlingplaats, leerlingwezen, opleidingsbedrijf,
        leerwerkbedrijf, praktijkleerbedrijf, praktijkleerplaats, praktijkroute,
        leer-werktraject, werkleerplek, stage lopen, erkenning
        leerbedrijf, bedrijfsstage,
        stagelopen, stage-uren""",
        """praktijkervaring, werkervaring opdoen""",
    ),
    _concept(
        "reiskosten",
        "Reiskosten en vervoer",
        "Travel costs and transport",
        """reiskosten, reiskostenvergoeding, reis, reizen, reistijd, reisafstand, reisproduct,
        studentenreisproduct, studentenreisrecht, ov, ov-kaart, ov-chipkaart,
        openbaar vervoer, vervoer, vervoersvoorziening, stagevervoer, doelgroepenvervoer,
        bus, buslijn, busverbinding, pendelbus, dienstregeling, trein, treinverbinding,
        station, auto, rijbewijs, rijles, brommer, bromfiets, scooter, deelscooter,
        deelauto, fiets, fietsen, e-bike, carpool, carpoolen, bereikbaar, bereikbaarheid,
        onbereikbaar, mobiliteit, mobiliteitspool, woon-werkverkeer, woon-werkafstand,
        kilometervergoeding, reisvergoeding, vervoerskosten, vervoersarmoede,
        mobiliteitsarmoede, treinkaartje, buskaartje, buurtbus, regiotaxi, nachtbus,
        ov-verbinding, taxi, vervoeren, reiziger, pendelen, forenzen, commute,
        public transport, transport costs, driving licence,
        ov-studentenkaart, studenten-ov, ov-abonnement, ov-vergoeding, busdienst,
        lijnbus, busvervoer, busje, pendelbusje, shuttle, shuttlebus, bedrijfsbus,
        halte, bushalte, leerlingenvervoer, vervoerder, vervoersmogelijkheid, fietsplan,
        fietsroute, snelfietspad, deelfiets, parkeren, parkeerkosten, benzine,
        brandstof, brandstofkosten, rijschool, rijopleiding, rijvaardigheid,
        scooterrijbewijs, mobiliteitsbudget, mobiliteitsvergoeding, reisbereidheid,
        woon-werk, ov-bereikbaarheid, laatste kilometer, vervoersprobleem,
        vervoersaanbod, autoloos, autobezit, reistijden, bike, bikes""",
        """bedrijventerrein, industrieterrein, buitengebied, platteland""",
    ),
    _concept(
        "flexwerk",
        "Flexwerkers en zzp'ers",
        "Flexible workers and the self-employed",
        """flex, flexwerk, flexwerker, flexkracht, flexcontract, flexpool, flexibel contract,
        flexibele arbeid, flexibele baan, oproepkracht, oproepcontract, nulurencontract,
        min-maxcontract, uitzendkracht, uitzendwerk, uitzendbureau, uitzendbaan,
        uitzendcontract, uitzender, payroll, payrolling, payroller, detachering, detacheren,
        zzp, zzp'er, zelfstandige, zelfstandig ondernemer, zelfstandige zonder personeel,
        tijdelijk contract, tijdelijke aanstelling, jaarcontract, contract, draaideur,
        vast contract, vaste aanstelling, vaste baan, vast dienstverband, platformwerk,
        platformwerker, schijnzelfstandigheid, invalkracht, invaller, seizoenswerk,
        seizoenswerker, seizoenskracht, oproepbasis, freelancer, freelance, eenmanszaak,
        flexibilisering, flexibele schil, uitzendbranche, payrollbedrijf, detacheerder,
        vaste dienst, uitlenen, werkgeverscombinatie,
        tijdelijk werk, kortlopend contract, contract voor bepaalde tijd, uitzenden,
        commissie borstlap, borstlap, flexible work, temp, temporary contract,
        self-employed, zero-hours contract, gig,
        nul-urencontract, min-max, flexbaan, flexibele contracten, uitzendfase,
        ketenregeling, ketenbepaling, wet arbeidsmarkt in balans, wab,
        contractverlenging, baanzekerheid, werkzekerheid, schijnzelfstandige,
        zzp-tarief, arbeidsongeschiktheidsverzekering, aov, inleenkracht, inlenen,
        inhuur, inhuren, tijdelijke kracht, seizoensarbeid, seizoenarbeid,
        uitzendkantoor, uitzendorganisatie, payrollconstructie, dagcontract,
        arbeidsovereenkomst, contractvorm, onzeker contract""",
        """tijdelijk, onzeker, onzekerheid, vangnet""",
    ),
    _concept(
        "loket",
        "Loket en loopbaanadvies",
        "Advice desk and career guidance",
        """loket, leerwerkloket, werkgeversservicepunt, wsp, servicepunt, informatiepunt,
        ontwikkelpunt, aanspreekpunt, loopbaan, loopbaanadvies, loopbaanadviseur,
        loopbaanbegeleiding, loopbaangesprek, loopbaancoach, loopbaancoaching,
        loopbaancheck, loopbaanscan, ontwikkeladvies, advies, adviseur, werkcoach,
        doorverwijzen, doorverwijzing, werkplein, werkloket, jongerenloket, adviespunt,
        wegwijzer, loopbaanondersteuning, carrièrecoach, carrièreadvies, carrière,
        beroepskeuze, studiekeuze, opleidingskeuze, keuzebegeleiding, beroepsoriëntatie,
        loopbaanoriëntatie, lob, vervolgstap, career choice,
        adviseren, loopbaanwinkel, leerwerkcentrum, kastje naar de muur, mobiliteitsteam,
        regionaal mobiliteitsteam, rmt, career advice, career guidance, one-stop shop,
        één loket, centraal loket, ontwikkelloket, werkgeversloket, loopbaanbegeleider,
        loopbaanontwikkeling, loopbaanstap, loopbaanperspectief, studiekeuzeadvies,
        studiekeuzecheck, decaan, schooldecaan, beroepskeuzetest, beroepeninteressetest,
        werkgeversdienstverlening, wegwijzer, hulpvraag, doorverwezen,
        verwijzen, vraagbaak, loketten,
        aankloppen, informatieloket""",
        """kiezen, keuze""",
    ),
    _concept(
        "skills",
        "Diploma-eisen en erkenning van vaardigheden",
        "Diploma requirements and recognising skills",
        """diploma, diploma-eis, diplomaeis, opleidingseis, functie-eis, diplomagericht,
        papiertje, certificaat, mbo-certificaat, deelcertificaat, branchecertificaat,
        certificering, praktijkverklaring, evc, ervaringscertificaat, erkenning, erkennen,
        erkenning van verworven competenties, skills, skill, vaardigheid, skillspaspoort,
        skills-paspoort, competentie, competentiepaspoort, kwalificatie, deelkwalificatie,
        portfolio, badge, edubadge, microcredential, skillsgericht, getuigschrift,
        vakdiploma, branchediploma, deeldiploma, certificeren, gecertificeerd, evp,
        ervaringsprofiel, valideren, validatie, assessment, praktijkexamen,
        skillstest, skills-based, certificate, credential, qualification, recognition,
        diplomering, diploma-inflatie, niveau-eis, mbo-diploma, vakbekwaamheid,
        buitenlands diploma, diplomawaardering, diploma-erkenning, nuffic, idw,
        skills-based hiring, skillsgericht werven, skillsgebaseerd,
        vaardighedenpaspoort, vaardighedenprofiel, talentenpaspoort, competentiegericht,
        praktijkbewijs, open badge, ongediplomeerd, ongediplomeerde, diplomaloos, zonder
        diploma, overgekwalificeerd, ondergekwalificeerd""",
    ),
    _concept(
        "taal",
        "Taal, rekenen en laaggeletterdheid",
        "Language, numeracy and literacy",
        """taal, taalniveau, taaleis, taalvaardigheid, taalles, taalcursus, taaltraject,
        taalmaatje, taalcoach, taalondersteuning, taalachterstand, taalschool, taalbarrière,
        nederlands, rekenen, rekenniveau, rekenvaardigheid, lezen, schrijven, laaggeletterd,
        laaggeletterdheid, geletterdheid, basisvaardigheid, nt2, anderstalig, anderstalige,
        taalhuis, taalvaardig, taalbeheersing,
        taalprobleem, woordenschat, vaktaal, leesvaardigheid, schrijfvaardigheid,
        analfabeet, analfabetisme, tolk, referentieniveau, language, literacy, numeracy,
        dutch,
        taaltoets, taalexamen, taalonderwijs, taalaanbod, werkvloertaal, nederlandse
        taal, spreekvaardigheid, taalkennis, leesniveau, leesprobleem, rekentoets,
        taalakkoord, taalvriendelijk, taalbewust, begrijpend lezen, alfabetisering,
        anderstaligheid, meertalig, nederlandstalig, niet-nederlandstalig,
        taalvaardigheden, taalmeter, taalniveaus, taalcursussen, laaggeletterde,
        leesvaardigheid, lees- en schrijfvaardigheid, laaggeletterden, rekenprobleem,
        rekenachterstand""",
    ),
    _concept(
        "nieuwkomers",
        "Statushouders en inburgering",
        "Refugees and civic integration",
        """inburgering, inburgeraar, inburgeren, inburgeringsplicht, inburgeringsexamen,
        inburgeringstraject, inburgeringscursus, wet inburgering, statushouder,
        vergunninghouder, verblijfsvergunning, vluchteling, vluchtelingenwerk, asielzoeker,
        asielstatus, azc, asielzoekerscentrum, nieuwkomer, oudkomer, gezinshereniging,
        refugee, newcomer, civic integration,
        vluchtelingen, oekraïner, oekraïense, ontheemde, ontheemden, asiel,
        participatieverklaring, participatieverklaringstraject, coa,
        inburgeringsstelsel, z-route, onderwijsroute, brede intake, plan inburgering en
        participatie, nieuwe nederlander, statushouders, asielzoekers""",
    ),
    _concept(
        "begeleiding",
        "Begeleiding op de werkvloer",
        "Guidance at the workplace",
        """begeleiding, begeleiden, begeleider, werkbegeleider, praktijkbegeleider,
        praktijkopleider, bedrijfsopleider, leermeester, meester-gezel, mentor, mentoraat,
        buddy, coach, coachen, coaching, jobcoach, jobcoaching, werkplekbegeleiding,
        werkplekbegeleider, werkbegeleiding, bedrijfsbegeleider, opleidingsfunctionaris,
        begeleidingscapaciteit, coachend leidinggeven, inwerken, inwerkprogramma,
        inwerkperiode, instructeur, werkmeester, supervisor, mentoring, onboarding,
        guidance, on-the-job coaching,
        praktijkbegeleiding, leermeesterschap, praktijkopleiderschap, begeleidingstijd,
        begeleidingsuren, maatje, werkmaatje, buddysysteem, mentorprogramma, wegwijs maken""",
        """ervaren collega""",
    ),
    _concept(
        "regelingen",
        "Regelingen, subsidies en scholingsbudgetten",
        "Schemes, subsidies and training budgets",
        """regeling, regelgeving, subsidie, subsidieregeling, subsidiepot, potje,
        ontwikkelregeling, opleidingsbudget, scholingsbudget, ontwikkelbudget,
        scholingsvoucher, voucher, stap-budget, leerrekening, individuele leerrekening,
        leerrecht, o&o-fonds, opleidingsfonds, scholingsfonds, sectorfonds, fonds,
        slim-regeling, tegemoetkoming, budget, financiering, financieren, bekostiging,
        bekostigen, subsidiëren, cofinanciering, scholingsmiddelen, sectorplan, leerbudget,
        subsidy, scheme, grant, funding, training budget,
        subsidieaanvraag, stap-regeling, slim-subsidie, ontwikkelfonds,
        scholingssubsidie, opleidingssubsidie, subsidieregeling praktijkleren, nl leert
        door, tijdelijke regeling, geldstroom, financieringsstroom, esf, esf-subsidie,
        projectgeld, projectsubsidie, projectfinanciering, structurele financiering,
        incidentele middelen, fondsen, premiekorting, lage-inkomensvoordeel,
        scholingsaftrek, werkgeverssubsidie, subsidiestroom, subsidiepotje,
        regelingenwoud""",
        # the red tape of any scheme, and of much else
        """aanvraag, aanvragen, voorwaarde, bureaucratie, bureaucratisch, papierwerk,
        papierwinkel, administratieve last, administratie, rompslomp, regeldruk, declareren,
        declaratie, doolhof, oerwoud, versnipperd, versnippering, wirwar, lappendeken,
        ondoorzichtig, onoverzichtelijk,
        ingewikkeld, complex, aanvraagprocedure, verantwoording, regels, verkokering""",
    ),
    _concept(
        "crisis",
        "Banenverlies door de crisis",
        "Jobs lost in the crisis",
        """corona, coronacrisis, coronamaatregel, coronatijd, covid, pandemie, crisis,
        economische crisis, recessie, lockdown, anderhalvemetersamenleving, steunmaatregel,
        steunpakket, noodsteun, werkloos, werkloosheid, werkloze,
        ontslag, ontslaan, ontslaggolf, baanverlies, banenverlies, baan kwijt, werk kwijt,
        baan verliezen, werk verliezen, kwijtraken, faillissement, failliet, reorganisatie,
        bedrijfssluiting, sluiting, stilleggen, ontslagronde, massaontslag, afvloeiing,
        boventallig, omzetverlies, unemployment, layoff, redundancy, lay-off,
        tozo, now-regeling, werktijdverkorting, deeltijd-ww, tvl, boventalligheid,
        afvloeiingsregeling, sociaal plan, ontslagvergunning, coronamaatregelen,
        coronajaar, ontslagen, faillissementen, economische tegenwind, laagconjunctuur""",
        # the sectors hit hardest in 2020, and what happens in any slack time: they say
        # where or how, not that a text is about the crisis
        """krimp, horeca, detailhandel, retail, winkel, evenement,
        evenementenbranche, reisbranche, luchtvaart, cultuursector, toerisme, recreatie""",
    ),
    _concept(
        "opvang",
        "Kinderopvang en zorgtaken",
        "Childcare and caring duties",
        """kinderopvang, opvang, kinderopvangtoeslag, bso, buitenschoolse opvang,
        kinderdagverblijf, kdv, gastouder, oppas, peuteropvang, mantelzorg, mantelzorger,
        zorgtaak, alleenstaande ouder, alleenstaande moeder, alleenstaande vader, childcare,
        caring duties,
        crèche, creche, naschoolse opvang, opvangtijden, flexibele opvang,
        kinderopvangkosten, oppasouder, zorgtaken, zorg voor kinderen,
        ouderschapsverlof, combinatie werk en zorg, werk-privébalans, tienermoeder,
        jonge moeder, jonge ouder, zwangerschapsverlof, opvangplek, wachtlijst
        kinderopvang""",
        "kind, gezin",
    ),
    _concept(
        "armoede",
        "Armoedeval, toeslagen en schulden",
        "The poverty trap, benefits and debt",
        """armoede, armoedeval, uitkering, bijstand, bijstandsuitkering, ww, ww-uitkering,
        toeslag, toeslagen, zorgtoeslag, huurtoeslag, toeslagenaffaire, terugvordering,
        terugvorderen, terugbetalen, schuld, schulden, schuldhulp, schuldhulpverlening,
        schuldsanering, schuldeiser, schuldenaar, deurwaarder, incasso, beslaglegging,
        loonbeslag, geldzorg, geldzorgen, geldproblemen, financiële problemen,
        financiële zorgen, betalingsachterstand, betalingsproblemen, rood staan, roodstand,
        vroegsignalering, budgetcoach, budgetbeheer, bewindvoering, bewindvoerder,
        armoedegrens, laag inkomen, minimuminkomen,
        netto, bijverdienen, inkomensval, marginale druk, inkomensvrijlating,
        kostendelersnorm, bijstandsgerechtigde, uitkeringsgerechtigde, voedselbank,
        poverty trap, benefit, benefits, debt, money worries, allowance,
        schuldenproblematiek, schuldhulpverlener, schuldenlast, studieschuld, lesgeld,
        schoolkosten, studiekosten, studiefinanciering, stufi, inkomenszekerheid,
        bestaanszekerheid, minima, minimaregeling, bijzondere bijstand, energiearmoede,
        energierekening, vaste lasten, huurachterstand, aflossen, kwijtschelding,
        sociaal minimum, werkende armen, werkende armoede, koopkracht,
        inkomensondersteuning, uitkeringsafhankelijk, uitkeringsafhankelijkheid,
        financiële problemen, geldnood, schuldenaar, betalingsregeling,
        krap bij kas, inkomensgrens, geldgebrek""",
    ),
    _concept(
        "discriminatie",
        "Vooroordelen en discriminatie",
        "Prejudice and discrimination",
        """discriminatie, discrimineren, gediscrimineerd, stagediscriminatie,
        arbeidsmarktdiscriminatie, vooroordeel, stigma, stereotype,
        racisme, achternaam, migratieachtergrond, afkomst, huidskleur, hoofddoek,
        niet-westers, etnisch, anoniem solliciteren, gelijke kansen, gelijke behandeling,
        kansengelijkheid, kansenongelijkheid, diversiteit, uitsluiting, uitsluiten,
        buitensluiten, vooringenomen, vooringenomenheid, achterstelling, discrimination,
        prejudice, bias,
        discrimineert, discriminerend, ongelijke behandeling, ongelijke kansen,
        huidskleur, moslim, religie, etniciteit, culturele achtergrond, bicultureel,
        biculturele, allochtoon, allochtone, migrantenjongere, onbewuste vooroordelen,
        selectie op naam, sollicitatiediscriminatie, wervingsdiscriminatie, meldpunt
        discriminatie, mystery guest, racistisch, vooroordelen""",
    ),
    _concept(
        "beperking",
        "Werken met een beperking",
        "Work for people with a disability",
        """beperking, arbeidsbeperking, arbeidsbeperkt, handicap, gehandicapt,
        arbeidsongeschikt, arbeidsongeschiktheid, banenafspraak, participatiewet, wajong,
        wajonger, loonkostensubsidie, loonwaarde, loondispensatie, no-riskpolis,
        beschut werk, beschutte werkplek, sociale werkvoorziening, sociaal ontwikkelbedrijf,
        werkbedrijf, sw-bedrijf, jobcarving, jobcreatie, garantiebaan, doelgroepregister,
        inclusief werkgeverschap, afstand tot de arbeidsmarkt, arbeidsvermogen,
        speciaal onderwijs, vso, werkplekaanpassing, aanpassing van de werkplek, disability,
        sheltered work,
        arbeidsbeperkten, beperkingen, lvb, licht verstandelijke beperking,
        verstandelijke beperking, autisme, niet-aangeboren hersenletsel, nah,
        praktijkonderwijs, beschut, wsw, sociale werkplaats, baanafspraak, quotum,
        quotumheffing, participatiebaan, arbeidsgehandicapt, gehandicapten,
        ondersteuningsbehoefte, loonkostensubsidies, werkvoorziening, doelgroep
        banenafspraak,
        aangepast werk, arbeidsbeperking, participatiewet, beschutte werkplaats, autist""",
    ),
    _concept(
        "vsv",
        "Schooluitval en startkwalificatie",
        "Early school leaving",
        """vsv, vsv'er, voortijdig schoolverlater, voortijdig schoolverlaten, schooluitval,
        uitval, uitvallen, uitvaller, dropout, drop-out, thuiszitter, startkwalificatie,
        leerplicht, leerplichtig, kwalificatieplicht, leerplichtambtenaar, rmc,
        schoolverzuim, verzuim, voortijdig, buiten beeld, early school leaving, school dropout,
        uitvallers, studie-uitval, studieuitval, dropouts, stoppen met school, stopt met school,
        leerplichtwet, thuiszitten, spijbelen, absentie, verzuimmelding, rmc-functie,
        uitval op het mbo, schoolverzuim, voortijdig stoppen""",
    ),
    _concept(
        "llo",
        "Leven lang ontwikkelen",
        "Lifelong learning",
        """leven lang ontwikkelen, leven lang leren, llo, leercultuur, leerklimaat,
        ontwikkelcultuur, duurzame inzetbaarheid, inzetbaarheid, bijscholing, omscholing,
        nascholing, bijscholen, omscholen, zittend personeel, zij-instromer,
        omscholingstraject, modulair onderwijs, avondopleiding,
        deeltijdopleiding, leren naast het werk, employability, upskilling,
        reskilling, retraining, lifelong learning,
        scholing, opscholing, opscholen, herscholing, doorscholing, leeraanbod,
        leerbereidheid, leermotivatie, ontwikkelbereidheid, scholingsbereidheid,
        persoonlijke ontwikkeling, ontwikkelmogelijkheid, volwassenenonderwijs, derde
        leerweg, zittende medewerker, zittende werknemer, carrièreswitch,
        carrièreswitcher, arbeidsmobiliteit, intersectorale mobiliteit,
        leergang,
        personeel opleiden, medewerkers opleiden, werknemers opleiden, bijleren,
        leerwens,
        bedrijfsschool, bedrijfsacademie, bedrijfsopleiding""",
    ),
    _concept(
        "digitaal",
        "Digitale vaardigheden",
        "Digital skills",
        """digitaal, digitale vaardigheid, digivaardig, digivaardigheid,
        computer, computervaardigheid, laptop, ict, ict-vaardigheid, online, internet,
        e-learning, digitale geletterdheid, digibeet, software, tablet,
        smartphone, app, elektronisch, digital, digital skills,
        computerles, computercursus, mediawijsheid, mediawijs, digid, digitale kloof,
        digitaal vaardig, computerkennis, digitale middelen, ict-vaardigheden, digitaal
        werken, digitalisering van de samenleving""",
    ),
    _concept(
        "automatisering",
        "Automatisering en veranderend werk",
        "Automation and changing work",
        """automatisering, automatiseren, automatisch, robotisering, robotiseren, robot,
        kunstmatige intelligentie, ai, technologische ontwikkeling,
        digitalisering, digitaliseren, routinewerk, routinetaak, routinematig, zelfscan,
        zelfscankassa, zelfbediening, automation, robotisation,
        robots, cobot, smart industry, slimme technologie, chatgpt, generatieve ai,
        algoritme, mechanisering, zelfrijdend, digitale transformatie, verdwijnende
        beroepen, veranderende beroepen, technologisering, smart manufacturing""",
        """technologie, machine""",
    ),
    _concept(
        "wonen",
        "Wonen en huisvesting",
        "Housing",
        """woning, woningnood, woningtekort, woningmarkt, huisvesting, huurwoning, koopwoning,
        betaalbare woning, sociale huur, starterswoning, studentenkamer, huur, huren, wonen,
        verhuizen, woningzoekende, hypotheek, housing,
        kamernood, studentenhuisvesting, flexwonen, flexwoning, tiny house, tijdelijke
        woning, woonruimte, woonlasten, huurprijs, dakloos, dakloosheid, thuisloos,
        thuisloze, zwerfjongere, kamerverhuur, onderdak, woonplek, woningcorporatie,
        corporatie, wooncrisis, betaalbaar wonen, woningaanbod, huurhuis""",
        """woningbouw""",
    ),
    _concept(
        "gezondheid",
        "Gezondheid en welzijn",
        "Health and wellbeing",
        """gezondheid, gezond, ziek, ziekte, ziekteverzuim, ziekmelding, ziekmelden, burn-out,
        stress, psychisch, psychische klachten, mentale gezondheid, welbevinden,
        vitaliteit, fysiek, fysiek zwaar, lichamelijk, lichamelijk zwaar, zwaar werk,
        fysieke belasting, lichamelijke klachten, rugklacht, knieklacht, blessure,
        tillen, tilhulp, tilhulpmiddel, taakroulatie, werkdruk, prestatiedruk,
        prestatienorm, arbeidsomstandigheden, arbo, arbobeleid, bedrijfsarts,
        arbeidsongeval, leefstijl, verslaving, ggz, health, wellbeing, workload,
        mentale problemen, psychische problemen, mentaal, depressie, overbelasting,
        overbelast, uitputting, vermoeidheid, fysiek zwaar werk, zware beroepen, rsi,
        lawaai, gehoorschade, asbest, veilig werken, arbeidsveiligheid, ongeval,
        bedrijfsongeval, langdurig ziek, chronisch ziek, chronische ziekte, overspannen,
        werkstress, vitaliteitsprogramma, middelengebruik, lichamelijk zwaar
        werk, slijtage, versleten, werkomstandigheden, uitval door ziekte""",
    ),
    _concept(
        "krapte",
        "Personeelstekort en krapte",
        "Labour shortages",
        """personeelstekort, personeelsgebrek, tekort aan personeel, arbeidstekort, krapte,
        arbeidskrapte, krappe arbeidsmarkt, tekortsector, tekortberoep, kansberoep,
        moeilijk vervulbaar, openstaande vacature, vergrijzing, vervangingsvraag,
        tekort aan vakmensen, tekort aan technici, pensioen, pensionering, met pensioen,
        labour shortage, staff shortage,
        vacaturegraad, onvervulde vacature, onvervulbare vacature, moeilijk vervulbare
        vacature, handen tekort, personeelskrapte, onderbezetting, onderbezet, tekort
        aan medewerkers, tekort aan arbeidskrachten, tekort aan vakkrachten,
        arbeidskrachtentekort, vakkrachtentekort, technicitekort, krapte op de
        arbeidsmarkt, vacatures blijven open, tekortberoepen, uitstroom door pensioen""",
        """tekort, tekorten, vakmensen, vakkrachten""",
    ),
    _concept(
        "keuze",
        "Imago van het mbo en voorlichting",
        "The image of vocational education",
        """voorlichting, open dag, meeloopdag, beroepenmarkt, imago, beroepsbeeld,
        aanzien, tweederangs, ondergewaardeerd, waardering voor vakmanschap,
        image of vocational education,
        imago van het mbo, statusverschil, beroepstrots, praktisch opgeleid, praktisch
        geschoold, gelijkwaardigheid, onbekendheid met het vak, techniekpromotie,
        techniekeducatie, jet-net, technet, beeldvorming, trots op het mbo, mbo-trots,
        onbekend maakt onbemind, minder gewaardeerd,
        techniekonderwijs, sterk techniekonderwijs""",
    ),
    _concept(
        "onderwijs",
        "Onderwijs dat aansluit op de praktijk",
        "Education in step with practice",
        """curriculum, lesprogramma, keuzedeel, opleidingsaanbod, macrodoelmatigheid, gastles,
        docentstage, praktijkgericht onderwijs, verouderd lesmateriaal,
        aansluiting onderwijs arbeidsmarkt, onderwijsinnovatie, innovatief vakmanschap, cib,
        civ, curriculum reform,
        onderwijsaanbod, lesstof, lesmateriaal, examenprogramma, kwalificatiestructuur,
        kwalificatiedossier, flexibel onderwijs, keuzedelen, gastlessen, hybride
        leeromgeving, practoraat, centrum voor innovatief vakmanschap, verouderde
        apparatuur, machinepark, onderwijsvernieuwing, regionaal investeringsfonds, rif,
        aansluiting op de arbeidsmarkt, aansluiting onderwijs-arbeidsmarkt,
        maatwerkopleiding, opleiding op maat,
        arbeidsmarktperspectief, baankans, arbeidsmarktrelevantie, arbeidsmarktrelevant,
        kansrijke opleiding, opleiden voor de werkloosheid""",
        """verouderd, achterhaald, actueel""",
    ),
    _concept(
        "samenwerking",
        "Regionale samenwerking",
        "Regional cooperation",
        """samenwerking, samenwerken, samenwerkingsverband, convenant, pact, regiodeal,
        human capital agenda, arbeidsmarktregio, beroepskolom, triple helix,
        publiek-private samenwerking, pps, ketenpartner, ketensamenwerking, cooperation,
        partnership,
        regie, regierol, regisseur, ketenaanpak, overlegtafel, samenwerkingsagenda,
        human capital, human capital akkoord, quadruple helix, gezamenlijke aanpak,
        krachten bundelen, ketenpartners, samenwerkingsafspraak, regionale aanpak,
        werkgeversaanpak, regionaal werkbedrijf, werkkamer,
        langs elkaar heen, afstemming, afstemmen, samen optrekken,
        samenwerkingsverbanden""",
        """netwerk""",
    ),
    _concept(
        "loon",
        "Loon en arbeidsvoorwaarden",
        "Pay and working conditions",
        """loon, salaris, beloning, minimumloon, jeugdloon, cao, arbeidsvoorwaarde,
        onderbetaling, wage, pay, salary,
        cao-loon, salarissen, loonschaal, inschaling, leerloon, bbl-loon, brutoloon,
        uurloon, loonkloof, loonverschil, secundaire arbeidsvoorwaarden,
        onregelmatigheidstoeslag, loonsverhoging, onderbetaald""",
        """verdienen, verdiensten, ploegendienst, nachtdienst, avonddienst, onregelmatige
        dienst, onregelmatig, werktijd, werktijden, rooster, dienstrooster,
        weekenddienst, weekendwerk""",
    ),
    _concept(
        "grens",
        "Werken over de grens",
        "Working across the border",
        """grens, grensarbeid, grensarbeider, grenswerker, grensregio, grensoverschrijdend,
        over de grens, duitsland, duits, duitse, euregio, grensinformatiepunt, gip,
        dubbele belasting, cross-border, germany""",
    ),
    _concept(
        "opvolging",
        "Bedrijfsopvolging",
        "Business succession",
        """opvolging, bedrijfsopvolging, opvolger, bedrijfsoverdracht, overname,
        familiebedrijf, stoppende ondernemer, succession""",
    ),
    _concept(
        "net",
        "Netcongestie",
        "Grid congestion",
        """netcongestie, stroomnet, elektriciteitsnet, netbeheerder, netaansluiting,
        transportcapaciteit, grid congestion""",
    ),
    _concept(
        "cijfers",
        "Arbeidsmarktinformatie en cijfers",
        "Labour-market data",
        """arbeidsmarktinformatie, arbeidsmarktcijfers, cijfers, data, dashboard, monitor,
        monitoring, statistiek, prognose, arbeidsmarktprognose, onderzoek, labour-market data,
        statistics,
        arbeidsmarktdata, gegevens, gegevensdeling, datadeling, peiling, enquête,
        arbeidsmarktanalyse, voorspelling, kengetal, indicator, barometer, cbs,
        informatievoorziening, open data, arbeidsmarktmonitor""",
    ),
    _concept(
        "ouderen",
        "Oudere werknemers",
        "Older workers",
        """ouderen, oudere werknemer, oudere werkzoekende, oudere werkloze, plusser,
        50-plusser, 55-plusser, 60-plusser, vijftiger, vijftigplusser, zestiger,
        leeftijd, leeftijdsdiscriminatie, aow, aow-leeftijd, langer doorwerken,
        eindeloopbaan, generatiepact, older workers,
        vijftigers, zestigers, oudere medewerker, oudere collega, ouder
        personeel, vroegpensioen, rvu, regeling vervroegd uittreden, pensioenleeftijd,
        oudere werkzoekenden, leeftijdsbewust""",
    ),
    _concept(
        "starters",
        "Schoolverlaters en jeugdwerkloosheid",
        "School-leavers and youth unemployment",
        """schoolverlater, schoolverlaten, starter, starters op de arbeidsmarkt,
        startersfunctie, eerste baan, gediplomeerde, gediplomeerden, pas afgestudeerd,
        afgestudeerde, jeugdwerkloosheid, jongerenwerkloosheid, werkloze jongere,
        van school naar werk, overgang naar werk, youth unemployment, school-leaver,
        starterspositie, eerste werkervaring, net afgestudeerd, pas gediplomeerd,
        schoolverlaters, afstudeerder, jonge werkzoekende, neet, neet-jongere, instroom
        op de arbeidsmarkt, arbeidsmarktpositie van jongeren""",
    ),
    _concept(
        "groen",
        "Energietransitie en groene banen",
        "The energy transition and green jobs",
        """energietransitie, verduurzaming, verduurzamen, duurzaamheid, duurzame techniek,
        duurzame energie, klimaatverandering,
        circulair, circulaire economie, klimaatakkoord, warmtepomp, zonnepaneel,
        zonne-energie, windenergie, isolatie, isoleren, waterstof, laadpaal, installateur,
        installatietechniek, houtbouw, biobased, energiebesparing, groene baan,
        energy transition, green jobs, sustainability,
        elektrificatie, warmtenet, zonnepanelen, isolatiewerk, renovatieopgave,
        verduurzamingsopgave, klimaatadaptatie, groene economie, groene groei,
        installatiesector, installatiebranche, klimaattechniek, warmtepompen""",
    ),
    _concept(
        "deeltijd",
        "Kleine contracten en deeltijd",
        "Small contracts and part-time work",
        """deeltijd, deeltijdbaan, deeltijdcontract, deeltijdwerk, parttime, parttimer,
        urencontract, contracturen, contract uur,
        uur per week, uren uitbreiden, urenuitbreiding, voltijd, voltijdbaan,
        fulltime, volle baan, combinatiefunctie, part-time, small contract,
        kleine baan, klein contract, kleine contracten, urenomvang, baanomvang,
        contractomvang, deeltijdcultuur, deeltijdfactor, taakomvang, minurencontract""",
    ),
    _concept(
        "docenten",
        "Docententekort in het mbo",
        "The shortage of teachers",
        """docent, leraar, docententekort, lerarentekort, hybride docent, gastdocent,
        lesgeven, meelesgeven, lesuitval, onderwijspersoneel,
        pedagogische bevoegdheid, bevoegdheid, lerarenopleiding, teacher shortage,
        teacher,
        docenten, onderwijsassistent, praktijkdocent, vakdocent, invaldocent, bevoegde
        docent, onbevoegd, pdg, pedagogisch didactisch getuigschrift,
        docentprofessionalisering, lerarenbeurs, leraren, opleiders in het onderwijs,
        zij-instroom in het onderwijs""",
    ),
    _concept(
        "gender",
        "Vrouwen en mannen in het vak",
        "Women and men in the trade",
        """vrouw, vrouwelijk, mannencultuur, mannenwereld, vrouwenberoep, mannenberoep,
        gender, genderdiversiteit, meisjes in de techniek, women in technology,
        vrouwen, meisjes, genderstereotype, rolpatronen, rolpatroon,
        man-vrouwverhouding, vrouwvriendelijk, jongensberoep, meisjesberoep, seksisme,
        vrouwen in de techniek""",
    ),
    _concept(
        "justitie",
        "Strafblad en vog",
        "Criminal record and certificate of conduct",
        """vog, verklaring omtrent het gedrag, strafblad, justitiële documentatie,
        ex-gedetineerde, gedetineerde, detentie, reclassering, criminal record,
        vog-aanvraag, verklaring omtrent gedrag, criminaliteit, crimineel,
        jeugdcriminaliteit, gevangenis, ex-gedetineerden, justitiabele, halt""",
    ),
    _concept(
        "arbeidsmigranten",
        "Arbeidsmigranten",
        "Labour migrants",
        """arbeidsmigrant, arbeidsmigratie, eu-arbeidsmigrant, buitenlandse werknemer,
        buitenlandse arbeidskracht, short stay, migrant worker, labour migrant,
        arbeidsmigranten, poolse werknemer, oost-europeaan, oost-europese, midden- en
        oost-europa, kennismigrant, expat, internationale werknemer, internationale
        medewerker, buitenlandse medewerker, internationals, buitenlandse werknemers""",
    ),
    _concept(
        "werving",
        "Werving en matching",
        "Recruitment and matching",
        """werving, werven, werving en selectie, wervingscampagne, recruitment, recruiter,
        matching, matchen, match, vacaturebank, banenbeurs, banenmarkt, baanbemiddeling,
        bemiddeling, bemiddelen, arbeidsbemiddeling, arbeidsmarktcommunicatie,
        job matching,
        selectie, selectieprocedure, selectiecriteria, sollicitatieprocedure,
        wervingsproces, wervingskanaal, open hiring, open aanname, vacaturetekst,
        functieomschrijving, headhunter, personeelswerving, vacaturevervulling,
        matchmaking, speeddate, speeddaten, jobmarkt, banenmarkten, werving & selectie,
        personeel vinden, personeel werven, nieuw personeel""",
        # any card may mention applying for a job, a vacancy or a candidate: it says how,
        # not what about
        """sollicitatie, solliciteren, sollicitant, sollicitatiegesprek, sollicitatiebrief, cv,
        vacature, kandidaat""",
    ),
    _concept(
        "reintegratie",
        "Re-integratie van werkzoekenden",
        "Back to work from benefits",
        """re-integratie, reïntegratie, reintegratie, re-integratietraject, re-integreren,
        werkfit, activering, activeren, participatietraject, werkervaringstraject,
        klantmanager, langdurig werkloos, langdurig werkloze,
        back to work, reintegration,
        uitstroom naar werk, participatieplaats, tegenprestatie, sollicitatieplicht,
        re-integratiebedrijf, arbeidstoeleiding, toeleiding, dagbesteding, werkgarantie,
        baangarantie, bijstandscliënt, terugkeer naar werk""",
    ),
    _concept(
        "behoud",
        "Goed werkgeverschap en behoud van personeel",
        "Good employment and keeping staff",
        """goed werkgeverschap, werkgeverschap, personeelsbeleid, hr-beleid, hr,
        strategische personeelsplanning, personeelsplanning, behoud van personeel,
        personeelsverloop, retentie, binden en boeien, boeien en binden,
        staff retention, hr policy,
        loyaliteit, medewerkerstevredenheid, werkplezier, aantrekkelijk
        werkgever, werkgeversimago, employer branding, hybride werken, thuiswerken,
        doorgroeimogelijkheid, doorgroeien, carrièrepad, interne mobiliteit,
        personeelsbehoud""",
        """vasthouden""",
    ),
    _concept(
        "doorstroom",
        "Doorstroom en doorleren",
        "Moving on to a higher level",
        """doorstroom, doorstromen, doorleren, doorstuderen, stapelen, opstroom,
        vervolgopleiding, doorstroomprogramma, hbo-instroom, associate degree,
        progression,
        doorstroom naar hbo, doorstroomrecht, toelatingseis, toelating, verder leren,
        vervolgonderwijs, hbo-opleiding, hbo-studie, doorlopende leerlijn, doorlopende
        leerroute, leerroute, doorstroomkansen""",
    ),
    _concept(
        "veiligheid",
        "Sociale veiligheid en grensoverschrijdend gedrag",
        "Harassment and safety at work",
        """sociale veiligheid, grensoverschrijdend gedrag, intimidatie, seksuele intimidatie,
        pesten, gepest, agressie, geweld, ongewenst gedrag, vertrouwenspersoon,
        meldpunt, harassment, bullying,
        ongewenste intimiteiten, metoo, pesterij, uitschelden, bedreiging, veilige
        werkomgeving, sociale onveiligheid, onveilig, onveiligheid, klachtenregeling,
        seksueel grensoverschrijdend""",
    ),
    _concept(
        "houding",
        "Werkhouding en werknemersvaardigheden",
        "Attitude at work and work skills",
        """werkhouding, beroepshouding, werknemersvaardigheid, soft skills, discipline,
        arbeidsethos, arbeidsritme, werkritme, attitude, work ethic,
        motivatie, gemotiveerd, ongemotiveerd, werknemersvaardigheden, sociale
        vaardigheden, punctualiteit, stiptheid, afspraken nakomen, omgangsvormen,
        professionele houding, houding, werkinstelling, mentaliteit, gedrag,
        beroepsattitude, werkhouding""",
    ),
    _concept(
        "jeugdhulp",
        "Problemen thuis en jeugdhulp",
        "Trouble at home and youth care",
        """problemen thuis, thuissituatie, multiproblematiek, jeugdhulp, jeugdzorg,
        zorgleerling, zorgstructuur, wijkteam, sociaal wijkteam, jongerenwerk,
        jongerenwerker, schoolmaatschappelijk werk, zorgadviesteam, youth care,
        gezinsproblematiek, jeugdbescherming, gezinsvoogd, zorgmijder,
        multiprobleemgezin, psychosociaal, maatschappelijk werk, zorgcoördinator,
        straatcoach, passend onderwijs""",
    ),
    _concept(
        "landbouw",
        "Landbouw en de stikstofopgave",
        "Farming and the nitrogen problem",
        """stikstof, stikstofcrisis, stikstofopgave, landbouwtransitie, veehouderij,
        melkveehouderij, uitkoopregeling, boerenbedrijf, nitrogen""",
        # a sector: where, not what about
        "agrarisch, boer, landbouw, tuinbouw, akkerbouw",
    ),
    _concept(
        "sroi",
        "Social return en inkoop",
        "Social return and procurement",
        """social return, social return on investment, sroi, aanbesteding, aanbesteden,
        inkoop, inkoopvoorwaarde, inkoopbeleid, maatschappelijk verantwoord inkopen,
        mvi, prestatieladder socialer ondernemen, pso, pso-ladder, sociaal ondernemen,
        sociale onderneming, social enterprise, inclusief inkopen,
        social procurement""",
    ),
    _concept(
        "leefbaarheid",
        "Talent vasthouden en leefbaarheid van de regio",
        "Keeping talent and the region's liveability",
        """wegtrekken, wegtrekkend, braindrain, brain drain, talentbehoud, talent behouden,
        talent vasthouden, vasthouden van talent, leefbaarheid, bevolkingskrimp, krimpregio,
        krimpgebied, ontgroening, vestigingsklimaat, aantrekkelijke regio,
        trekt weg, trekken weg, kleine kernen, uitstroom van talent, regiobinding,
        binden aan de regio,
        keeping talent""",
    ),
    _concept(
        "ondernemerschap",
        "Ondernemerschap",
        "Entrepreneurship",
        """ondernemerschap, ondernemerschapsonderwijs, bedrijf beginnen,
        bedrijf starten, startup, start-up, startende ondernemer, ondernemersvaardigheden,
        ondernemend, ondernemende houding, bedrijfsplan, ondernemersplan, entrepreneurship""",
    ),
    _concept(
        "innovatie",
        "Innovatie en kennisdeling",
        "Innovation and sharing knowledge",
        """innovatie, innoveren, innovatiekracht,
        kennisinstelling, kennisdeling, fieldlab, proeftuin, living lab,
        innovatiehub, innovatiecentrum, arbeidsproductiviteit, productiviteit,
        slimmer werken, valorisatie, innovation""",
    ),
    _concept(
        "potentieel",
        "Onbenut arbeidspotentieel",
        "Untapped labour potential",
        """stille reserve, onbenut arbeidspotentieel, arbeidspotentieel, onbenut potentieel,
        arbeidsreserve, herintreder, herintreden, herintreding, herintreedster, nug,
        nug'er, inactieven, untapped potential""",
    ),
)


class Thesaurus:
    """The concepts, looked up by a word's dictionary form (or, for a phrase, all of its words).

    The most specific match wins: a phrase (``digitale vaardigheden``) over its
    words (``vaardigheid``), and a whole word (``kinderopvangtoeslag``) over its
    parts (``toeslag``).
    """

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {}
        for concept in concepts:
            known = self.concepts.get(concept.key)
            if known is not None:
                words = tuple(dict.fromkeys((*known.words, *concept.words)))
                hints = tuple(dict.fromkeys((*known.hints, *concept.hints)))
                concept = Concept(known.key, known.nl, known.en, words, hints)
            self.concepts[concept.key] = concept
        self._single: dict[str, list[str]] = {}
        self._phrases: list[tuple[frozenset[str], str, str]] = []
        self._hints: set[tuple[str, str]] = set()
        for concept in self.concepts.values():
            for word in (*concept.words, *concept.hints):
                hint = word in concept.hints and word not in concept.words
                parts = [lemma(w) for w in tokens(word) if w not in STOPWORDS]
                if not parts:
                    continue
                written = "".join(tokens(word))
                joined = lemma(written)
                if len(parts) == 1 or "-" in word or "'" in word:
                    # the word as written too: a text's "potjes" is "potje" to the word
                    # lists, while the thesaurus's "potje" is "pot"
                    for key in {joined, written, *([parts[0]] if len(parts) == 1 else [])}:
                        _add(self._single.setdefault(key, []), concept.key)
                        if hint:
                            self._hints.add((concept.key, key))
                if len(set(parts)) > 1:
                    self._phrases.append((frozenset(parts), concept.key, word.lower()))
                    if hint:
                        self._hints.add((concept.key, word.lower()))

    def words(self) -> list[str]:
        """Every word (and hint) of every concept (they may be parts of compounds)."""
        return [w for c in self.concepts.values() for w in (*c.words, *c.hints)]

    def size(self, key: str) -> int:
        """How many words concept ``key`` has: the fewer, the narrower it is."""
        concept = self.concepts.get(key)
        return len(concept.words) if concept is not None else 0

    def is_hint(self, key: str, word: str) -> bool:
        """Whether ``word`` (as :meth:`concepts_of` gives it) only hints at concept ``key``."""
        return (key, word) in self._hints

    def concepts_of(
        self, lemmas: Iterable[str], parts: Mapping[str, Sequence[str]] | None = None
    ) -> dict[str, set[str]]:
        """The concepts that ``lemmas`` (of one text) name, each with the words that named it
        (a phrase as the thesaurus writes it: ``openbaar vervoer``).

        ``parts`` gives the parts of compound words among ``lemmas``: a compound
        that names no concept itself names those of its parts.
        """
        found: dict[str, set[str]] = {}
        present = set(lemmas)
        parts = parts or {}
        every = present | {p for word in present for p in parts.get(word, ())}
        covered: set[str] = set()
        for words, key, shown in self._phrases:
            if words <= every:
                found.setdefault(key, set()).add(shown)
                covered |= words
        for word in sorted(present - covered):
            keys = self._single.get(word)
            if keys:
                for key in keys:
                    found.setdefault(key, set()).add(word)
                continue
            for part in parts.get(word, ()):
                for key in self._single.get(part, ()) if part not in covered else ():
                    found.setdefault(key, set()).add(part)
        return found

    def label(self, key: str, lang: str) -> str:
        concept = self.concepts.get(key)
        return concept.label(lang) if concept is not None else key


def _add(keys: list[str], key: str) -> None:
    if key not in keys:
        keys.append(key)


def build_thesaurus(extra: Mapping[str, Iterable[str]] | None = None) -> Thesaurus:
    """The default concepts, with the words of ``extra`` (``key -> words``) added.

    The subjects that only example cards describe (:mod:`.learned`) are concepts
    without words: they name what a card reads as being about (:mod:`.subjects`).

    A key that names a default concept adds words to it; another key is a new
    concept, labelled by its key in both languages.
    """
    concepts = [*DEFAULT_CONCEPTS, *(Concept(key, nl, en, ()) for key, nl, en in SUBJECTS)]
    for key, words in sorted((extra or {}).items()):
        concepts.append(Concept(key, key, key, tuple(words)))
    return Thesaurus(concepts)
