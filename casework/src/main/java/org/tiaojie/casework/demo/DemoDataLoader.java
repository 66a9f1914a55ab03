package org.tiaojie.casework.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.EventPublications;

/**
 * Fills an empty embedded database with the demo district on first start. Enabled by
 * {@code tiaojie.demo-data.enabled} (on for the embedded default, off for the mysql profile).
 * Start-up finishes once the listeners have handled the district's events too (intake
 * supervision of its leaders' instructions and repeat complaints), and once the documents module has
 * printed its agreements and referred its cases with their 卷宗, so the first screen shows it all.
 */
@Component
@ConditionalOnProperty(name = "tiaojie.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PlaceService places;
    private final DemoDataGenerator generator;
    private final EventPublications publications;
    private final int disputes;
    private final org.springframework.beans.factory.ObjectProvider<DemoCaseFiles> caseFiles;
    private final DemoRepeatCalls repeatCalls;
    private final DemoTermPerformance termPerformance;
    private final boolean repeatCaller;
    private final DemoImportMapping importMapping;

    DemoDataLoader(PlaceService places, DemoDataGenerator generator, EventPublications publications,
            @Value("${tiaojie.demo-data.disputes:360}") int disputes,
            org.springframework.beans.factory.ObjectProvider<DemoCaseFiles> caseFiles, DemoRepeatCalls repeatCalls, DemoTermPerformance termPerformance,
            @Value("${tiaojie.demo-data.repeat-caller:true}") boolean repeatCaller, DemoImportMapping importMapping) {
        this.importMapping = importMapping;
        this.repeatCaller = repeatCaller;
        this.repeatCalls = repeatCalls;
        this.termPerformance = termPerformance;
        this.caseFiles = caseFiles;
        this.places = places;
        this.generator = generator;
        this.publications = publications;
        this.disputes = disputes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!places.isEmpty()) {
            LOG.info("demo data: database already populated, nothing loaded");
            return;
        }
        DemoDistrict district = generator.generate(disputes);
        importMapping.load();
        settle();
        if (repeatCaller) {
            repeatCalls.load(this::settle);
            // the terms' follow-up too is left out of the web tests' smaller demo, whose stories record it themselves
            termPerformance.load();
            settle();
        }
        caseFiles.ifAvailable(files -> {
            files.complete(district);
            settle();
        });
    }

    private void settle() {
        if (!publications.awaitSettled(Duration.ofMinutes(2))) {
            LOG.warn("demo data: {} event publications still outstanding after two minutes", publications.outstanding());
        }
    }
}
