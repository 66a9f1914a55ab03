package org.tiaojie.casework.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/**
 * The platforms' import mappings: kept by administrators, and matched to a file by its headings so that an operator
 * imports a platform's export as it came (docs/DOMAIN.md, "Importing a platform's export").
 */
@Service
public class ImportMappings {

    private final ImportMappingRepository mappings;
    private final Clock clock;

    ImportMappings(ImportMappingRepository mappings, Clock clock) {
        this.mappings = mappings;
        this.clock = clock;
    }

    /** A platform's mapping as the administration screen lists it. */
    public record Row(long id, String platform, ImportMapping.Definition definition, String updatedBy,
            Instant updatedAt, long version) {
    }

    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Row> all() {
        return mappings.findAll().stream().sorted(Comparator.comparing(ImportMapping::getPlatform))
                .map(m -> new Row(m.getId(), m.getPlatform(), m.definition(), m.getUpdatedBy(), m.getUpdatedAt(),
                        m.getVersion()))
                .toList();
    }

    /**
     * The saved mappings read against a file's heading row, the best first: those under which the file carries every
     * required field before those it lacks one for, then by how many of its columns they read.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<PlatformMapping> candidates(List<String> header) {
        return mappings.findAll().stream().map(m -> new PlatformMapping(m.getPlatform(), m.definition(), header))
                .filter(p -> p.matched() > 0)
                .sorted(Comparator.comparing((PlatformMapping p) -> !p.missing().isEmpty())
                        .thenComparing(Comparator.comparingInt(PlatformMapping::matched).reversed()))
                .toList();
    }

    /** The mapping of the platform named, read against a file's heading row; empty when there is none of that name. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<PlatformMapping> named(String platform, List<String> header) {
        return platform == null ? java.util.Optional.empty() : mappings.findByPlatform(platform.strip())
                .map(m -> new PlatformMapping(m.getPlatform(), m.definition(), header));
    }

    /** Saves a platform's mapping, new ({@code expectedVersion} null) or changed from the version the form showed. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(String platform, ImportMapping.Definition definition, Long expectedVersion) {
        return saveAs(platform, definition, expectedVersion, CurrentUser.require().username());
    }

    /** For the demo data: the mapping of its platform, saved as the administrator would. */
    @Transactional
    public long saveAs(String platform, ImportMapping.Definition definition, Long expectedVersion, String actor) {
        String name = platform == null ? "" : org.tiaojie.casework.shared.Fields.trim(platform);
        if (name.isEmpty()) {
            throw new CaseworkException("importMapping.platform.required");
        }
        if (name.length() > ImportMapping.MAX_PLATFORM) {
            throw new CaseworkException("field.tooLong", "@field.platform", ImportMapping.MAX_PLATFORM);
        }
        Instant now = Instant.now(clock);
        var existing = mappings.findByPlatform(name);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new CaseworkException("shared.staleForm");
            }
            return mappings.saveAndFlush(new ImportMapping(name, definition, actor, now)).getId();
        }
        ImportMapping m = existing.get();
        if (expectedVersion == null) {
            throw new CaseworkException("importMapping.platform.taken", name);
        }
        StaleForms.requireVersion(m.getVersion(), expectedVersion);
        m.change(definition, actor, now);
        StaleForms.flush(mappings);
        return m.getId();
    }
}
