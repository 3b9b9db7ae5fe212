package org.smartcity.court.intake;

import java.util.List;

/**
 * A case file cut into its parts.
 *
 * @param cover the cover's lines (case number, name, charges …)
 * @param catalogue the 卷内目录's lines
 * @param statement the 起诉意见书's lines (the statement of charged facts)
 * @param documents each evidence item's lines, in file order
 */
public record Segments(
        List<IntakeLine> cover, List<IntakeLine> catalogue, List<IntakeLine> statement, List<DocumentLines> documents) {

    /**
     * One evidence item's lines.
     *
     * @param evidenceId the id printed on it (or given by the catalogue's page ranges)
     * @param lines its lines, page breaks and page footers removed
     * @param idConfidence confidence of the id: the line's when printed, lower when taken from page ranges
     */
    public record DocumentLines(String evidenceId, List<IntakeLine> lines, double idConfidence) {
        /** First page of the item. */
        public int firstPage() {
            return lines.isEmpty() ? 0 : lines.get(0).page();
        }
    }
}
