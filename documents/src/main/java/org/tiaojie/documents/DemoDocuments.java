package org.tiaojie.documents;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.demo.DemoCaseFiles;
import org.tiaojie.casework.demo.DemoDistrict;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.document.CaseDocumentService;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.CaseDossierService;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.referral.ReferralService;

/**
 * The demo district's printed paper, made as its mediators make it: each written agreement's 协议书 printed
 * shortly after it was signed, and each case meant for the court referred with the 卷宗 its mediator built an
 * hour before. Every step runs as that mediator, through the services the screens call; only the times are
 * the demo's own.
 */
@Component
class DemoDocuments implements DemoCaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);
    /** How long after signing the 协议书 is printed, and how long before the referral its 卷宗 is built. */
    static final Duration PRINTED_AFTER = Duration.ofMinutes(20);
    static final Duration BUNDLED_BEFORE = Duration.ofHours(1);

    private final DocumentService documents;
    private final CaseDossierService dossiers;
    private final CaseDocumentService store;
    private final ReferralService referrals;
    private final DisputeService disputes;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final org.tiaojie.casework.demo.DemoUsers users;

    DemoDocuments(DocumentService documents, CaseDossierService dossiers, CaseDocumentService store,
            ReferralService referrals, DisputeService disputes, AccountService accounts,
            PlatformTransactionManager transactionManager, org.tiaojie.casework.demo.DemoUsers users) {
        this.users = users;
        this.documents = documents;
        this.dossiers = dossiers;
        this.store = store;
        this.referrals = referrals;
        this.disputes = disputes;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void complete(DemoDistrict district) {
        long started = System.nanoTime();
        for (DemoDistrict.Signed s : district.signed()) {
            users.as(s.mediator(), () -> {
                Instant at = s.at().plus(PRINTED_AFTER);
                CaseDocumentService.Rendered agreement = documents.render(dossiers.dossier(s.disputeId()),
                        DocumentKind.AGREEMENT, s.agreementId(), at);
                transactions.executeWithoutResult(tx -> store.keepAs(s.disputeId(), agreement, at, s.mediator()));
            });
        }
        for (DemoDistrict.ToCourt c : district.toCourt()) {
            users.as(c.mediator(), () -> {
                Instant at = c.at().minus(BUNDLED_BEFORE);
                AuthenticatedUser mediator = accounts.loadUserByUsername(c.mediator());
                CaseDossier dossier = dossiers.dossier(c.disputeId());
                CaseDocumentService.Rendered bundle = documents.renderBundle(dossier, mediator.displayName(), at,
                        (done, all) -> { });
                disputes.work(c.disputeId(), dossier.version(), (d, now, actor) -> {
                    store.keepAs(d.getId(), bundle, at, actor);
                    return referrals.referAs(d, c.courtId(), c.reason(), c.at(), actor);
                });
            });
        }
        LOG.info("demo data: {} agreements printed, {} cases referred with their 卷宗 in {} ms", district.signed().size(),
                district.toCourt().size(), (System.nanoTime() - started) / 1_000_000);
    }
}
