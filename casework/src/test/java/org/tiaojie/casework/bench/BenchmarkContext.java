package org.tiaojie.casework.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tiaojie.casework.CaseworkTestApplication;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.testing.TestDatabase;

/** Casework on the integration tests' database (a fresh one), with the demo district loaded, for a benchmark. */
final class BenchmarkContext {

    private BenchmarkContext() {
    }

    static ConfigurableApplicationContext start(TestDatabase.Target db) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CaseworkTestApplication.class)
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        ctx.getBean(DemoDataGenerator.class).generate(200);
        return ctx;
    }

    static TestDatabase.Target database() {
        return TestDatabase.find().orElseThrow(() -> new IllegalStateException(TestDatabase.HOW_TO));
    }
}
