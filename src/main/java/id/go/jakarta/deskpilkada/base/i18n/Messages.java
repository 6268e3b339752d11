package id.go.jakarta.deskpilkada.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one source of user-facing text, for views (as Vaadin's {@link I18NProvider}) and for
 * services and APIs. Bundles are UTF-8; Indonesian is the base bundle, English the variant.
 */
@Component
public class Messages implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Languages.of(locale.toLanguageTag());
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, supported.equals(Languages.INDONESIAN) ? Locale.ROOT : supported, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key;
        }
        Object[] args = params.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageKey nested) {
                args[i] = getTranslation(nested.key(), supported);
            }
        }
        // Always through MessageFormat, so quoting rules are the same with or without arguments.
        return new MessageFormat(pattern, supported).format(args);
    }

    /** Translation in Indonesian, the product's default language. */
    public String get(String key, Object... params) {
        return getTranslation(key, Languages.INDONESIAN, params);
    }
}
