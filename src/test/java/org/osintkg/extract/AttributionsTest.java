package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.nlp.AnnotatedText;

/** Who invented sentences credit. */
class AttributionsTest {
    private final Attributions attributions = new Attributions(new SourceCandidates(new Forces(TestSupport.kb())));

    private Attribution of(String text) {
        return attributions.find(text, 0, Sentences.first(text).mentions(), new Discourse());
    }

    @Test
    void subjectOfAReportingVerb() {
        Attribution a = of("Oleksandr Syrskyi said 200 soldiers had crossed the river.");
        assertEquals("Oleksandr Syrskyi", Sentences.name(a.claimant()));
        assertEquals("said", a.cue());
    }

    @Test
    void accordingToOverridesTheSentence() {
        Attribution a = of("According to the Main Intelligence Directorate, 1,200 soldiers were lost in a day.");
        assertEquals("Main Intelligence Directorate", Sentences.name(a.claimant()));
        assertTrue(a.overrides());
    }

    @Test
    void anUnnamedSourceAsDescribed() {
        Attribution a = of("Two senior Western officials said 600 marines were moved.");
        assertTrue(Sentences.name(a.claimant()).contains("officials"), Sentences.name(a.claimant()));
    }

    @Test
    void aBodyKnownByItsOwnersName() {
        assertEquals("South Korea’s spy agency", Sentences.name(of("At least 100 soldiers were killed, according to South Korea’s spy agency.").claimant()));
        assertEquals("Nepal’s Foreign Ministry", Sentences.name(of("According to Nepal’s Foreign Ministry, four fighters are held.").claimant()));
        assertEquals("National Intelligence Service", Sentences.name(of("Seoul’s National Intelligence Service said 11,000 troops were sent.").claimant()),
                "a name after the owner stays the name");
    }

    @Test
    void thoseWhoSawItOrTreatedTheWounded() {
        assertEquals("witnesses", Sentences.name(of("At least 11 people were injured in Beita, witnesses said.").claimant()));
        assertEquals("medics", Sentences.name(of("Five people were killed, medics said.").claimant()));
    }

    @Test
    void theOutletToldRelays() {
        Attribution a = of("Western officials told Reuters that 600 marines were moved.");
        assertEquals("Reuters", Sentences.name(a.citedBy()));
    }

    @Test
    void anOutletToldByNoOneNamedIsTheSource() {
        assertEquals("AFP", Sentences.name(of("Paramilitary forces killed six people in El-Fasher, a medical worker told AFP.").claimant()));
        assertEquals("BBC", Sentences.name(of("Sources close to Africa Corps told the BBC that 20 mercenaries were killed.").claimant()),
                "those close to a body are not the body");
        assertEquals("Oleksandr Syrskyi", Sentences.name(of("Oleksandr Syrskyi told CNN that 40 drones were downed.").claimant()));
    }

    @Test
    void reportedByAndAnAgencyPastWhatItIs() {
        assertEquals("FRANCE24", Sentences.name(of("Three fighters died, as reported by FRANCE24 on 13 August.").claimant()));
        assertEquals("RIA", Sentences.name(of("Six drones attacked the plant, according to Russian state-owned news agency RIA.").claimant()));
    }

    @Test
    void whereTheSubjectSitsIsNoPartOfIt() {
        Attribution a = of("The Palestinian Ministry of Health in Gaza said 117 of the 124 bodies were recovered.");
        assertEquals("Palestinian Ministry of Health", Sentences.name(a.claimant()));
    }

    @Test
    void aSecondSpeakerTakesTheNumbersAfterIt() {
        String text = "Kyrylo Budanov said the unit was ready, while Oleksandr Syrskyi said 300 soldiers had left.";
        Attribution a = of(text);
        Quantity q = Quantities.find(text).get(0);
        assertEquals("Oleksandr Syrskyi", Sentences.name(Attributions.forQuantity(text, q, a).claimant()));
    }

    @Test
    void anInvertedVerbWhoseSpeakerIsNamedAfterATitle() {
        Attribution a = of("Air defenses downed over 60 cruise missiles targeting the capital, said the head of the city's "
                + "military administration, Serhii Popko.");
        assertEquals("Serhii Popko", Sentences.name(a.claimant()));
    }

    @Test
    void anAdverbBetweenTheSpeakerAndTheVerb() {
        assertEquals("Oleksandr Syrskyi", Sentences.name(of("Oleksandr Syrskyi only acknowledges 535 instructors there.").claimant()));
        assertEquals("Oleksandr Syrskyi", Sentences.name(of("Oleksandr Syrskyi quickly denied that 500 soldiers had left.").claimant()));
        assertEquals("Main Intelligence Directorate",
                Sentences.name(of("The Main Intelligence Directorate has so far counted 500 soldiers killed.").claimant()));
    }

    @Test
    void aPlanIsItsAuthorsStatement() {
        assertEquals("Sergei Shoigu", Sentences.name(of("Sergei Shoigu proposed setting up ten new divisions.").claimant()));
    }

    @Test
    void aNewsAgencyTheKbDoesNotKnowRelaysTheMinistrysStatement() {
        Attribution a = of("According to the Tarkan News Agency, Oleksandr Syrskyi stated that 28 drones were destroyed.");
        assertEquals("Oleksandr Syrskyi", Sentences.name(a.claimant()));
        assertEquals("Tarkan News Agency", Sentences.name(a.citedBy()));
    }

    @Test
    void aReportByItsAuthorAndTheObjectPronoun() {
        Attribution a = of("Five of 36 recruits were killed, according to a new investigative report by the Main Intelligence Directorate.");
        assertEquals("Main Intelligence Directorate", Sentences.name(a.claimant()));
        assertEquals("declared", of("Oleksandr Syrskyi declared that 200 prisoners had been exchanged.").cue());
    }

    @Test
    void noCueNoAttribution() {
        assertNull(of("Some 300 soldiers crossed the river at night."));
    }

    @Test
    void aQuotationClosedInALaterSentenceIsTheSpeakers() {
        String text = "“We saw 40 tanks. They were moving west,” Oleksandr Syrskyi said.";
        AnnotatedText doc = Sentences.annotate(text);
        List<Mention> mentions = Sentences.mentions(doc);
        var s0 = doc.sentences().get(0);
        SentenceView first = new SentenceView(text, text.substring(s0.start(), s0.end()), s0.start(), s0.end(),
                mentions.stream().filter(m -> m.end() <= s0.end()).toList(), false);
        Attribution a = attributions.of(first, doc, 0, mentions, new Discourse());
        assertEquals("Oleksandr Syrskyi", Sentences.name(a.claimant()));
    }

    @Test
    void quoteBalance() {
        assertEquals(1, Attributions.quoteBalance("“We saw them."));
        assertEquals(0, Attributions.quoteBalance("“We saw them,” he said."));
        assertEquals(7, Attributions.closingQuote("Moving.” He said", 1));
    }
}
