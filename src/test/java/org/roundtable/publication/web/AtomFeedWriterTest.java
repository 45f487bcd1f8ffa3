package org.roundtable.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.publication.query.PublishedOutcomeView;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.rule.RuleId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedWriterTest {

    private static final Instant PUBLISHED = Instant.parse("2025-06-01T08:30:00.123Z");

    @Test
    void writesAValidAtomFeedWithEscapedText() throws Exception {
        OutcomeFeed feed = OutcomeFeed.of("roundtable.local,2025", "platform:ride", "Outcomes of <Ride & Co>",
                "Newest first", "https://rt.example", "https://rt.example/feeds/platforms/ride.atom", Instant.EPOCH,
                List.of(outcome("Storm <pay> & \"rest\"\u0001 'now'")));

        byte[] xml = AtomFeedWriter.write(feed);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("Storm &lt;pay&gt; &amp; \"rest\" 'now'").doesNotContain("<pay>");

        Document document = parse(xml);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo("tag:roundtable.local,2025:platform:ride");
        assertThat(child(root, "title")).isEqualTo("Outcomes of <Ride & Co>");
        assertThat(child(root, "updated")).isEqualTo("2025-06-01T08:30:00Z");

        Element entry = (Element) root.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry").item(0);
        assertThat(child(entry, "id")).isEqualTo("tag:roundtable.local,2025:outcome:rnd-1");
        assertThat(child(entry, "title")).isEqualTo("Adopted: Storm <pay> & \"rest\" 'now'");
        assertThat(child(entry, "updated")).isEqualTo("2025-06-01T08:30:00Z");
        Element link = (Element) entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("https://rt.example/rounds/rnd-1");
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(child(entry, "summary"))
                .startsWith("Adopted. Of 3 voters, 3 took part: 2 for, none against, 1 abstained.")
                .contains("storm_surcharge from 1.0 to 2.5 CNY").contains("In force from 2025-07-01.");
    }

    @Test
    void anEmptyFeedIsUpdatedWhenItsPlatformWasRegistered() throws Exception {
        Instant registered = Instant.parse("2025-01-02T03:04:05Z");
        OutcomeFeed feed = OutcomeFeed.of("roundtable.local,2025", "platform:ride", "Ride", "Newest first",
                "https://rt.example", "https://rt.example/feeds/platforms/ride.atom", registered, List.of());
        Element root = parse(AtomFeedWriter.write(feed)).getDocumentElement();
        assertThat(child(root, "updated")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(root.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry").getLength()).isZero();
    }

    static PublishedOutcomeView outcome(String title) {
        return new PublishedOutcomeView(RoundId.of("rnd-1"), PlatformId.of("ride"), "Ride & Co",
                ProposalId.of("prop-1"), title, Outcome.ADOPTED, new Tally(3, 2, 0, 1), 2,
                List.of(new ParameterChange(RuleId.of("rule-1"), "storm_surcharge", "1.0", "2.5", "CNY")),
                LocalDate.parse("2025-07-01"), PUBLISHED);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeedWriter.ATOM, name).item(0).getTextContent();
    }
}
