package org.smartcity.app.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;

class SuggestOutputTest {
    private static Suggestion withNotes(List<String> notes) {
        return new Suggestion(
                List.of(new RankedLabel("故意伤害", 0.9, List.of("轻伤"))),
                List.of(new RankedLabel("234", 0.8, List.of())),
                List.of("故意伤害"),
                List.of("134"),
                40,
                30,
                OptionalDouble.of(36),
                OptionalDouble.empty(),
                Optional.empty(),
                notes);
    }

    @Test
    void theRulesOfLawThatChangedThePredictionAreShownInJsonAndText() throws Exception {
        Suggestion s = withNotes(List.of("offence dated 1995-06, before the 1997 Criminal Law", "several offences"));
        JsonNode doc = new ObjectMapper().readTree(SuggestCommand.toJson(s));
        assertThat(doc.path("notes")).hasSize(2);
        assertThat(doc.path("notes").get(0).asText()).startsWith("offence dated 1995-06");
        assertThat(doc.path("predictedArticles").get(0).asText()).isEqualTo("134");
        assertThat(SuggestCommand.toText(s))
                .contains("note: offence dated 1995-06, before the 1997 Criminal Law")
                .contains("note: several offences");
    }

    @Test
    void withoutNotesTheJsonHasAnEmptyListAndTheTextNoNoteLine() throws Exception {
        Suggestion s = withNotes(List.of());
        JsonNode notes = new ObjectMapper().readTree(SuggestCommand.toJson(s)).path("notes");
        assertThat(notes.isArray()).isTrue();
        assertThat(notes).isEmpty();
        assertThat(SuggestCommand.toText(s)).doesNotContain("note:");
    }
}
