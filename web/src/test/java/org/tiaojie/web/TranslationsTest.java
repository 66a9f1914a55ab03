package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the screens ask for exists in Chinese and in English, and the two bundles match. */
class TranslationsTest {

    private static final Pattern KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("/vaadin-i18n/translations_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("/vaadin-i18n/translations.properties").stringPropertyNames()));
        assertThat(new TreeSet<>(load("/org/tiaojie/casework/messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("/org/tiaojie/casework/messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheScreensUseIsTranslated() throws IOException {
        Properties web = load("/vaadin-i18n/translations.properties");
        Properties casework = load("/org/tiaojie/casework/messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!web.containsKey(key) && !casework.containsKey(key) && !key.endsWith(".")) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
