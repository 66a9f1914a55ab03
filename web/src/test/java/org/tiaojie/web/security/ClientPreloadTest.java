package org.tiaojie.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login page's list of scripts to fetch early comes from the production build as it is. */
class ClientPreloadTest {

    @TempDir
    Path root;

    @Test
    void theEntryScriptAndTheModulesItNamesThatTheBuildHolds() throws Exception {
        Path build = Files.createDirectories(root.resolve("META-INF/VAADIN/webapp/VAADIN/build"));
        Files.writeString(root.resolve("META-INF/VAADIN/webapp/index.html"), """
                <html><head><script type="module" crossorigin src="./VAADIN/build/indexhtml-Ab12_x.js"></script>
                </head><body><div id="outlet"></div></body></html>""");
        Files.writeString(build.resolve("indexhtml-Ab12_x.js"), """
                import{a as b}from"./FlowClient-Z9.js";const c=()=>import("./generated-flow-imports-Q1.js");
                const d="./not-in-the-build.js";import"./FlowClient-Z9.js";""");
        Files.writeString(build.resolve("FlowClient-Z9.js"), "export const a=1;");
        Files.writeString(build.resolve("generated-flow-imports-Q1.js"), "export{};");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(new ClientPreload(loader).scripts()).containsExactly("VAADIN/build/indexhtml-Ab12_x.js",
                    "VAADIN/build/FlowClient-Z9.js", "VAADIN/build/generated-flow-imports-Q1.js");
        }
    }

    @Test
    void nothingInDevelopmentModeWhereNoBuildIsPresent() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(new ClientPreload(loader).scripts()).isEmpty();
        }
    }
}
