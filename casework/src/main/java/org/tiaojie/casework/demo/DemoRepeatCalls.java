package org.tiaojie.casework.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.intake.RepeatCalls;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderService;

/**
 * The demo's repeat caller: a resident of a compound in 湖畔社区 (mediator 钱调解's room) rings 12345 seven times about
 * one leak. The orders arrive through the same service the platform API calls, so the repeat-call rule keeps the
 * later six on the first case (并单), its supervision is issued at the third call and raised at the sixth; the
 * mediator then splits off the last call, which was about something else. Every state of the feature can be seen
 * on a fresh start. Left out of the web tests' smaller demo ({@code tiaojie.demo-data.repeat-caller=false}), whose
 * stories count the cases of that room.
 */
@Component
class DemoRepeatCalls {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRepeatCalls.class);
    private static final String[] CALLS = {
        "楼上卫生间漏水，我家客厅天花板渗水发霉，物业说联系不上楼上业主。",
        "还是天花板渗水的事，物业至今没有上门查看。",
        "天花板渗水越来越严重，墙皮开始脱落，请尽快处理。",
        "渗水滴到电视柜上了，物业还是没人来，要求督促处理。",
        "漏水问题已经反映多次，物业答复在协调，但一直没有结果。",
        "客厅天花板继续渗水，担心电线短路，请求紧急处理。",
        "另外反映：小区东门道闸坏了一周，车辆进出排长队。",
    };

    private final WorkOrderService orders;
    private final org.tiaojie.casework.supervision.SupervisionService supervisions;
    private final RepeatCalls repeatCalls;
    private final DemoUsers users;
    private final EntityManager em;
    private final TransactionTemplate transactions;

    DemoRepeatCalls(WorkOrderService orders, org.tiaojie.casework.supervision.SupervisionService supervisions,
            RepeatCalls repeatCalls, DemoUsers users, EntityManager em,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.supervisions = supervisions;
        this.repeatCalls = repeatCalls;
        this.users = users;
        this.em = em;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void load(Runnable settle) {
        Object[] place = transactions.execute(status -> (Object[]) em.createQuery("""
                select c.name, m.name from Compound c join c.community m, Organisation o join o.community oc
                where o.id = (select u.organisation.id from AppUser u where u.username = 'shequ') and m.id = oc.id
                order by c.id""", Object[].class).setMaxResults(1).getSingleResult());
        long[] matter = new long[1];
        users.as("huawu", () -> {
            for (int i = 0; i < CALLS.length; i++) {
                matter[0] = orders.submit(new WorkOrder("QX12345-DEMO-R" + (i + 1), "庞晓梅", "13900002468",
                        (String) place[0], (String) place[1], "SERVICE_QUALITY.REPAIR", CALLS[i], 1, null, false, false,
                        false, List.of())).disputeId();
            }
        });
        settle.run();
        users.as("shequ", () -> {
            Long last = transactions.execute(status -> em.createQuery(
                    "select c.id from DisputeContact c where c.externalRef = :ref", Long.class)
                    .setParameter("ref", "QX12345-DEMO-R" + CALLS.length).getSingleResult());
            repeatCalls.split(matter[0], last);
        });
        settle.run();
        // the matter's supervision followed up: the supervisor urges and talks to the property company's manager, the
        // room reports progress (each a step of the record, through the screens' services)
        Object[] open = transactions.execute(status -> em.createQuery(
                "select s.id, s.version from Supervision s where s.disputeId = :d and s.state = :issued", Object[].class)
                .setParameter("d", matter[0])
                .setParameter("issued", org.tiaojie.casework.supervision.SupervisionState.ISSUED)
                .getResultStream().findFirst().orElse(null));
        if (open != null) {
            long id = (Long) open[0];
            users.as("duban", () -> {
                supervisions.urge(id, version(id), "来电人已反映六次，请于办结时限前查明漏水点并报送处理情况。");
                supervisions.interview(id, version(id), new org.tiaojie.casework.supervision.SupervisionService
                        .InterviewForm("物业服务中心 项目经理 冯某", LocalDate.now(org.tiaojie.casework.shared
                        .CaseworkConfiguration.ZONE), "约谈物业项目经理：三日内联系楼上业主入户查漏，费用分担由调解室组织协商。"));
            });
            users.as("shequ", () -> supervisions.report(id, version(id),
                    "已联系楼上业主，约定本周六入户查漏，物业派维修工到场。"));
        }
        LOG.info("demo data: {} calls of one caller kept on one case, the last split off", CALLS.length);
    }

    private long version(long supervision) {
        return transactions.execute(status -> em.createQuery("select s.version from Supervision s where s.id = :id",
                Long.class).setParameter("id", supervision).getSingleResult());
    }
}
