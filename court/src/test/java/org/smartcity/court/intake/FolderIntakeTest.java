package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case file handed on as a folder of documents in several formats reads as the same file as one PDF. */
class FolderIntakeTest {
    @TempDir
    static Path dir;

    static Path font;
    static JsonNode fromPdf;

    @BeforeAll
    static void writeTheFiles() throws Exception {
        Optional<Path> f = FixturePdf.cjkFont();
        assumeTrue(f.isPresent(), "no CJK font installed: cannot write a Chinese test PDF");
        font = f.get();
        Path pdf = dir.resolve("case.pdf");
        FixturePdf.write(pdf, FixtureCase.pages(), font);
        fromPdf = new DocumentIntake(null, 1).read(pdf).caseFile();
    }

    /** Cover, catalogue and statement in one DOCX; E1 in UTF-8, E2 over two pages in GB18030, E3 a PDF, E4 TXT. */
    private static Path folder(String name) throws Exception {
        List<List<String>> pages = FixtureCase.pages();
        Path docs = Files.createDirectories(dir.resolve(name));
        FixtureDocx.write(docs.resolve("01 封面、目录、起诉意见书.docx"), pages.subList(0, 3));
        Files.writeString(docs.resolve("2 到案经过.txt"), String.join("\n", pages.get(3)), StandardCharsets.UTF_8);
        Files.write(
                docs.resolve("3 讯问笔录.txt"),
                (String.join("\n", pages.get(4)) + "\n\f" + String.join("\n", pages.get(5)))
                        .getBytes(Charset.forName("GB18030")));
        FixturePdf.write(docs.resolve("4 询问笔录.pdf"), List.of(pages.get(6)), font);
        Files.writeString(docs.resolve("10 银行流水.txt"), String.join("\n", pages.get(7)));
        Files.writeString(docs.resolve(".DS_Store"), "hidden files are skipped");
        return docs;
    }

    @Test
    void aFolderOfWordTextAndPdfDocumentsReadsLikeTheOnePdf() throws Exception {
        JsonNode c = new DocumentIntake(null, 1).read(folder("docs")).caseFile();
        assertThat(c.path("caseId").asText()).isEqualTo(fromPdf.path("caseId").asText());
        assertThat(values(c, "kind")).containsExactlyElementsOf(values(fromPdf, "kind"));
        assertThat(values(c, "id")).containsExactly("\"E1\"", "\"E2\"", "\"E3\"", "\"E4\"");
        assertThat(values(c, "signedBy")).isEqualTo(values(fromPdf, "signedBy"));
        assertThat(c.path("evidence").get(1).path("text").asText()).contains("还网贷");
        assertThat(c.path("offence").path("amount_cny").asDouble()).isEqualTo(12000.0);
        JsonNode docs = c.path("intake").path("documents");
        assertThat(docs).hasSize(5);
        assertThat(docs.get(2).path("file").asText()).isEqualTo("3 讯问笔录.txt");
        assertThat(docs.get(2).path("pages").asInt()).isEqualTo(2);
        assertThat(docs.get(4).path("file").asText()).isEqualTo("10 银行流水.txt");
    }

    @Test
    void aFolderGivenThroughASymbolicLinkIsRead() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("linked-docs"), folder("docs-target"));
        JsonNode c = new DocumentIntake(null, 1).read(link).caseFile();
        assertThat(values(c, "id")).containsExactly("\"E1\"", "\"E2\"", "\"E3\"", "\"E4\"");
    }

    @Test
    void aWordDocumentWhoseHeaderIsATableWithoutColonsIsRead() throws Exception {
        Path docs = folder("table");
        Files.delete(docs.resolve("2 到案经过.txt"));
        FixtureDocx.write(
                docs.resolve("2 到案经过.docx"),
                List.of(List.of(
                        "到案经过",
                        "证据编号 | E1",
                        "制作日期 | 二〇二五年二月三日十一时 | 制作地点 | 宁波市公安局海曙分局",
                        "办案民警 | 张强、刘洋",
                        "2025年2月3日8时许，我大队民警在海曙区某出租屋内将李文博抓获。",
                        "民警签字 | 张强",
                        "民警签字 | ")));
        JsonNode c = new DocumentIntake(null, 1).read(docs).caseFile();
        JsonNode e1 = c.path("evidence").get(0);
        assertThat(e1.path("id").asText()).isEqualTo("E1");
        assertThat(e1.path("time").asText()).isEqualTo("2025-02-03T11:00:00+08:00");
        assertThat(e1.path("place").asText()).isEqualTo("宁波市公安局海曙分局");
        assertThat(e1.path("collectedBy")).hasSize(2);
        assertThat(e1.path("signedBy")).hasSize(1);
    }

    @Test
    void aScannedImageInTheFolderIsReadByOcr() throws Exception {
        assumeTrue(new TesseractOcr().available(), "tesseract with chi_sim is not installed");
        Path docs = folder("scanned");
        Files.delete(docs.resolve("10 银行流水.txt"));
        Path one = dir.resolve("e4.pdf");
        FixturePdf.write(one, List.of(FixtureCase.pages().get(7)), font);
        try (PDDocument d = Loader.loadPDF(one.toFile())) {
            BufferedImage img = new PDFRenderer(d).renderImageWithDPI(0, 200, ImageType.GRAY);
            ImageIO.write(img, "png", docs.resolve("10 银行流水.png").toFile());
        }
        JsonNode c = new DocumentIntake().read(docs).caseFile();
        assertThat(values(c, "id")).contains("\"E4\"");
        assertThat(c.path("intake").path("ocrPages").asInt()).isEqualTo(1);
        JsonNode e4 = c.path("evidence").get(3);
        assertThat(e4.path("kind").asText()).isEqualTo("bank-records");
    }

    @Test
    void anUnsupportedFileIsNamed() throws Exception {
        Path docs = folder("withxls");
        Files.writeString(docs.resolve("5 清单.xls"), "x");
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(docs))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("5 清单.xls: not a supported document");
    }

    @Test
    void aBrokenWordDocumentIsNamed() throws Exception {
        Path docs = folder("brokendocx");
        Files.writeString(docs.resolve("5 扣押清单.docx"), "not a zip");
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(docs))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("5 扣押清单.docx: not a readable Word document")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aScanWithoutOcrNamesFileAndPage() throws Exception {
        Path docs = folder("noocr");
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(img, "png", docs.resolve("5 照片.png").toFile());
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(docs))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("5 照片.png, page 1: page has no text layer and OCR is not available");
    }

    @Test
    void anEmptyTextDocumentIsNamed() throws Exception {
        Path docs = folder("blank");
        Files.writeString(docs.resolve("5 空白.txt"), "\n\n");
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(docs))
                .hasMessageStartingWith("5 空白.txt, page 1: no text found");
    }

    @Test
    void aFolderOfOtherPapersIsNoCaseFileAndItsFirstDocumentIsNamed() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("minutes"));
        Files.writeString(docs.resolve("a.txt"), "会议纪要\n今天讨论了食堂的菜单。");
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(docs))
                .hasMessageStartingWith("minutes/a.txt, page 1: not a case file");
    }

    @Test
    void anEmptyFolderAndABinaryTextFileAreNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(empty))
                .hasMessage("empty: the folder holds no documents");
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0});
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(bin))
                .hasMessage("bin.txt: not a text file in UTF-8 or GB18030");
    }

    @Test
    void numbersInFileNamesSortByValue() {
        List<String> names = new ArrayList<>(List.of("10 x.txt", "2 y.txt", "01 a.docx"));
        names.sort(java.util.Comparator.comparing(CaseDocuments::naturalKey));
        assertThat(names).containsExactly("01 a.docx", "2 y.txt", "10 x.txt");
    }

    private static List<String> values(JsonNode c, String field) {
        List<String> out = new ArrayList<>();
        c.path("evidence").forEach(e -> out.add(e.path(field).toString()));
        return out;
    }
}
