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
}
