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
    private final jakarta.persistence.EntityManager em;
    private final org.tiaojie.casework.audit.AuditService audit;

    ImportMappings(ImportMappingRepository mappings, Clock clock, jakarta.persistence.EntityManager em,
            org.tiaojie.casework.audit.AuditService audit) {
        this.mappings = mappings;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
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

    /**
     * What an operator resolved in an import's preview, remembered in the platform's mapping so the same rows do not
     * fail again: platform compound names (a compound of the operator's area, or another district's) and platform
     * category pairs (a category without sub-categories). An entry for the same name or pair is replaced; the change
     * is in the audit log. Returns how many entries were remembered.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional
    public int remember(String platform, List<ImportMapping.CompoundAlias> compounds,
            List<ImportMapping.CategoryEntry> categories) {
        ImportMapping m = mappings.findByPlatform(platform == null ? "" : platform.strip())
                .orElseThrow(() -> new CaseworkException("importMapping.notFound", String.valueOf(platform)));
        var area = CurrentUser.require().area().compounds("m", "s");
        for (ImportMapping.CompoundAlias a : compounds) {
            boolean known = a.elsewhere() || area.isPresent() && !area.get().bind(em.createQuery(
                    "select count(c) from Compound c join c.community m join m.street s where " + area.get()
                            + " and c.name = :name and (:community is null or m.name = :community)", Long.class))
                    .setParameter("name", a.compound()).setParameter("community", a.community()).getSingleResult()
                    .equals(0L);
            if (a.name() == null || a.name().isBlank() || !known) {
                throw new CaseworkException("importMapping.compound.notInArea", String.valueOf(a.compound()));
            }
        }
        for (ImportMapping.CategoryEntry c : categories) {
            if (em.createQuery("select count(c) from DisputeCategory c where c.code = :code and c.active = true and"
                    + " not exists (select k from DisputeCategory k where k.parent = c)", Long.class)
                    .setParameter("code", c.to()).getSingleResult() == 0L) {
                throw new CaseworkException("importMapping.category.notLeaf", String.valueOf(c.to()));
            }
        }
        ImportMapping.Definition d = m.definition();
        List<ImportMapping.CompoundAlias> aliases = new java.util.ArrayList<>(d.compounds().stream()
                .filter(a -> compounds.stream().noneMatch(n -> n.name().strip().equals(a.name().strip()))).toList());
        compounds.forEach(a -> aliases.add(new ImportMapping.CompoundAlias(a.name().strip(), a.compound(),
                a.community(), a.elsewhere())));
        List<ImportMapping.CategoryEntry> table = new java.util.ArrayList<>(d.categories().stream()
                .filter(e -> categories.stream().noneMatch(n -> java.util.Objects.equals(n.category(), e.category())
                        && java.util.Objects.equals(n.subCategory(), e.subCategory()))).toList());
        table.addAll(categories);
        ImportMapping.Definition changed = new ImportMapping.Definition(d.columns(), d.values(), table, aliases);
        String actor = CurrentUser.require().username();
        m.change(changed, actor, Instant.now(clock));
        audit.record(actor, org.tiaojie.casework.audit.AuditService.IMPORT_MAPPING, null, "import mapping of "
                + m.getPlatform() + ": " + compounds.size() + " compound names, " + categories.size()
                + " category pairs remembered from an import's preview");
        StaleForms.flush(mappings);
        return compounds.size() + categories.size();
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
