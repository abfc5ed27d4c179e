package org.helpdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a bundle's translations, {@code messages.properties} (English) and {@code messages_de.properties}
 * (German) next to a class: the same keys in both, all with the bundle's prefix and none blank; texts
 * with parameters are valid message formats; every key the bundle's sources name exists.
 * Failures are {@link AssertionError}s naming the keys.
 */
public final class TranslationFiles {

    private static final String[] FILES = {"messages.properties", "messages_de.properties"};

    private final Class<?> anchor;
    private final String prefix;

    private TranslationFiles(Class<?> anchor, String prefix) {
        this.anchor = anchor;
        this.prefix = prefix;
    }

    /** @param prefix what every key starts with, e.g. {@code "relations."} */
    public static TranslationFiles of(Class<?> anchor, String prefix) {
        return new TranslationFiles(anchor, prefix);
    }

    public Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError(file + " is missing next to " + anchor.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public void assertSameKeysWithPrefixAndNoBlanks() {
        Properties english = load(FILES[0]);
        Properties german = load(FILES[1]);
        if (!english.keySet().equals(german.keySet())) {
            Set<Object> onlyEnglish = new TreeSet<>(english.keySet());
            onlyEnglish.removeAll(german.keySet());
            Set<Object> onlyGerman = new TreeSet<>(german.keySet());
            onlyGerman.removeAll(english.keySet());
            throw new AssertionError("only English: " + onlyEnglish + ", only German: " + onlyGerman);
        }
        for (String key : english.stringPropertyNames()) {
            check(key.startsWith(prefix), key + " does not start with " + prefix);
            check(!english.getProperty(key).isBlank(), key + " is blank in English");
            check(!german.getProperty(key).isBlank(), key + " is blank in German");
        }
    }

    /** @param arguments sample arguments; the first must show in every formatted text with parameters */
    public void assertValidMessageFormats(Object... arguments) {
        for (String file : FILES) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    String formatted = new MessageFormat(text).format(arguments);
                    check(formatted.contains(String.valueOf(arguments[0])), file + " " + key + ": " + formatted);
                    check(!text.contains("'"), file + " " + key + ": quotes vanish in MessageFormat");
                }
            }
        }
    }

    /** Every string literal in {@code sources} that looks like one of our keys must be one. */
    public void assertKeysUsedInSourcesExist(Path sources) {
        Properties english = load(FILES[0]);
        Set<String> missing = new TreeSet<>();
        Pattern key = Pattern.compile("\"(" + Pattern.quote(prefix) + "[A-Za-z.]*[A-Za-z])\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(missing.isEmpty(), "keys the code uses but no file has: " + missing);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
