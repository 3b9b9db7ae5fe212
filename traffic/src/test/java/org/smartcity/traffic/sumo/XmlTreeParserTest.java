package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;

/** The XML tree keeps elements, their attributes by local name, children in order and lines. */
class XmlTreeParserTest {
    @TempDir
    Path dir;

    @Test
    void readsAttributesChildrenAndLines() throws InvalidInputException {
        Path file = SumoFixtures.write(
                dir,
                "t.xml",
                "<root a=\"1\">\n  <edge id=\"e1\" speed=\"13.9\"/>\n  <lane/>\n  <edge id=\"e2\"/>\n</root>\n");

        XmlElement root = XmlTreeParser.parse(file);

        assertThat(root.attributes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", "1"));
        assertThat(root.children()).extracting(XmlElement::name).containsExactly("edge", "lane", "edge");
        assertThat(root.children("edge")).extracting(e -> e.text("id", "")).containsExactly("e1", "e2");
        assertThat(root.children("edge").get(0).number("speed")).isEqualTo(13.9);
        assertThat(root.children("lane").get(0).attributes()).isEmpty();
        assertThat(root.children("edge").get(1).line()).isEqualTo(4);
    }

    @Test
    void oneLocalNameInTwoNamespacesKeepsTheLastValue() throws InvalidInputException {
        Path file = SumoFixtures.write(
                dir, "ns.xml", "<root xmlns:p=\"urn:p\" xmlns:q=\"urn:q\" p:id=\"first\" q:id=\"second\"/>\n");

        XmlElement root = XmlTreeParser.parse(file);

        assertThat(root.text("id")).isEqualTo("second");
    }

    @Test
    void skipsDeclarationCommentsAndTextAndLeavesNamespaceDeclarationsOut() throws InvalidInputException {
        Path file = SumoFixtures.write(
                dir,
                "c.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated\n by hand -->\n"
                        + "<net xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:noNamespaceSchemaLocation=\"net.xsd\" version=\"1.9\">\n"
                        + "  text <!-- <edge id=\"hidden\"/> --> <![CDATA[<edge id=\"not an element\"/>]]>\n"
                        + "  <edge id='single quoted'/>\n</net>\n<!-- after -->\n");

        XmlElement root = XmlTreeParser.parse(file);

        assertThat(root.name()).isEqualTo("net");
        assertThat(root.attributes())
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of("noNamespaceSchemaLocation", "net.xsd", "version", "1.9"));
        assertThat(root.children()).extracting(e -> e.text("id", "")).containsExactly("single quoted");
        assertThat(root.children().get(0).line()).isEqualTo(6);
    }

    @Test
    void attributeValuesAreNormalisedAsXmlPrescribes() throws InvalidInputException {
        Path file = SumoFixtures.write(
                dir,
                "v.xml",
                "<root a=\"x &amp; y &lt;&gt; &quot;q&quot; &apos;\" b=\"1\t2\r\n3\n4\" c=\"&#65;&#x42;&#10;\"\n"
                        + "   d=\"\"/>\n");

        XmlElement root = XmlTreeParser.parse(file);

        assertThat(root.text("a")).isEqualTo("x & y <> \"q\" '");
        assertThat(root.text("b")).isEqualTo("1 2 3 4");
        assertThat(root.text("c", null)).isEqualTo("AB\n");
        assertThat(root.text("d", null)).isEmpty();
        assertThat(root.line()).as("the line the start tag ends on").isEqualTo(4);
    }

    @Test
    void readsTheDeclaredEncoding() throws Exception {
        Path file = dir.resolve("latin.xml");
        java.nio.file.Files.write(
                file,
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<root name=\"Stra\u00dfe\"/>\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(XmlTreeParser.parse(file).text("name")).isEqualTo("Stra\u00dfe");
    }

    @Test
    void malformedDocumentsNameTheLineAndTheReason() {
        assertMalformed("<a>\n<b>\n</a>\n", "line 3", "end tag </a> does not match <b>");
        assertMalformed("<a>\n<b/>\n", "line 3", "element <a> (line 1) is not closed");
        assertMalformed("<a x=\"1\" x=\"2\"/>", "line 1", "attribute 'x' appears twice");
        assertMalformed("<a x=1/>", "line 1", "is not quoted");
        assertMalformed("<a x=\"1\"y=\"2\"/>", "line 1", "separated by white space");
        assertMalformed("<a x=\"&nbsp;\"/>", "line 1", "the entity '&nbsp;' is not declared");
        assertMalformed("<a/>\n<b/>", "line 2", "a second root element");
        assertMalformed("hello <a/>", "line 1", "text outside the root element");
        assertMalformed("<a>\n<!-- open\n", "line 3", "comment from line 2 is not closed");
    }

    @Test
    void refusesDocumentTypeDeclarationsAndEmptyFiles() {
        InvalidInputException doctype = parseFails("<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"x.dtd\">\n<a/>");
        assertThat(doctype.jsonPath()).isEqualTo("line 2");
        assertThat(doctype.reason()).isEqualTo("document type declarations are not accepted");

        InvalidInputException empty = parseFails("<?xml version=\"1.0\"?>\n<!-- nothing -->\n");
        assertThat(empty.reason()).isEqualTo("the file holds no XML element");
    }

    @Test
    void invalidUtf8IsMalformed() throws Exception {
        Path file = dir.resolve("bad.xml");
        java.nio.file.Files.write(
                file, new byte[] {'<', 'a', '/', '>', '\n', '<', '!', '-', '-', (byte) 0xC3, '-', '-', '>'});

        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> XmlTreeParser.parse(file));

        assertThat(e.jsonPath()).isEqualTo("line 2");
        assertThat(e.reason()).startsWith("malformed XML");
    }

    private void assertMalformed(String text, String line, String reasonPart) {
        InvalidInputException e = parseFails(text);
        assertThat(e.jsonPath()).as(text).isEqualTo(line);
        assertThat(e.reason()).as(text).startsWith("malformed XML: ").contains(reasonPart);
    }

    private InvalidInputException parseFails(String text) {
        Path file = SumoFixtures.write(dir, "bad.xml", text);
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> XmlTreeParser.parse(file));
        assertThat(e).as("parsing must fail: " + text).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e;
    }
}
