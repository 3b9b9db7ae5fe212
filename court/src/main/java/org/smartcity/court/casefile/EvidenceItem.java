package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item of evidence. Immutable; build with {@link #builder(String)}. The id is required; a category or kind
 * the reader did not know is absent here and kept verbatim in {@link #extras()}. List fields are never null (an
 * absent list is empty).
 */
public final class EvidenceItem {
    private final String id;
    private final EvidenceCategory category;
    private final EvidenceKind kind;
    private final String title;
    private final TimeSpan time;
    private final String place;
    private final String subject;
    private final List<String> collectedBy;
    private final List<String> signedBy;
    private final List<String> present;
    private final Boolean recording;
    private final List<String> refersTo;
    private final Facts facts;
    private final String text;
    private final Map<String, JsonNode> extras;

    private EvidenceItem(Builder b) {
        if (b.id == null || b.id.isBlank()) {
            throw new IllegalArgumentException("evidence id must not be blank");
        }
        this.id = b.id;
        this.category = b.category;
        this.kind = b.kind;
        this.title = b.title;
        this.time = b.time;
        this.place = b.place;
        this.subject = b.subject;
        this.collectedBy = b.collectedBy == null ? null : List.copyOf(b.collectedBy);
        this.signedBy = b.signedBy == null ? null : List.copyOf(b.signedBy);
        this.present = b.present == null ? null : List.copyOf(b.present);
        this.recording = b.recording;
        this.refersTo = b.refersTo == null ? null : List.copyOf(b.refersTo);
        this.facts = b.facts;
        this.text = b.text;
        this.extras = Extras.copyOf(b.extras);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    public Optional<EvidenceCategory> category() {
        return Optional.ofNullable(category);
    }

    public Optional<EvidenceKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** True when the item has this kind. */
    public boolean is(EvidenceKind k) {
        return kind == k;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<TimeSpan> time() {
        return Optional.ofNullable(time);
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** Person id whose statement, body or property the item concerns. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public List<String> collectedBy() {
        return collectedBy == null ? List.of() : collectedBy;
    }

    public List<String> signedBy() {
        return signedBy == null ? List.of() : signedBy;
    }

    public List<String> present() {
        return present == null ? List.of() : present;
    }

    /** True only when the file says a recording of the whole act is attached. */
    public boolean hasRecording() {
        return Boolean.TRUE.equals(recording);
    }

    public List<String> refersTo() {
        return refersTo == null ? List.of() : refersTo;
    }

    /** The structured facts; {@link Facts#NONE} when the file has none. */
    public Facts facts() {
        return facts == null ? Facts.NONE : facts;
    }

    /** The document's text; empty string when absent. */
    public String text() {
        return text == null ? "" : text;
    }

    /** Unknown or unreadable fields kept for the round trip; do not modify the nodes. */
    public Map<String, JsonNode> extras() {
        return extras;
    }

    // Presence of optional fields, for the writer: an absent list is not written back as [].

    boolean hasCollectedBy() {
        return collectedBy != null;
    }

    boolean hasSignedBy() {
        return signedBy != null;
    }

    boolean hasPresent() {
        return present != null;
    }

    boolean hasRefersTo() {
        return refersTo != null;
    }

    Boolean recordingField() {
        return recording;
    }

    boolean hasFacts() {
        return facts != null;
    }

    boolean hasText() {
        return text != null;
    }

    @Override
    public String toString() {
        return id + " " + (kind == null ? "?" : kind.code());
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final String id;
        private EvidenceCategory category;
        private EvidenceKind kind;
        private String title;
        private TimeSpan time;
        private String place;
        private String subject;
        private List<String> collectedBy;
        private List<String> signedBy;
        private List<String> present;
        private Boolean recording;
        private List<String> refersTo;
        private Facts facts;
        private String text;
        private final Map<String, JsonNode> extras = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder category(EvidenceCategory v) {
            this.category = v;
            return this;
        }

        public Builder kind(EvidenceKind v) {
            this.kind = v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder time(TimeSpan v) {
            this.time = v;
            return this;
        }

        public Builder place(String v) {
            this.place = v;
            return this;
        }

        public Builder subject(String v) {
            this.subject = v;
            return this;
        }

        public Builder collectedBy(List<String> v) {
            this.collectedBy = v;
            return this;
        }

        public Builder signedBy(List<String> v) {
            this.signedBy = v;
            return this;
        }

        public Builder present(List<String> v) {
            this.present = v;
            return this;
        }

        public Builder recording(Boolean v) {
            this.recording = v;
            return this;
        }

        public Builder refersTo(List<String> v) {
            this.refersTo = v;
            return this;
        }

        public Builder facts(Facts v) {
            this.facts = v;
            return this;
        }

        public Builder text(String v) {
            this.text = v;
            return this;
        }

        public Builder extra(String name, JsonNode value) {
            this.extras.put(name, value);
            return this;
        }

        public EvidenceItem build() {
            return new EvidenceItem(this);
        }
    }
}
