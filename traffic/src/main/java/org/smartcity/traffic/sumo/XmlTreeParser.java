package org.smartcity.traffic.sumo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * Reads a whole XML file into {@link XmlElement}s with the JDK's StAX parser. DTDs and external
 * entities are refused (no file or network access from a document). Stateless and thread-safe.
 */
final class XmlTreeParser {

    /**
     * One configured factory per thread: finding one is a service look-up (2 % of the samples of a
     * Cologne 8 run when done per file), and a factory is not guaranteed to be thread-safe.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    });

    private XmlTreeParser() {}

    /** The root element of {@code file}; malformed XML is reported with its line. */
    static XmlElement parse(Path file) throws InvalidInputException {
        XMLInputFactory factory = FACTORY.get();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                return readTree(file, reader);
            } finally {
                reader.close();
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file", "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file, "file", "cannot read: " + e.getMessage());
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            // StAX prefixes its messages with the position; keep only the reason
            message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new InvalidInputException(file, "line " + line, "malformed XML: " + message.strip());
        }
    }

    private static XmlElement readTree(Path file, XMLStreamReader reader)
            throws XMLStreamException, InvalidInputException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open.push(
                        new Builder(reader.getLocalName(), reader.getLocation().getLineNumber(), attributes(reader)));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                Builder b = open.pop();
                XmlElement element = new XmlElement(file, b.name, b.line, b.attributes, b.children);
                if (open.isEmpty()) {
                    root = element;
                } else {
                    open.peek().children.add(element);
                }
            } else if (event == XMLStreamConstants.DTD) {
                throw new InvalidInputException(
                        file,
                        "line " + reader.getLocation().getLineNumber(),
                        "document type declarations are not accepted");
            }
        }
        if (root == null) {
            throw new InvalidInputException(file, "line 1", "the file holds no XML element");
        }
        return root;
    }

    /**
     * The element's attributes by local name, built immutable at once (XmlElement keeps such a map as
     * it is). Two attributes with one local name in different namespaces: the last one counts.
     */
    private static Map<String, String> attributes(XMLStreamReader reader) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[count];
        for (int i = 0; i < count; i++) {
            entries[i] = Map.entry(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        try {
            return Map.ofEntries(entries);
        } catch (IllegalArgumentException repeated) {
            Map<String, String> lastWins = new HashMap<>();
            for (Map.Entry<String, String> e : entries) {
                lastWins.put(e.getKey(), e.getValue());
            }
            return lastWins;
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();

        Builder(String name, int line, Map<String, String> attributes) {
            this.name = name;
            this.line = line;
            this.attributes = attributes;
        }
    }
}
