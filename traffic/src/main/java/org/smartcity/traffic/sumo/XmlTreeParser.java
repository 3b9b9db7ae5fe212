package org.smartcity.traffic.sumo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * Reads a whole XML file into {@link XmlElement}s with a small scanner of its own: SUMO files are
 * elements with attributes (text, comments and processing instructions are skipped), so the scanner
 * needs none of a general parser's layers, which matter most in a cold JVM where the first file is
 * read before anything is compiled. It checks well-formedness as far as the tree depends on it
 * (tags nest and match, one root element, quoted attribute values, each attribute once, known
 * entities, the file's declared encoding) and reports a problem as malformed XML with its line.
 * Document type declarations are refused, so a document cannot make the reader open files or URLs.
 * Attributes are kept by local name, without namespace declarations; attribute values are
 * normalised as XML prescribes (a tab or line break becomes a space, entities and character
 * references are replaced). An element's line is the line its start tag ends on. Stateless and
 * thread-safe.
 */
final class XmlTreeParser {

    private XmlTreeParser() {}

    /** The root element of {@code file}; malformed XML is reported with its line. */
    static XmlElement parse(Path file) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file", "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file, "file", "cannot read: " + e.getMessage());
        }
        return new Scanner(file, decode(file, bytes)).document();
    }

    /** The file's characters in its encoding: a byte-order mark, else the declaration's, else UTF-8. */
    private static char[] decode(Path file, byte[] bytes) throws InvalidInputException {
        int start = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            charset = StandardCharsets.UTF_16;
        } else {
            String declared = declaredEncoding(bytes);
            if (declared != null) {
                try {
                    charset = Charset.forName(declared);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidInputException(
                            file, "line 1", "malformed XML: unsupported encoding '" + declared + "'");
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            char[] text = new char[chars.remaining()];
            chars.get(text);
            return text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    file, "line " + firstBadLine(bytes, start, charset), "malformed XML: not valid " + charset.name());
        }
    }

    /** The encoding named in an XML declaration at the very start, or null. */
    private static String declaredEncoding(byte[] bytes) {
        int end = Math.min(bytes.length, 256);
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int close = head.indexOf("?>");
        String declaration = close < 0 ? head : head.substring(0, close);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int i = at + "encoding".length();
        while (i < declaration.length() && (declaration.charAt(i) == ' ' || declaration.charAt(i) == '=')) {
            i++;
        }
        if (i >= declaration.length() || (declaration.charAt(i) != '"' && declaration.charAt(i) != '\'')) {
            return null;
        }
        int valueEnd = declaration.indexOf(declaration.charAt(i), i + 1);
        return valueEnd < 0 ? null : declaration.substring(i + 1, valueEnd);
    }

    /** The line of the first byte sequence that does not decode, for the error message. */
    private static int firstBadLine(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One pass over a document's characters; not reusable. */
    private static final class Scanner {
        private final Path file;
        private final char[] s;
        private int i;
        private int line = 1;
        private final List<Builder> open = new ArrayList<>();
        /** Equal attribute and element names share one string. */
        private final Map<String, String> names = new HashMap<>();

        Scanner(Path file, char[] text) {
            this.file = file;
            this.s = text;
        }

        XmlElement document() throws InvalidInputException {
            XmlElement root = null;
            int n = s.length;
            while (i < n) {
                char c = s[i];
                if (c != '<') {
                    int textLine = line;
                    boolean blank = skipText();
                    if (!blank && open.isEmpty()) {
                        throw malformed(textLine, "text outside the root element");
                    }
                } else if (startsWith("<?")) {
                    skipPast("?>", "processing instruction");
                } else if (startsWith("<!--")) {
                    skipPast("-->", "comment");
                } else if (startsWith("<![CDATA[")) {
                    if (open.isEmpty()) {
                        throw malformed(line, "text outside the root element");
                    }
                    skipPast("]]>", "CDATA section");
                } else if (startsWith("<!")) {
                    throw new InvalidInputException(
                            file, "line " + line, "document type declarations are not accepted");
                } else if (i + 1 < n && s[i + 1] == '/') {
                    XmlElement closed = endTag();
                    if (open.isEmpty()) {
                        root = closed;
                    }
                } else {
                    if (root != null) {
                        throw malformed(line, "a second root element");
                    }
                    XmlElement empty = startTag();
                    if (empty != null && open.isEmpty()) {
                        root = empty;
                    }
                }
            }
            if (!open.isEmpty()) {
                Builder b = open.get(open.size() - 1);
                throw malformed(line, "element <" + b.name + "> (line " + b.line + ") is not closed");
            }
            if (root == null) {
                throw new InvalidInputException(file, "line 1", "the file holds no XML element");
            }
            return root;
        }

        /** Skips character data up to the next '<'; true when it was all whitespace. */
        private boolean skipText() {
            boolean blank = true;
            int n = s.length;
            while (i < n) {
                char c = s[i];
                if (c == '<') {
                    break;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (i + 1 >= n || s[i + 1] != '\n') {
                        line++;
                    }
                } else if (c != ' ' && c != '\t') {
                    blank = false;
                }
                i++;
            }
            return blank;
        }

        private boolean startsWith(String prefix) {
            if (i + prefix.length() > s.length) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (s[i + k] != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private void skipPast(String end, String what) throws InvalidInputException {
            int startLine = line;
            int n = s.length;
            while (i < n) {
                if (s[i] == end.charAt(0) && startsWith(end)) {
                    i += end.length();
                    return;
                }
                countLineBreak();
                i++;
            }
            throw malformed(line, what + " from line " + startLine + " is not closed");
        }

        /** Counts the line break at {@code i}, if any (CR LF, CR and LF each end one line). */
        private void countLineBreak() {
            char c = s[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length || s[i + 1] != '\n'))) {
                line++;
            }
        }

        /** Reads a start tag at '<'; returns the element when it is empty ({@code <x/>}), else opens it. */
        private XmlElement startTag() throws InvalidInputException {
            i++;
            String name = name("element name");
            List<Map.Entry<String, String>> attributes = null;
            while (true) {
                boolean space = skipSpace();
                if (i >= s.length) {
                    throw malformed(line, "the start tag <" + name + "> is not closed");
                }
                char c = s[i];
                if (c == '>') {
                    i++;
                    open.add(new Builder(name, line, attributeMap(name, attributes)));
                    return null;
                }
                if (c == '/') {
                    if (i + 1 >= s.length || s[i + 1] != '>') {
                        throw malformed(line, "'/' not followed by '>' in <" + name + ">");
                    }
                    i += 2;
                    XmlElement element =
                            new XmlElement(file, localName(name), line, attributeMap(name, attributes), List.of());
                    if (!open.isEmpty()) {
                        open.get(open.size() - 1).children.add(element);
                    }
                    return element;
                }
                if (!space) {
                    throw malformed(line, "attributes of <" + name + "> must be separated by white space");
                }
                String attribute = name("attribute name");
                skipSpace();
                if (i >= s.length || s[i] != '=') {
                    throw malformed(line, "attribute '" + attribute + "' of <" + name + "> has no '='");
                }
                i++;
                skipSpace();
                String value = attributeValue(name, attribute);
                if (attributes == null) {
                    attributes = new ArrayList<>(8);
                }
                for (Map.Entry<String, String> e : attributes) {
                    if (e.getKey().equals(attribute)) {
                        throw malformed(line, "attribute '" + attribute + "' appears twice in <" + name + ">");
                    }
                }
                attributes.add(Map.entry(attribute, value));
            }
        }

        /** Reads an end tag at "</" and closes the open element it names. */
        private XmlElement endTag() throws InvalidInputException {
            i += 2;
            String name = name("element name");
            skipSpace();
            if (i >= s.length || s[i] != '>') {
                throw malformed(line, "the end tag </" + name + "> is not closed");
            }
            i++;
            if (open.isEmpty()) {
                throw malformed(line, "end tag </" + name + "> without a start tag");
            }
            Builder b = open.remove(open.size() - 1);
            if (!b.name.equals(name)) {
                throw malformed(line, "end tag </" + name + "> does not match <" + b.name + "> (line " + b.line + ")");
            }
            XmlElement element = new XmlElement(file, localName(b.name), b.line, b.attributes, b.children);
            if (!open.isEmpty()) {
                open.get(open.size() - 1).children.add(element);
            }
            return element;
        }

        /** Skips white space; true when there was any. */
        private boolean skipSpace() {
            int from = i;
            int n = s.length;
            while (i < n) {
                char c = s[i];
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '\n' || c == '\r') {
                    countLineBreak();
                    i++;
                } else {
                    break;
                }
            }
            return i > from;
        }

        /** A name (qualified: it may hold a prefix) at {@code i}. */
        private String name(String what) throws InvalidInputException {
            int from = i;
            int n = s.length;
            while (i < n) {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>' || c == '=' || c == '<'
                        || c == '"' || c == '\'') {
                    break;
                }
                i++;
            }
            if (i == from) {
                throw malformed(line, "missing " + what);
            }
            char first = s[from];
            if (first == '-' || first == '.' || (first >= '0' && first <= '9')) {
                throw malformed(line, "invalid " + what + " '" + new String(s, from, i - from) + "'");
            }
            String name = new String(s, from, i - from);
            String shared = names.putIfAbsent(name, name);
            return shared == null ? name : shared;
        }

        /** A quoted attribute value at {@code i}, normalised (line breaks and tabs as spaces, entities replaced). */
        private String attributeValue(String element, String attribute) throws InvalidInputException {
            if (i >= s.length || (s[i] != '"' && s[i] != '\'')) {
                throw malformed(line, "the value of '" + attribute + "' in <" + element + "> is not quoted");
            }
            char quote = s[i++];
            int from = i;
            int n = s.length;
            // the common case: no entity, tab or line break, so the value is the text as it stands
            while (i < n) {
                char c = s[i];
                if (c == quote) {
                    String value = new String(s, from, i - from);
                    i++;
                    return value;
                }
                if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '<') {
                    throw malformed(line, "'<' in the value of '" + attribute + "' in <" + element + ">");
                }
                i++;
            }
            StringBuilder value = new StringBuilder(i - from + 16).append(s, from, i - from);
            while (i < n) {
                char c = s[i];
                if (c == quote) {
                    i++;
                    return value.toString();
                }
                if (c == '<') {
                    throw malformed(line, "'<' in the value of '" + attribute + "' in <" + element + ">");
                }
                if (c == '&') {
                    reference(value);
                    continue;
                }
                if (c == '\n' || c == '\r' || c == '\t') {
                    if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
                        i++; // CR LF is one line break and becomes one space
                    }
                    countLineBreak();
                    value.append(' ');
                } else {
                    value.append(c);
                }
                i++;
            }
            throw malformed(line, "the value of '" + attribute + "' in <" + element + "> is not closed");
        }

        /** Appends the entity or character reference at '&' and moves past its ';'. */
        private void reference(StringBuilder out) throws InvalidInputException {
            int semicolon = -1;
            for (int k = i + 1; k < s.length && k < i + 12; k++) {
                if (s[k] == ';') {
                    semicolon = k;
                    break;
                }
            }
            if (semicolon < 0) {
                throw malformed(line, "'&' that starts no reference");
            }
            String ref = new String(s, i + 1, semicolon - i - 1);
            switch (ref) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    int code;
                    try {
                        if (ref.startsWith("#x")) {
                            code = Integer.parseInt(ref.substring(2), 16);
                        } else if (ref.startsWith("#")) {
                            code = Integer.parseInt(ref.substring(1));
                        } else {
                            throw malformed(line, "the entity '&" + ref + ";' is not declared");
                        }
                    } catch (NumberFormatException e) {
                        throw malformed(line, "invalid character reference '&" + ref + ";'");
                    }
                    if (code < 0x9
                            || !Character.isValidCodePoint(code)
                            || (code < 0x20 && code != 0x9 && code != 0xA && code != 0xD)) {
                        throw malformed(line, "invalid character reference '&" + ref + ";'");
                    }
                    out.appendCodePoint(code);
                }
            }
            i = semicolon + 1;
        }

        /**
         * The element's attributes by local name, built immutable at once (XmlElement keeps such a map
         * as it is); namespace declarations are left out. Two attributes with one local name in
         * different namespaces: the last one counts.
         */
        private Map<String, String> attributeMap(String element, List<Map.Entry<String, String>> attributes)
                throws InvalidInputException {
            if (attributes == null) {
                return Map.of();
            }
            int count = 0;
            @SuppressWarnings("unchecked")
            Map.Entry<String, String>[] entries = new Map.Entry[attributes.size()];
            boolean prefixed = false;
            for (Map.Entry<String, String> e : attributes) {
                String name = e.getKey();
                if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                    continue;
                }
                String local = localName(name);
                if (local.isEmpty()) {
                    throw malformed(line, "invalid attribute name '" + name + "' in <" + element + ">");
                }
                if (local != name) {
                    prefixed = true;
                    entries[count++] = Map.entry(local, e.getValue());
                } else {
                    entries[count++] = e;
                }
            }
            if (count == 0) {
                return Map.of();
            }
            if (count < entries.length) {
                entries = java.util.Arrays.copyOf(entries, count);
            }
            if (!prefixed) {
                return Map.ofEntries(entries);
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

        /** The part after the prefix, the same string when there is none. */
        private String localName(String name) {
            int colon = name.indexOf(':');
            if (colon < 0) {
                return name;
            }
            String local = name.substring(colon + 1);
            String shared = names.putIfAbsent(local, local);
            return shared == null ? local : shared;
        }

        private InvalidInputException malformed(int atLine, String reason) {
            return new InvalidInputException(file, "line " + atLine, "malformed XML: " + reason);
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
