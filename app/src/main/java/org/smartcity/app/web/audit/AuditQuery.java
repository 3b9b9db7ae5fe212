package org.smartcity.app.web.audit;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smartcity.app.web.page.Times;
import org.smartcity.platform.audit.AuditFilter;

/**
 * The audit browser's query as the page's form and the JSON endpoint send it: {@code case}, {@code user},
 * {@code action} (exact, or a family ending in a dot), {@code from} and {@code to} ({@code 2024-03-09} or
 * {@code 2024-03-09T21:40}, in the court's zone; a bare {@code to} day includes that whole day), {@code page} (1, 2,
 * …). A value that cannot be read is a 400 naming the parameter.
 */
record AuditQuery(Map<String, String> given, AuditFilter filter, int page) {
    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    private static final int MAX_PARAM_CHARS = 300;

    static AuditQuery from(Context ctx) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : new String[] {"case", "user", "action", "from", "to"}) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) {
                if (v.length() > MAX_PARAM_CHARS) {
                    throw new BadRequestResponse(
                            "parameter '" + name + "': at most " + MAX_PARAM_CHARS + " characters");
                }
                given.put(name, v.strip());
            }
        }
        int page = 1;
        String p = ctx.queryParam("page");
        if (p != null && !p.isBlank()) {
            try {
                page = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("parameter 'page': a whole number from 1, got '" + p + "'");
            }
            if (page < 1 || page > 1_000_000) {
                throw new BadRequestResponse("parameter 'page': a whole number from 1, got " + page);
            }
        }
        AuditFilter filter = new AuditFilter(
                Optional.ofNullable(given.get("case")),
                Optional.ofNullable(given.get("user")),
                Optional.ofNullable(given.get("action")),
                Optional.ofNullable(given.get("from")).map(v -> instant("from", v, false)),
                Optional.ofNullable(given.get("to")).map(v -> instant("to", v, true)));
        return new AuditQuery(given, filter, page);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The query string of this query at another page ({@code ?case=…&page=n}), values percent-encoded. */
    String atPage(int n) {
        StringBuilder out = new StringBuilder("?");
        given.forEach((k, v) -> out.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        return out.append("page=").append(n).toString();
    }

    private static long instant(String name, String text, boolean endOfDay) {
        try {
            if (text.length() <= 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(Times.ZONE)
                        .toInstant()
                        .toEpochMilli();
            }
            return LocalDateTime.parse(text).atZone(Times.ZONE).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(
                    "parameter '" + name + "': a day (2024-03-09) or a time (2024-03-09T21:40), got '" + text + "'");
        }
    }
}
