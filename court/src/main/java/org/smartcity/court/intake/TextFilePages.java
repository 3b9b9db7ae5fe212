package org.smartcity.court.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text documents: UTF-8 (with or without a byte-order mark), else GB18030 (which also reads GBK and GB2312).
 * A form feed starts a new page.
 */
final class TextFilePages implements PageReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public List<PageText> read(Path file, String name) throws IntakeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IntakeException(name, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        String text = decode(bytes);
        if (text == null) {
            throw new IntakeException(name, 0, "not a text file in UTF-8 or GB18030");
        }
        List<PageText> pages = new ArrayList<>();
        String[] parts = text.split("\f", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isBlank() && i > 0) {
                break;
            }
            pages.add(new PageText(i + 1, TextLines.of(parts[i], i + 1), false, 0));
        }
        return pages;
    }

    /** The text in UTF-8 when it is valid UTF-8, else in GB18030; null when neither (binary data). */
    static String decode(byte[] bytes) {
        int from =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                String s = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                        .toString();
                if (s.indexOf('\0') < 0) {
                    return s;
                }
                return null;
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return null;
    }
}
