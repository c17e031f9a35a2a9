package vn.r57.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.r57.core.Lang;

/**
 * The portal's words in one language, read from {@code site/messages/{lang}.properties} (UTF-8) on the classpath.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}... filled with text that is already formatted. Nothing else is
 * special: unlike {@link java.text.MessageFormat}, an apostrophe is just an apostrophe and numbers are never
 * reformatted behind the caller's back (the core formats them exactly).
 */
public final class Messages {

    private static final Map<Lang, Messages> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Map<String, String> texts;

    private Messages(Lang lang, Map<String, String> texts) {
        this.lang = lang;
        // Hashed, not sorted: every page looks up hundreds of messages (keys() sorts when asked).
        this.texts = Map.copyOf(texts);
    }

    /** The bundle for one language, read once per JVM. */
    public static synchronized Messages of(Lang lang) {
        return LOADED.computeIfAbsent(lang, Messages::read);
    }

    public Lang lang() {
        return lang;
    }

    public SortedSet<String> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(texts.keySet()));
    }

    /**
     * The text for a key with {@code {n}} replaced by {@code args[n]}. An unknown key, a missing or an unused
     * argument is a bug in a template or renderer, so it fails loudly instead of printing a half-filled sentence.
     */
    public String text(String key, String... args) {
        return Placeholders.fill(key, raw(key), args);
    }

    /** The pattern as written in the bundle, placeholders unfilled. */
    String raw(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No message '" + key + "' in " + resource(lang));
        }
        return text;
    }

    static String resource(Lang lang) {
        return "site/messages/" + lang.code() + ".properties";
    }

    private static Messages read(Lang lang) {
        String resource = resource(lang);
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the classpath");
            }
            // A decoder (not a charset) so that a file saved in another encoding fails instead of turning into '?'.
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return new Messages(lang, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
