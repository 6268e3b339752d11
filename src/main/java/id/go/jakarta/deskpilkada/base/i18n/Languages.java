package id.go.jakarta.deskpilkada.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks; the first is the default. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(INDONESIAN, ENGLISH);

    private Languages() {}

    /** The supported locale for a language tag, Indonesian for anything unknown. */
    public static Locale of(String tag) {
        return ALL.stream()
                .filter(l -> l.getLanguage()
                        .equalsIgnoreCase(Locale.forLanguageTag(tag).getLanguage()))
                .findFirst()
                .orElse(INDONESIAN);
    }
}
