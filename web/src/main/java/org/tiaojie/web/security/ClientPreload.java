package org.tiaojie.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The scripts the Vaadin client starts with, read once from the production build's
 * {@code index.html} and its entry script: the login page asks the browser to fetch them while the
 * user types, so that after the password the application starts from the browser's cache. In
 * development mode (no production build on the class path) the list is empty.
 */
@Component
class ClientPreload {

    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[\\w-]+\\.js)\"");
    private static final Pattern IMPORT = Pattern.compile("\\./([\\w.-]+\\.js)");

    private final List<String> scripts;

    ClientPreload() {
        this(ClientPreload.class.getClassLoader());
    }

    ClientPreload(ClassLoader loader) {
        this.scripts = read(loader);
    }

    /** Paths under the application's root, entry script first. */
    List<String> scripts() {
        return scripts;
    }

    private static List<String> read(ClassLoader loader) {
        String index = text(loader, WEBAPP + "index.html");
        Matcher entry = index == null ? null : ENTRY.matcher(index);
        if (entry == null || !entry.find()) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        result.add(entry.group(1));
        String entryScript = text(loader, WEBAPP + entry.group(1));
        if (entryScript != null) {
            Matcher m = IMPORT.matcher(entryScript);
            while (m.find()) {
                // only what the build holds: a string that merely looks like a file name is left out
                if (loader.getResource(WEBAPP + "VAADIN/build/" + m.group(1)) != null) {
                    result.add("VAADIN/build/" + m.group(1));
                }
            }
        }
        return List.copyOf(result);
    }

    private static String text(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
