package org.tiaojie.casework.dispute;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.place.Compound;

/**
 * What the dispute index holds, kept here rather than on the entities: the texts people search
 * (description, case number, caller, the parties' names and addresses, the compound's name and
 * address) segmented as Chinese, and the fields every list filters by (area, organisation, court,
 * state, channel, tier, category, flags, dates), so that a search pages inside the user's
 * jurisdiction in the index itself. Hibernate Search updates a dispute's document when one of
 * these changes; the compound, category and organisations are only followed by reference.
 */
public class DisputeSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        TypeMappingStep dispute = mapping.type(Dispute.class);
        dispute.indexed().index("dispute");
        dispute.property("caseNumber").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("caseNumberPairs").analyzer(ChineseAnalysis.BIGRAM);
        dispute.property("description").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("descriptionPairs").analyzer(ChineseAnalysis.BIGRAM);
        dispute.property("callerName").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("callerNamePairs").analyzer(ChineseAnalysis.BIGRAM);
        for (String id : new String[] {"communityId", "streetId", "districtId"}) {
            dispute.property(id).genericField();
        }
        dispute.property("state").genericField().aggregable(Aggregable.YES);
        for (String flag : new String[] {"channel", "tier", "supervised", "urgent", "groupDispute",
            "leaderInstruction", "publicOpinion", "open"}) {
            dispute.property(flag).genericField();
        }
        dispute.property("registeredAt").genericField().sortable(Sortable.YES);
        dispute.property("dueDate").genericField().sortable(Sortable.YES);
        dispute.property("dueWarnAt").genericField();
        dispute.property("parties").indexedEmbedded().includePaths("name", "address", "namePairs", "addressPairs");
        dispute.property("compound").indexedEmbedded().includePaths("id", "name", "address", "namePairs",
                "addressPairs")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        dispute.property("category").indexedEmbedded().includePaths("id", "parent.id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        dispute.property("organisation").indexedEmbedded().includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        dispute.property("court").indexedEmbedded().includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        TypeMappingStep party = mapping.type(DisputeParty.class);
        party.property("name").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("namePairs").analyzer(ChineseAnalysis.BIGRAM);
        party.property("address").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("addressPairs").analyzer(ChineseAnalysis.BIGRAM);

        TypeMappingStep compound = mapping.type(Compound.class);
        compound.property("id").genericField();
        compound.property("name").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("namePairs").analyzer(ChineseAnalysis.BIGRAM);
        compound.property("address").fullTextField().analyzer(ChineseAnalysis.CHINESE)
                .fullTextField("addressPairs").analyzer(ChineseAnalysis.BIGRAM);

        TypeMappingStep category = mapping.type(DisputeCategory.class);
        category.property("id").genericField();
        category.property("parent").indexedEmbedded().includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        mapping.type(Organisation.class).property("id").genericField();
    }
}
