package org.smartcity.app.web.court;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Responses;
import org.smartcity.app.web.signin.SessionAuthenticator;
import org.smartcity.court.intake.IntakeException;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.casestore.StoredCase;

/**
 * Case-file intake in the workspace (issue 18): the police upload the documents ({@code POST /cases/intake},
 * multipart), check what was read on the confirmation page ({@code /cases/intake/{upload}}, page images at {@code
 * /cases/intake/{upload}/pages/{n}}), and confirm ({@code POST /cases/intake/{upload}/confirm}): the case file is
 * imported with their edits — each edit an {@code intake.edit} audit entry naming field, value read and value
 * confirmed — and reviewed. Police only; state changes carry the CSRF token; an upload over {@link
 * IntakeUploads#maxBytes()} is refused with 413, documents that are no case file with 422 and the one-line reason.
 */
final class IntakeRoutes {
    private final CaseService cases;
    private final Platform platform;
    private final IntakeUploads uploads;
    private final SessionAuthenticator authenticator;
    private final Function<Context, String> csrf;

    IntakeRoutes(
            CaseService cases,
            Platform platform,
            IntakeUploads uploads,
            SessionAuthenticator authenticator,
            Function<Context, String> csrf) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    void register(RoutesConfig r, WebAccess access) {
        r.get("/cases/intake", ctx -> {
            if (signedOut(ctx)) {
                return;
            }
            WebUser user = access.require(ctx, Role.POLICE);
            Responses.html(ctx, IntakePage.upload(Responses.zh(ctx), user, csrf.apply(ctx), null));
        });
        r.post("/cases/intake", ctx -> {
            long max = IntakeUploads.maxBytes();
            if (ctx.contentLength() > max) {
                refuse(ctx, access, 413, "upload: larger than " + max / (1024 * 1024) + " MB; split the case file");
                return;
            }
            WebUser user = access.requireChange(ctx, Role.POLICE);
            List<IntakeUploads.Part> parts = new ArrayList<>();
            long total = 0;
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                total += f.size();
                parts.add(new IntakeUploads.Part(f.filename(), f.content()));
            }
            if (total > max) {
                refuse(ctx, access, 413, "upload: larger than " + max / (1024 * 1024) + " MB; split the case file");
                return;
            }
            try {
                IntakeUploads.Upload u = uploads.take(user.name(), parts);
                ctx.redirect("/cases/intake/" + u.id(), io.javalin.http.HttpStatus.SEE_OTHER);
            } catch (IntakeException e) {
                Responses.html(
                        ctx.status(422), IntakePage.upload(Responses.zh(ctx), user, csrf.apply(ctx), e.getMessage()));
            }
        });
        r.get("/cases/intake/{upload}", ctx -> {
            if (signedOut(ctx)) {
                return;
            }
            WebUser user = access.require(ctx, Role.POLICE);
            IntakeUploads.Upload u = upload(ctx, user);
            Responses.html(ctx, IntakePage.confirm(Responses.zh(ctx), user, csrf.apply(ctx), u));
        });
        r.get("/cases/intake/{upload}/pages/{page}", ctx -> {
            WebUser user = access.require(ctx, Role.POLICE);
            IntakeUploads.Upload u = upload(ctx, user);
            int page;
            try {
                page = Integer.parseInt(ctx.pathParam("page"));
            } catch (NumberFormatException e) {
                throw new NotFoundResponse("no such page");
            }
            Optional<BufferedImage> img = uploads.pageImage(u, page);
            if (img.isEmpty()) {
                throw new NotFoundResponse("no image of page " + page);
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img.get(), "png", png);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "private, no-store");
            ctx.contentType("image/png").result(png.toByteArray());
        });
        r.post("/cases/intake/{upload}/confirm", ctx -> {
            WebUser user = access.requireChange(ctx, Role.POLICE);
            IntakeUploads.Upload u = upload(ctx, user);
            Map<String, String> values = new LinkedHashMap<>();
            ctx.formParamMap().forEach((k, v) -> {
                if (k.startsWith("f:") && !v.isEmpty()) {
                    values.put(k.substring(2), v.get(0));
                }
            });
            var caseFile = u.caseFile().deepCopy();
            Map<String, String[]> changes = IntakeFields.apply(caseFile, values);
            byte[] document = caseFile.toString().getBytes(StandardCharsets.UTF_8);
            StoredCase sc = cases.importCase(
                    user,
                    "intake of " + u.caseFile().path("intake").path("source").asText("upload"),
                    document);
            platform.database().write(c -> {
                long now = System.currentTimeMillis();
                for (Map.Entry<String, String[]> e : changes.entrySet()) {
                    platform.audit()
                            .append(
                                    c,
                                    now,
                                    user.name(),
                                    "intake.edit",
                                    sc.caseRef(),
                                    Detail.of()
                                            .put("field", e.getKey())
                                            .put("read", e.getValue()[0])
                                            .put("confirmed", e.getValue()[1])
                                            .json());
                }
                platform.audit()
                        .append(
                                c,
                                now,
                                user.name(),
                                "intake.confirmed",
                                sc.caseRef(),
                                Detail.of()
                                        .put("pages", u.result().pages().size())
                                        .put("edits", changes.size())
                                        .put(
                                                "unread",
                                                u.caseFile()
                                                        .path("intake")
                                                        .path("unread")
                                                        .size())
                                        .json());
                return null;
            });
            uploads.drop(u);
            cases.review(user, sc.id());
            ctx.redirect("/cases/" + sc.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private IntakeUploads.Upload upload(Context ctx, WebUser user) {
        return uploads.find(ctx.pathParam("upload"), user.name())
                .orElseThrow(() -> new NotFoundResponse("no such upload"));
    }

    private boolean signedOut(Context ctx) {
        if (authenticator.user(ctx).isEmpty()) {
            ctx.redirect("/login");
            return true;
        }
        return false;
    }

    private void refuse(Context ctx, WebAccess access, int status, String message) {
        WebUser user = access.require(ctx, Role.POLICE);
        Responses.html(ctx.status(status), IntakePage.upload(Responses.zh(ctx), user, csrf.apply(ctx), message));
    }
}
