package org.conflictkg.extract;

import java.util.Locale;

/** A ceasefire's status as of the article. */
public enum CeasefireStatus {
    DECLARED, HOLDING, COLLAPSED, PROPOSED, VIOLATED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
