package org.tiaojie.casework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How one hotline platform's export maps onto Tiaojie (docs/DOMAIN.md, "Importing a platform's export"), kept by an
 * administrator: its headings, its values, its categories and its names of compounds.
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping extends BaseEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final int MAX_PLATFORM = 100;

    @Column(name = "platform", nullable = false, length = MAX_PLATFORM)
    private String platform;

    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImportMapping() {
    }

    ImportMapping(String platform, Definition definition, String actor, Instant now) {
        this.platform = platform;
        change(definition, actor, now);
    }

    void change(Definition newDefinition, String actor, Instant now) {
        newDefinition.check();
        this.definition = JSON.writeValueAsString(newDefinition);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public String getPlatform() {
        return platform;
    }

    public Definition definition() {
        return JSON.readValue(definition, Definition.class);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /**
     * A mapping: {@code columns} takes each heading of the export to a field of {@link WorkOrderCells#FIELDS}, or to
     * "" for a column deliberately left out; {@code values} takes a field's platform values to what Tiaojie reads
     * (一般 → 否); {@code categories} takes the platform's 诉求大类 and 诉求小类 to a Tiaojie category code; {@code
     * compounds} takes the platform's name of a compound to Tiaojie's.
     */
    public record Definition(Map<String, String> columns, Map<String, Map<String, String>> values,
            List<CategoryEntry> categories, List<CompoundAlias> compounds) {

        public Definition {
            columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
            values = values == null ? Map.of() : new LinkedHashMap<>(values);
            categories = categories == null ? List.of() : List.copyOf(categories);
            compounds = compounds == null ? List.of() : List.copyOf(compounds);
        }

        void check() {
            columns.forEach((heading, field) -> {
                if (heading == null || heading.isBlank()) {
                    throw new CaseworkException("importMapping.heading.blank");
                }
                if (field == null || !field.isEmpty() && !WorkOrderCells.FIELDS.contains(field)) {
                    throw new CaseworkException("importMapping.field.unknown", heading, String.valueOf(field));
                }
            });
            values.keySet().forEach(field -> {
                if (!WorkOrderCells.FIELDS.contains(field)) {
                    throw new CaseworkException("importMapping.field.unknown", field, field);
                }
            });
            for (CategoryEntry c : categories) {
                if ((c.category() == null || c.category().isBlank()) && (c.subCategory() == null
                        || c.subCategory().isBlank()) || c.to() == null || c.to().isBlank()) {
                    throw new CaseworkException("importMapping.category.incomplete");
                }
            }
            for (CompoundAlias a : compounds) {
                if (a.name() == null || a.name().isBlank()
                        || !a.elsewhere() && (a.compound() == null || a.compound().isBlank())) {
                    throw new CaseworkException("importMapping.compound.incomplete");
                }
            }
        }
    }

    /**
     * A platform category (诉求大类), a sub-category (诉求小类) or both, and the Tiaojie category code they mean. A
     * sub-category alone stands for that sub-category under any 大类 (a near-synonym, 维修响应慢 → 维修响应); a 大类
     * alone is the fallback for its sub-categories the table does not name.
     */
    public record CategoryEntry(String category, String subCategory, String to) {
    }

    /**
     * A compound as the platform names it, and Tiaojie's compound (with its community where the name is shared); or,
     * {@code elsewhere}, a compound of another district that the platform sends here too — its rows are not imported,
     * and say so, instead of failing every day.
     */
    public record CompoundAlias(String name, String compound, String community, boolean elsewhere) {

        public CompoundAlias(String name, String compound, String community) {
            this(name, compound, community, false);
        }
    }
}
