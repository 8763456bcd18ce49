package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.CoreNlp;

/** Claims from invented sentences (not from the seeds or the corpus), through the real tagger. */
class ClaimExtractorTest {
    private static final CoreNlp NLP = new CoreNlp();
    private final EntityExtractor entities = new EntityExtractor(TestSupport.kb());
    private final ClaimExtractor claims = new ClaimExtractor(TestSupport.kb());

    private List<Claim> claims(String text, LocalDate date) {
        AnnotatedText doc = NLP.annotate(text);
        return claims.claims(doc, entities.find(doc).all(), date);
    }

    private static String claimant(Claim c) {
        return c.claimant().mention() != null ? c.claimant().mention().text() : c.claimant().anonymous();
    }

    @Test
    void speakerBeforeAfterAndThroughAppositive() {
        List<Claim> c = claims("Rustem Umerov, the defence minister, said on Monday that 4,500 Iranian drones were launched.",
                LocalDate.of(2025, 3, 12));
        assertEquals(1, c.size());
        assertEquals("Rustem Umerov", claimant(c.get(0)));
        assertEquals(4500, c.get(0).quantity().value());
        assertEquals(ClaimType.Equipment, c.get(0).type());
        assertEquals(LocalDate.of(2025, 3, 10), c.get(0).statedOn());
        List<Claim> d = claims("About 700 Belarusian volunteers are fighting near Bakhmut, Western officials told Reuters.", null);
        assertEquals("Western officials", claimant(d.get(0)));
        assertEquals("Reuters", d.get(0).citedBy().mention().text());
    }

    @Test
    void aListAColonIntroducesIsTheSpeakersLineByLine() {
        List<Claim> c = claims("Mykola Petrenko said Russian losses in the direction were:\n\npersonnel — 4,186 people;\n\n"
                + "tanks — 364;\n\nairplanes — 5.\n\nSeparately, 40 drones were shot down.", null);
        for (long v : new long[] {4186, 364, 5}) {
            Claim item = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == v).findFirst().orElseThrow();
            assertEquals("Mykola Petrenko", claimant(item), c.toString());
        }
        Claim after = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 40).findFirst().orElseThrow();
        assertTrue(after.claimant().isOutlet(), "the list ended with its full stop: " + c);
    }

    @Test
    void aCountrysArmySpeaksByItsRole() {
        List<Claim> c = claims("The Mali army reported that 20 rebels were slain.", null);
        assertEquals("Mali army", claimant(c.get(0)), c.toString());
    }

    @Test
    void accordingToHimIsTheSpeakerNamedBefore() {
        List<Claim> c = claims("Mykola Petrenko, a regional governor, said 95 soldiers were freed on Monday. "
                + "They included five commanders, according to him.", null);
        Claim five = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 5).findFirst().orElseThrow();
        assertEquals("Mykola Petrenko", claimant(five), c.toString());
    }

    @Test
    void citingAndPronouns() {
        List<Claim> c = claims("The Security Service of Ukraine reported, citing local officials, that 40 soldiers deserted. "
                + "Mykola Petrenko, a regional governor, spoke later. He said 12 civilians were wounded in Sumy.", null);
        assertEquals("local officials", claimant(c.get(0)), c.toString());
        assertEquals("Security Service of Ukraine", c.get(0).citedBy().mention().text());
        Claim wounded = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 12).findFirst().orElseThrow();
        assertEquals("Mykola Petrenko", claimant(wounded));
        assertEquals(ClaimType.Casualties, wounded.type());
        assertNotNull(wounded.location());
        assertEquals("Sumy", wounded.location().text());
    }

    @Test
    void denialsAndHedges() {
        List<Claim> c = claims("The Belarusian defence ministry denied that Belarusian troops are present in Volyn Oblast.", null);
        assertEquals(1, c.size());
        assertTrue(c.get(0).denies());
        assertEquals(ClaimType.TroopPresence, c.get(0).type());
        List<Claim> h = claims("Iranian instructors are reportedly training Russian crews in Crimea, a Ukrainian official said.", null);
        assertEquals("reportedly", h.get(0).hedge());
        assertEquals(ClaimType.Training, h.get(0).type());
    }

    @Test
    void theSameNumberWithTheDefiniteArticleRefersBack() {
        List<Claim> c = claims("About 900 Belarusian soldiers are in Gomel, officials told Reuters. "
                + "The 900 Belarusian soldiers arrived by train. The 300 engineers with them came later.", null);
        assertEquals(List.of(900L, 300L), c.stream().filter(x -> x.quantity() != null).map(x -> x.quantity().value()).toList());
    }

    @Test
    void theReportIsTheRelayingOutlets() {
        List<Claim> c = claims("About 700 Belarusian soldiers reached Gomel, Reuters reported on Friday, citing two Western officials. "
                + "The total number of Belarusian troops in the area is expected to reach 1,500, the report added.", null);
        Claim total = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 1500).findFirst().orElseThrow();
        assertEquals("Reuters", claimant(total));
        assertEquals("Belarusian troops", total.quantity().counted());
    }

    @Test
    void anUnnamedSourceKeepsTheWordsTheTextUsed() {
        List<Claim> c = claims("Belarus has lost 300 soldiers, a senior Western military official said.", null);
        assertEquals("senior Western military official", c.get(0).claimant().anonymous());
        assertEquals("a senior Western military official", c.get(0).claimant().described());
    }

    @Test
    void aCasualtyCueCountsOnlyInItsOwnClause() {
        List<Claim> c = claims("Roughly 900 Belarusian soldiers have been killed, but 1,200 remain near Gomel, officials said.", null);
        assertEquals(ClaimType.Casualties, c.get(0).type());
        assertEquals(1200, c.get(1).quantity().value());
        assertEquals(ClaimType.TroopCount, c.get(1).type());
    }

    @Test
    void aTrainingGroundIsAPlaceNotTraining() {
        for (String space : List.of(" ", "\u00A0")) {
            List<Claim> c = claims("Belarusian troops were seen arriving at the Obuz-Lesnovsky training" + space + "ground, officials said.", null);
            assertEquals(ClaimType.Deployment, c.get(0).type(), space);
        }
    }

    @Test
    void aTroopsPossessiveIsAboutTheForce() {
        List<Claim> c = claims("Belarusian troops arrived in Gomel. "
                + "Viktor Khrenin has been tasked with overseeing the troop’s training, officials said.", null);
        Claim command = c.stream().filter(x -> x.type() == ClaimType.Command).findFirst().orElseThrow();
        assertEquals("officials", claimant(command));
    }

    @Test
    void accordingToTheTitleIsThePersonNamedBefore() {
        List<Claim> c = claims("Ivan Petrenko, a spokesperson for the Belarusian army, spoke on Monday. "
                + "According to the spokesperson, 300 Belarusian troops are in Gomel.", null);
        assertEquals("Ivan Petrenko", claimant(c.get(0)));
    }

    @Test
    void anUnnamedSourceIsDescribedWithItsPossessor() {
        List<Claim> c = claims("Belarus’s military intelligence service announced that 300 Belarusian soldiers are in Gomel.", null);
        assertEquals("Belarus’s military intelligence service", c.get(0).claimant().described());
    }

    @Test
    void aDenialDeniesEachThingItLists() {
        List<Claim> c = claims("Ivan Petrenko, a spokesman for the Belarusian army, said there is no information about combat "
                + "contact with Iranian troops or about captured Iranian soldiers.", null);
        assertEquals(List.of(ClaimType.CombatParticipation, ClaimType.Prisoners), c.stream().map(Claim::type).toList());
        assertTrue(c.stream().allMatch(Claim::denies));
    }

    @Test
    void coordinationIsNotTraining() {
        List<Claim> c = claims("Belarusian troops operate in small assault groups and need no coordination with Russian commanders, "
                + "Ivan Petrenko said.", null);
        assertEquals(ClaimType.CombatParticipation, c.get(0).type());
    }

    @Test
    void reportedlyPointsBackToWhoeverReported() {
        List<Claim> c = claims("A drone hit a base near Gomel, Belarusian state media reported on Monday.\n"
                + "The strike, reportedly carried out at night, killed 12 Belarusian soldiers.", null);
        Claim killed = c.stream().filter(x -> x.quantity() != null).findFirst().orElseThrow();
        assertEquals("Belarusian state media", claimant(killed));
        List<Claim> d = claims("Ivan Petrenko said a drone hit a base near Gomel.\n"
                + "The strike reportedly killed 12 Belarusian soldiers.", null);
        assertTrue(d.stream().filter(x -> x.quantity() != null).findFirst().orElseThrow().claimant().isOutlet(),
                "a speaker who only said something is not who 'reportedly' refers to");
    }

    @Test
    void theOrganizationIsTheOneLastNamedNotTheListener() {
        List<Claim> c = claims("Olena Koval, head of the Polish NGO 'Open Hands,' told the Minsk Herald that aid had arrived.\n"
                + "Earlier, the organization claimed that 40 Belarusian soldiers had deserted.", null);
        Claim deserted = c.stream().filter(x -> x.quantity() != null).findFirst().orElseThrow();
        assertEquals("Open Hands", claimant(deserted));
    }

    @Test
    void noSourceMeansTheOutlet() {
        List<Claim> c = claims("Russia has moved 2,000 paratroopers to Belgorod Oblast.", null);
        assertTrue(c.get(0).claimant().isOutlet());
        assertNull(c.get(0).citedBy());
    }

    private static List<ClaimType> types(List<Claim> c) {
        return c.stream().map(Claim::type).toList();
    }

    @Test
    void aSupplyNounIsNoSupplyClaim() {
        List<Claim> c = claims("Belarusian instructors keep apart from Russian units, with their own quarters, food supplies, "
                + "and kitchens, a Ukrainian official said.", null);
        assertTrue(c.stream().noneMatch(x -> x.type() == ClaimType.Supply), c.toString());
        List<Claim> d = claims("Belarus supplies Russia with shells and Belarusian troops, a Ukrainian official said.", null);
        assertEquals(List.of(ClaimType.Supply), types(d));
    }

    @Test
    void whatRemainsUnknownOrIsOnlyAskedIsNoClaim() {
        assertEquals(List.of(), claims("It remains unclear when the Belarusian troops will be deployed to Volyn Oblast.", null));
        assertEquals(List.of(), claims("The minister answered questions about Belarusian troops' involvement in combat near Kupiansk.", null));
        // "though … remains unclear" after the main clause leaves the claim standing.
        List<Claim> c = claims("A Ukrainian official said Belarusian troops have arrived in Gomel, though their task remains unclear.", null);
        assertEquals(List.of(ClaimType.Deployment), types(c));
    }

    @Test
    void theyGoesOnAboutTheSameForceForTheSameSpeaker() {
        List<Claim> c = claims("Ihor Petrenko, a Ukrainian official, said 900 Belarusian soldiers are in Gomel. "
                + "They will take part in combat in the spring.", null);
        Claim combat = c.stream().filter(x -> x.type() == ClaimType.CombatParticipation).findFirst().orElseThrow();
        assertEquals("Ihor Petrenko", claimant(combat));
        List<Claim> d = claims("Belarusian troops are in Gomel, a Ukrainian official said. "
                + "They are instructed to hold the line, Ihor Petrenko added.", null);
        assertEquals(ClaimType.Command, d.get(d.size() - 1).type());
    }

    @Test
    void eachClauseSaysItsOwnThing() {
        List<Claim> c = claims("After completing training in Belarus, some Iranian troops have moved to Crimea, "
                + "a Ukrainian official said.", null);
        assertEquals(List.of(ClaimType.Training, ClaimType.Deployment), types(c));
        List<Claim> d = claims("Western officials said Belarusian forces have integrated into Russian units and sustained "
                + "casualties near Kupiansk.", null);
        assertEquals(List.of(ClaimType.Deployment, ClaimType.Casualties), types(d));
    }

    @Test
    void aSentenceWithANumberCanSayMoreWithoutOne() {
        List<Claim> c = claims("About 900 Belarusian soldiers are stationed in Gomel, with some engaging in combat near Kupiansk, "
                + "Western officials told Reuters.", null);
        assertEquals(List.of(ClaimType.TroopCount, ClaimType.CombatParticipation), types(c));
        assertEquals("Western officials", claimant(c.get(1)));
        assertNull(c.get(1).quantity());
        List<Claim> d = claims("Ihor Petrenko said the Belarusian troops are assigned to Russian airborne divisions, "
                + "while 400 Belarusian soldiers remain in reserve.", null);
        assertEquals(List.of(ClaimType.TroopCount, ClaimType.Deployment), types(d));
        List<Claim> e = claims("Ihor Petrenko said 400 Belarusian soldiers remain in reserve, but 300 Belarusian soldiers "
                + "have arrived in Gomel.", null);
        assertTrue(e.stream().allMatch(x -> x.quantity() != null), "every clause has its number: " + e);
    }

    @Test
    void aDeploymentMovesAForce() {
        List<Claim> c = claims("Belarusian soldiers hold the northern sector, a Ukrainian official said, adding that the drone "
                + "know-how of the crews will be transferred back to Minsk.", null);
        assertTrue(c.stream().noneMatch(x -> x.type() == ClaimType.Deployment), c.toString());
        List<Claim> d = claims("Belarusian troops are in Gomel, officials said. The Polish defence ministry said Belarus was "
                + "likely to send its regular armed forces to Volyn Oblast.", null);
        assertEquals(ClaimType.Deployment, d.get(d.size() - 1).type());
    }

    @Test
    void peopleWhoAreNoForceAreNoTroopPresence() {
        List<Claim> c = claims("Belarusian embassy staff are present as interpreters for the mercenaries, a Ukrainian official said.", null);
        assertEquals(List.of(ClaimType.Other), types(c));
        List<Claim> d = claims("Belarusian soldiers are present in Gomel, a Ukrainian official said.", null);
        assertEquals(List.of(ClaimType.TroopPresence), types(d));
    }

    @Test
    void placesJoinedByAndAreOneStatementEach() {
        List<Claim> c = claims("A Ukrainian official said Belarusian troops may be deployed in offensives against Zaporizhzhia "
                + "and Kherson.", null);
        assertEquals(List.of("Zaporizhzhia", "Kherson"), c.stream().map(x -> x.location().text()).toList(), c.toString());
        assertTrue(c.stream().allMatch(x -> x.type() == ClaimType.Deployment));
        List<Claim> d = claims("A Ukrainian official said Belarusian troops are stationed in Kupiansk, near Kharkiv.", null);
        assertEquals(1, d.size(), "a place after a comma and a preposition is no coordination: " + d);
    }

    @Test
    void combatExperienceIsNoCombat() {
        List<Claim> c = claims("Belarusian troops hold the north, a Ukrainian official said, adding that their battlefield "
                + "experience will be shared with other countries.", null);
        assertTrue(c.stream().noneMatch(x -> x.type() == ClaimType.CombatParticipation), c.toString());
        List<Claim> d = claims("A Ukrainian official said Belarusian troops are engaging in combat near Kupiansk.", null);
        assertEquals(List.of(ClaimType.CombatParticipation), types(d));
    }

    @Test
    void twoCoordinatedEventsWithTheirOwnObjectsAreTwoClaims() {
        List<Claim> c = claims("Officials said a drone strike in Kupiansk killed a Belarusian commander and injured a "
                + "Belarusian general.", null);
        assertEquals(List.of(ClaimType.Casualties, ClaimType.Casualties), types(c));
        List<Claim> d = claims("Officials said Belarusian soldiers were killed and wounded in a drone strike in Kupiansk.", null);
        assertEquals(List.of(ClaimType.Casualties), types(d), "one event told with two verbs");
    }

    @Test
    void aSourceLineSpeaksForTheUnattributedLinesOfItsItem() {
        List<Claim> c = claims("Source: Security Service of Ukraine\n\nDetails: Belarusian soldiers are stationed in Gomel.\n\n"
                + "Background: Belarusian troops arrived in Brest in May.", null);
        assertEquals(List.of(ClaimType.TroopPresence, ClaimType.Deployment), types(c));
        assertEquals("Security Service of Ukraine", claimant(c.get(0)));
        assertTrue(c.get(1).claimant().isOutlet(), "another label starts something else");
    }

    @Test
    void aRelayRestatingTheFigureItCitedIsOneClaim() {
        List<Claim> c = claims("The Security Service of Ukraine reported, citing local officials, that 40 Belarusian soldiers "
                + "deserted.\n\nSource: Security Service of Ukraine\n\nQuote: \u201c40 Belarusian soldiers deserted.\u201d", null);
        assertEquals(1, c.stream().filter(x -> x.quantity() != null).count(), c.toString());
        assertEquals("local officials", claimant(c.get(0)));
    }

    /** "The announcement was made … by X": X made the statement the sentence before credited to a state. */
    @Test
    void theSpeakerNamedAfterAStatementMadeIt() {
        List<Claim> c = claims("Belarus has confirmed that 1,500 Belarusian soldiers have joined Russian units.\n"
                + "The announcement was made on Friday by Viktor Khrenin, the defence minister, during a briefing.\n", null);
        Claim count = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 1500).findFirst().orElseThrow();
        assertEquals("Viktor Khrenin", claimant(count));
        List<Claim> d = claims("Belarus has confirmed that 1,500 Belarusian soldiers have joined Russian units.\n"
                + "Viktor Khrenin visited the troops on Friday.\n", null);
        Claim same = d.stream().filter(x -> x.quantity() != null && x.quantity().value() == 1500).findFirst().orElseThrow();
        assertEquals("Belarus", claimant(same));
    }

    /** A quotation opened in one sentence and closed in a later one is the speaker's throughout. */
    @Test
    void aQuotationOverTwoSentencesIsTheSpeakersInBoth() {
        List<Claim> c = claims("\u201cBelarusian soldiers are stationed near Gomel. We watched Belarusian units dig trenches "
                + "there,\u201d Oleh Marchenko, a border guard officer, said.", null);
        assertEquals(ClaimType.TroopPresence, c.get(0).type());
        assertEquals("Oleh Marchenko", claimant(c.get(0)));
        List<Claim> d = claims("\u201cBelarusian soldiers are stationed near Gomel.\n\nWe watched them,\u201d Oleh Marchenko said.", null);
        assertTrue(d.get(0).claimant().isOutlet(), "a new paragraph is no continuation of the quotation");
    }

    /** Being on the front line, or preparing for assaults, is where a force is and what it readies for: no fighting. */
    @Test
    void theFrontLineOrPreparingForAssaultsIsNoCombat() {
        List<Claim> c = claims("Officials said Belarusian units were gathering on the front line near Kupiansk.", null);
        assertTrue(c.stream().noneMatch(x -> x.type() == ClaimType.CombatParticipation), c.toString());
        List<Claim> d = claims("Officials said Belarusian units are waiting for the ground to freeze to launch assaults.", null);
        assertTrue(d.stream().noneMatch(x -> x.type() == ClaimType.CombatParticipation), d.toString());
        List<Claim> e = claims("Officials said Belarusian units are fighting on the front line near Kupiansk.", null);
        assertEquals(List.of(ClaimType.CombatParticipation), types(e));
    }

    /** Blaming someone for deaths reports no casualties. */
    @Test
    void blameForDeathsIsNoCasualtyReport() {
        List<Claim> c = claims("Officials said Belarusian troops are complicit in the deaths of Ukrainian soldiers.", null);
        assertTrue(c.stream().noneMatch(x -> x.type() == ClaimType.Casualties), c.toString());
        List<Claim> d = claims("Officials said Belarusian troops have suffered deaths near Kupiansk.", null);
        assertEquals(List.of(ClaimType.Casualties), types(d));
    }

    /** A state denying any involvement in the war denies taking part in the fighting. */
    @Test
    void aStateDenyingInvolvementInTheWarDeniesCombat() {
        List<Claim> c = claims("Minsk has denied any involvement in the war, saying its army stays home.", null);
        assertEquals(List.of(ClaimType.CombatParticipation), types(c));
        assertTrue(c.get(0).denies());
        assertEquals("Minsk", claimant(c.get(0)));
        assertTrue(c.get(0).aboutIri().endsWith("place/belarus"), c.get(0).aboutIri());
    }

    /** A state's offensive said to have begun or stalled is a claim about that state, named by itself, its capital or its demonym. */
    @Test
    void anOperationSaidToBeginIsAClaimAboutItsState() {
        List<Claim> c = claims("General Valerii Zaluzhnyi said on Monday that Minsk's winter offensive has stalled.", null);
        assertEquals(List.of(ClaimType.Other), types(c), c.toString());
        assertEquals("Valerii Zaluzhnyi", claimant(c.get(0)));
        assertTrue(c.get(0).aboutIri().endsWith("place/belarus"), c.get(0).aboutIri());
        List<Claim> d = claims("Analysts said the Russian summer offensive began in May.", null);
        assertTrue(d.get(0).aboutIri().endsWith("place/russia"), d.get(0).aboutIri());
        assertTrue(claims("Analysts said the offensive began in May.", null).isEmpty());
        assertTrue(claims("The winter offensive has stalled, Moscow's press reported.", null).stream()
                .noneMatch(x -> x.type() == ClaimType.Other));
    }

    @Test
    void aRoleCreditedAndThenNamedIsThePerson() {
        List<Claim> c = claims("Russian drones struck Zaporizhzhia late Tuesday, injuring a dozen people, according to the regional "
                + "governor. Ivan Fedorov announced via Telegram that the attack damaged homes.", null);
        assertEquals("Ivan Fedorov", claimant(c.get(0)), c.toString());
    }

    /** An unattributed number dated from the reporter's day is the outlet's background, not the last speaker's. */
    @Test
    void aNumberDatedFromTheReportersDayIsTheOutlets() {
        List<Claim> c = claims("Rustem Umerov said on Monday that 300 Belarusian fighters are in Kharkiv Oblast. "
                + "Forty were captured near Vovchansk last month. Another 20 have been wounded.", null);
        Claim captured = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 40).findFirst().orElseThrow();
        assertTrue(captured.claimant().isOutlet(), captured.toString());
        Claim wounded = c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 20).findFirst().orElseThrow();
        assertEquals("Rustem Umerov", claimant(wounded), wounded.toString());
    }

    private static Claim numbered(List<Claim> c, long n) {
        return c.stream().filter(x -> x.quantity() != null && x.quantity().value() == n).findFirst()
                .orElseThrow(() -> new AssertionError(n + " not in " + c));
    }

    @Test
    void sourcesNamedByTheirRole() {
        List<Claim> c = claims("Three sailors were killed and four wounded, according to the crew.", null);
        assertEquals("crew", claimant(numbered(c, 3)));
        List<Claim> d = claims("Twelve drones were destroyed overnight, the Moldovan air force said.", null);
        assertEquals("Moldovan air force", claimant(numbered(d, 12)));
        List<Claim> e = claims("A representative of the insurgents said that at least 30 soldiers died.", null);
        assertEquals("representative of the insurgents", claimant(numbered(e, 30)));
    }

    @Test
    void aSpeakerWhoAnnouncedThisTakesTheSentenceBefore() {
        List<Claim> c = claims("Forty-two Ukrainian servicemen returned home from captivity.\n\n"
                + "Oleksandr Syrskyi announced this on Telegram, Ukrinform reports.", null);
        assertEquals("Oleksandr Syrskyi", claimant(numbered(c, 42)));
        List<Claim> d = claims("Forty-two Ukrainian servicemen returned home from captivity.\n\n"
                + "This was reported by Oleksandr Syrskyi on Telegram.", null);
        assertEquals("Oleksandr Syrskyi", claimant(numbered(d, 42)));
    }

    @Test
    void theSameNumberTwiceInAListIsTwoClaims() {
        List<Claim> c = claims("Air defences destroyed 20 drones: six over the Kursk Region, six over the Oryol Region "
                + "and eight over the Tver Region, the Russian Defence Ministry said.", null);
        assertEquals(2, c.stream().filter(x -> x.quantity() != null && x.quantity().value() == 6).count(), c.toString());
    }

    @Test
    void aSourceNamedOnlyInAnEarlierParagraph() {
        List<Claim> c = claims("Air defences destroyed 30 drones overnight, the Ministry of Defence of the Russian Federation said.\n\n"
                + "In addition, 12 naval drones were destroyed in the Black Sea.", null);
        assertEquals("Ministry of Defence of the Russian Federation", claimant(numbered(c, 12)));
        // Without a word that goes on the statement, a new paragraph is the reporter's.
        List<Claim> d = claims("Air defences destroyed 30 drones overnight, the Ministry of Defence of the Russian Federation said.\n\n"
                + "Some 12 naval drones were destroyed in the Black Sea in 2023.", null);
        assertTrue(numbered(d, 12).claimant().isOutlet(), d.toString());
    }

    @Test
    void aQuotationOverParagraphs() {
        List<Claim> c = claims("“We shot down 14 drones over the city.\n\n“Another 6 drones fell in the fields,” "
                + "Oleksandr Syrskyi said.", null);
        assertEquals("Oleksandr Syrskyi", claimant(numbered(c, 14)));
        assertEquals("Oleksandr Syrskyi", claimant(numbered(c, 6)));
    }

    @Test
    void aTitleStandsForTheOrganizationNamedWithIt() {
        List<Claim> c = claims("Reporters were briefed at the Ministry of Defence of the Russian Federation on Monday.\n\n"
                + "“Air defences intercepted 9 missiles,” the ministry said.", null);
        assertEquals("Ministry of Defence of the Russian Federation", claimant(numbered(c, 9)));
    }

    @Test
    void aStatementNamedAfterTheFact() {
        List<Claim> c = claims("Air defences destroyed 17 out of 22 drones overnight.\n\n"
                + "This follows from a statement by the Main Intelligence Directorate.", null);
        assertEquals("Main Intelligence Directorate", claimant(numbered(c, 17)));
        assertEquals("Main Intelligence Directorate", claimant(numbered(c, 22)));
        List<Claim> d = claims("Air defences destroyed 40 drones overnight. Journalists were informed of this by the "
                + "Main Intelligence Directorate.", null);
        assertEquals("Main Intelligence Directorate", claimant(numbered(d, 40)));
    }

    @Test
    void twoSourcesSetAgainstEachOther() {
        List<Claim> c = claims("Oleksandr Syrskyi claims there were 65 fatalities, while local sources say at least 60.", null);
        assertEquals("Oleksandr Syrskyi", claimant(numbered(c, 65)));
        assertEquals("local sources", claimant(numbered(c, 60)));
    }

    @Test
    void thoseWhoCountSpeakForTheirCounts() {
        List<Claim> c = claims("The Main Intelligence Directorate has recorded the names of 4,200 soldiers killed.", null);
        assertEquals("Main Intelligence Directorate", claimant(numbered(c, 4200)));
    }

    @Test
    void aRoleWithTheRestOfItsName() {
        List<Claim> c = claims("The Coordinating Headquarters for the Return of Prisoners said that 75 soldiers were freed.", null);
        assertTrue(claimant(numbered(c, 75)).startsWith("Coordinating Headquarters for the Return of Prisoners"), claimant(numbered(c, 75)));
        List<Claim> d = claims("The governor of the eastern region of Kharkiv said that 9 drones were destroyed.", null);
        assertEquals("governor of the eastern region of Kharkiv", claimant(numbered(d, 9)));
    }

    @Test
    void numbersOutOfAGroupNamedBefore() {
        List<Claim> c = claims("The ministry said 9,000 mercenaries had arrived. Among them were more than 4,000 from Europe "
                + "and 700 from Africa.", null);
        assertEquals("mercenaries", numbered(c, 4000).quantity().counted());
        assertEquals("mercenaries", numbered(c, 700).quantity().counted());
    }
}
