package org.smartcity.app.web.page;

import static org.smartcity.app.web.page.Html.esc;

/**
 * A table written into a {@link Page}: a caption and column headers in the page's language, then rows whose cells
 * are escaped text unless markup is asked for by name ({@link Row#html}). One per table; not thread-safe.
 */
public final class Table {
    private final Page page;

    private Table(Page page) {
        this.page = page;
    }

    /**
     * Opens a table.
     *
     * @param id the element id (a constant of the code, not data), or null
     * @param caption the caption, already in the page's language (escaped here), or null
     * @param headers the column headers, already in the page's language (escaped here)
     */
    public static Table open(Page page, String id, String caption, String... headers) {
        page.raw("<table").raw(id == null ? "" : " id=\"" + esc(id) + "\"").raw(">");
        if (caption != null) {
            page.raw("<caption>").text(caption).raw("</caption>");
        }
        page.raw("<thead><tr>");
        for (String h : headers) {
            page.raw("<th>").text(h).raw("</th>");
        }
        page.raw("</tr></thead><tbody>");
        return new Table(page);
    }

    /** Starts a row; {@code cssClass} is a constant of the code or null. */
    public Row row(String cssClass) {
        page.raw(cssClass == null ? "<tr>" : "<tr class=\"" + esc(cssClass) + "\">");
        return new Row();
    }

    public Row row() {
        return row(null);
    }

    /** Ends the table. */
    public Page close() {
        return page.raw("</tbody></table>");
    }

    /** One row's cells, left to right. */
    public final class Row {
        private Row() {}

        /** A cell of text in the page's language, escaped. */
        public Row text(String s) {
            page.raw("<td>").text(s).raw("</td>");
            return this;
        }

        /** A cell of data (names, case content): escaped and marked as not to be translated. */
        public Row data(String s) {
            page.raw("<td>").data(s).raw("</td>");
            return this;
        }

        /** A cell linking to {@code href} (a path this code built, escaped) with data as its text. */
        public Row link(String href, String s) {
            page.raw("<td><a href=\"").raw(esc(href)).raw("\">").data(s).raw("</a></td>");
            return this;
        }

        /** A cell of markup the caller built and escaped itself. */
        public Row html(String markup) {
            page.raw("<td>").raw(markup).raw("</td>");
            return this;
        }

        /** Ends the row. */
        public Table end() {
            page.raw("</tr>");
            return Table.this;
        }
    }
}
