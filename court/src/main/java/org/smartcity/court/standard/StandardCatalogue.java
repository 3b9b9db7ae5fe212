package org.smartcity.court.standard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence standards by charge code. Immutable.
 *
 * <p>{@link #builtIn()} loads the files listed in {@code standards/index.txt} on the class path (one file per
 * charge); {@link #withDirectory(Path)} returns a catalogue where every {@code *.json} file of a folder replaces the
 * standard of its charge or adds a new charge, so that a court can change a local threshold or add a charge
 * without a new build.
 */
public final class StandardCatalogue {
    private static final String INDEX = "/standards/index.txt";

    private final Map<String, EvidenceStandard> byCode;

    private StandardCatalogue(Map<String, EvidenceStandard> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** A catalogue of exactly these standards; a charge code may appear once. */
    public static StandardCatalogue of(Collection<EvidenceStandard> standards) {
        Map<String, EvidenceStandard> m = new LinkedHashMap<>();
        for (EvidenceStandard s : standards) {
            if (m.put(s.code(), s) != null) {
                throw new IllegalArgumentException("two standards for charge " + s.code());
            }
        }
        return new StandardCatalogue(m);
    }

    /**
     * The standards shipped with smartcity.
     *
     * @throws StandardException when a shipped file is invalid (a build error, caught by the tests)
     */
    public static StandardCatalogue builtIn() throws StandardException {
        StandardReader reader = new StandardReader();
        Map<String, EvidenceStandard> m = new LinkedHashMap<>();
        for (String name : resource(INDEX).lines().map(String::strip).toList()) {
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String path = "/standards/" + name;
            EvidenceStandard s = reader.read(path, resourceBytes(path));
            if (m.put(s.code(), s) != null) {
                throw new StandardException(path, "$.charge", "a second standard for charge " + s.code());
            }
        }
        return new StandardCatalogue(m);
    }

    /**
     * This catalogue with the standards of a folder added; a file for a charge already present replaces it.
     *
     * @throws StandardException when the folder cannot be read, a file is invalid, or two files name one charge
     */
    public StandardCatalogue withDirectory(Path dir) throws StandardException {
        if (!Files.isDirectory(dir)) {
            throw new StandardException(dir.toString(), "$", "not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new StandardException(dir.toString(), "$", "cannot list the folder: " + e.getMessage());
        }
        files.sort(null);
        StandardReader reader = new StandardReader();
        Map<String, EvidenceStandard> m = new LinkedHashMap<>(byCode);
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new StandardException(f.toString(), "$", "cannot read: " + e.getMessage());
            }
            EvidenceStandard s = reader.read(f.toString(), bytes);
            Path before = seen.put(s.code(), f);
            if (before != null) {
                throw new StandardException(f.toString(), "$.charge", "charge " + s.code() + " is also in " + before);
            }
            m.put(s.code(), s);
        }
        return new StandardCatalogue(m);
    }

    public Optional<EvidenceStandard> find(String chargeCode) {
        return Optional.ofNullable(byCode.get(chargeCode));
    }

    /** Charge codes, sorted. */
    public List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }

    private static String resource(String path) throws StandardException {
        return new String(resourceBytes(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String path) throws StandardException {
        try (InputStream in = StandardCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new StandardException(path, "$", "missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StandardException(path, "$", "cannot read: " + e.getMessage());
        }
    }
}
