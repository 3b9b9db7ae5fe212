package org.smartcity.app.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;

/** Reading what a request sends: its body as a JSON object (from JSON or a form), the case id in its path. */
public final class Requests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {}

    /**
     * The body as a JSON object: a form's fields (a repeated field becomes an array) or a JSON object; an empty
     * body is an empty object; anything else is a 400.
     */
    public static JsonNode body(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode n = JSON.createObjectNode();
            ctx.formParamMap().forEach((k, v) -> {
                if (v.size() == 1) {
                    n.put(k, v.get(0));
                } else {
                    v.forEach(n.withArray(k)::add);
                }
            });
            return n;
        }
        String text = ctx.body();
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                throw new BadRequestResponse("the request body must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The {@code {id}} path parameter as a case id; not a number is a 404 (no such case). */
    public static long caseId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("no case " + ctx.pathParam("id"));
        }
    }
}
