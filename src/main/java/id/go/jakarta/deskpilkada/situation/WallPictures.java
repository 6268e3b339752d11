package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.i18n.Languages;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The same picture in each language, when it was built, the commit time of the newest event it
 * reflects (null before the first event this node received) and of the oldest event new in it
 * (null if none came since the picture before).
 */
public record WallPictures(
        Map<String, String> byLanguage,
        Map<String, JsonNode> patchByLanguage,
        Instant builtAt,
        long sequence,
        @Nullable Instant newestEventAt,
        @Nullable Instant oldestEventAt) {

    public String in(Locale locale) {
        return byLanguage.get(language(locale));
    }

    /**
     * The patch from picture {@code sequence - 1} to this one in the screen's language (see
     * {@code WallPatch}), or null when there is none (the first picture, or a change so large
     * that the whole picture is about as short). A JSON node that writes its text as it is (a
     * raw value; {@code toString()} gives the text), the instance handed to every screen: a
     * string argument would be written into each screen's message as a JSON string, every quote
     * in it escaped, and a tree walked and written anew, per screen and picture. The text is ASCII (the encoder
     * escapes every other character), so each message stays one byte per character.
     */
    public @Nullable JsonNode patchIn(Locale locale) {
        return patchByLanguage.get(language(locale));
    }

    /**
     * The picture's language for a screen's locale: its own if built (the pictures are built
     * for {@link Languages#ALL}), else Indonesian. Asked for each screen and picture, so a plain
     * map lookup rather than {@link Languages#of} (a stream and a locale parse each time).
     */
    private String language(Locale locale) {
        String own = locale.getLanguage();
        return byLanguage.containsKey(own) ? own : Languages.INDONESIAN.getLanguage();
    }
}
