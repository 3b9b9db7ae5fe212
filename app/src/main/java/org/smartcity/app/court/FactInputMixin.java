package org.smartcity.app.court;

import picocli.CommandLine.ArgGroup;

/** Adds {@code --text TEXT | --case FILE} (exactly one) to a command; see {@link FactInput}. */
public final class FactInputMixin {
    @ArgGroup(exclusive = true, multiplicity = "1")
    FactInput.Source source;

    /** The fact text. */
    String text() {
        FactInput f = new FactInput();
        f.source = source;
        return f.text();
    }
}
