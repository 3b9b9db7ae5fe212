package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Test case files: the shipped theft sample under a new case id, optionally with changed fields. */
final class CaseFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private CaseFiles() {}

    static ObjectNode theft(String caseId) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(DemoData.sampleCase("theft-flawed.json"));
            doc.put("caseId", caseId);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
