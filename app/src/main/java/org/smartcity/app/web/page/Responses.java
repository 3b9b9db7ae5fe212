package org.smartcity.app.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** The headers every workspace page and JSON answer carries, and the writing of both. Stateless. */
public final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private Responses() {}

    /** A page: the content security policy, no sniffing, no caching. */
    public static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.html(page);
    }

    /** A JSON answer, not cached. */
    public static void json(Context ctx, JsonNode node) {
        try {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The body of a short JSON answer: {@code {"title": text, "status": status}}. */
    public static JsonNode message(String text, int status) {
        return JSON.createObjectNode().put("title", text).put("status", status);
    }

    /** The page's language: Chinese unless the {@code lang} cookie says English. */
    public static boolean zh(Context ctx) {
        return !"en".equals(ctx.cookie("lang"));
    }
}
