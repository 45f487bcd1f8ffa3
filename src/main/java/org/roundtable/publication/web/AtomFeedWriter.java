package org.roundtable.publication.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link OutcomeFeed} as an Atom 1.0 document (RFC 4287) with a real XML writer, so every
 * text and attribute is escaped. Characters XML 1.0 cannot hold at all are dropped.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AtomFeedWriter() {
    }

    static byte[] write(OutcomeFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "subtitle", feed.subtitle());
            text(xml, "updated", time(feed.updated()));
            link(xml, "self", MEDIA_TYPE, feed.self());
            link(xml, "alternate", "text/html", feed.home());
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Roundtable");
            xml.writeEndElement();
            text(xml, "generator", "Roundtable");
            for (OutcomeFeed.Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed " + feed.id(), e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, OutcomeFeed.Entry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", time(entry.updated()));
        text(xml, "published", time(entry.updated()));
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", entry.author());
        xml.writeEndElement();
        link(xml, "alternate", "text/html", entry.link());
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", entry.category());
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(entry.summary()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    /** RFC 3339 in UTC, to the second. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The text without the characters XML 1.0 forbids (most control characters, lone surrogates). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(AtomFeedWriter::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String contentType() {
        return MEDIA_TYPE + ";charset=" + StandardCharsets.UTF_8.name();
    }
}
