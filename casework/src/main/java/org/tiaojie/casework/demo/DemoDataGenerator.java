package org.tiaojie.casework.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClockRules;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.party.CreditCode;
import org.tiaojie.casework.party.IdCardNumber;
import org.tiaojie.casework.place.Community;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.District;
import org.tiaojie.casework.place.OwnersCommittee;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.referral.ReferralService;
import org.tiaojie.casework.supervision.QuarterlyListingService;
import org.tiaojie.casework.place.PropertyCompany;
import org.tiaojie.casework.place.Street;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * A fictional district (青溪区) with 3 streets, 12 communities, 60 compounds, 15 property
 * companies, a court, users for every role and a few hundred disputes in every state and tier.
 * Generated from a fixed seed: every start on an empty database produces the same data.
 * All names and numbers are invented.
 */
@Service
public class DemoDataGenerator {

    /** The password of every demo account (documented in README; the demo database only). */
    public static final String DEMO_PASSWORD = "demo2026";
    public static final long SEED = 20261122L;
    /** The demo 12345 platform's API key (a demo value like the demo password, documented in the README). */
    public static final String DEMO_API_KEY = "tj_demo-qingxi-12345";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);

    private static final String[][] STREETS = {
        {"临江街道", "望江社区", "滨河社区", "沙洲社区", "码头社区"},
        {"翠湖街道", "湖畔社区", "柳岸社区", "荷塘社区", "新桥社区"},
        {"南山街道", "松林社区", "竹园社区", "石门社区", "梅岭社区"},
    };
    /** Pinyin initials of the communities' first two characters, for the compounds named after them. */
    private static final java.util.Map<String, String> COMMUNITY_INITIALS = java.util.Map.ofEntries(
            java.util.Map.entry("望江", "wj"), java.util.Map.entry("滨河", "bh"), java.util.Map.entry("沙洲", "sz"),
            java.util.Map.entry("码头", "mt"), java.util.Map.entry("湖畔", "hp"), java.util.Map.entry("柳岸", "la"),
            java.util.Map.entry("荷塘", "ht"), java.util.Map.entry("新桥", "xq"), java.util.Map.entry("松林", "sl"),
            java.util.Map.entry("竹园", "zy"), java.util.Map.entry("石门", "sm"), java.util.Map.entry("梅岭", "ml"));
    private static final String[] COMPOUND_WORDS = {"锦华苑", "金桂园", "阳光花园", "绿城家园", "明珠小区", "嘉和苑",
        "翠竹园", "和平里", "东湖雅居", "紫荆公寓", "星河湾", "丽景华庭", "春晓苑", "银杏小区", "天悦府", "碧水蓝湾",
        "福安新村", "瑞景园", "书香门第", "江畔人家"};
    private static final String[] COMPOUND_INITIALS = {"jhy", "jgy", "ygh", "lcj", "mzx", "jhy", "czy", "hpl", "dhy",
        "zjg", "xhw", "ljh", "cxy", "yxx", "tyf", "bsl", "faxc", "rjy", "sxmd", "jprj"};
    private static final String[] COMPANY_WORDS = {"安居", "锦程", "恒泰", "德信", "嘉园", "优家", "康城", "众邦", "惠民",
        "卓越", "万和", "同心", "立信", "青禾", "长青"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀英", "桂兰", "建华", "志强", "海燕", "晓东", "玉梅"};
    private static final String[] ISSUES = {
        "反映小区%s长期无人处理，多次联系物业未果，要求尽快解决。",
        "业主与物业因%s问题产生争议，双方各执一词，申请调解。",
        "来电称%s，影响正常生活，希望相关部门协调处理。",
        "多名业主联名反映%s，对物业服务不满，要求给予说法。",
    };
    private static final String[] ISSUE_TOPICS = {"楼道垃圾清运不及时", "地下车库漏水", "电梯频繁故障", "物业费上涨",
        "公共收益去向不明", "维修资金使用争议", "车位分配不公", "绿化带被占用", "楼上噪音扰民", "群租房安全隐患",
        "业委会选举程序不规范", "新旧物业交接不清", "开发商遗留外墙渗水", "门禁系统损坏"};

    private final PlaceService places;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final CategoryService categories;
    private final DisputeService disputes;
    private final DisputeRegistration registration;
    private final Clock clock;
    private final jakarta.persistence.EntityManager em;
    private final org.tiaojie.casework.platform.PlatformClientService platforms;
    private final org.tiaojie.casework.retention.RetentionService retention;
    private final QuarterlyListingService listing;
    private final ReferralService referrals;
    private final org.tiaojie.casework.supervision.SupervisionTriggers supervisions;
    private final org.tiaojie.casework.reply.PlatformReplyService replies;
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final org.tiaojie.casework.casefile.AssignmentService assignments;
    private final org.tiaojie.casework.mediation.MediationService mediation;
    private final org.tiaojie.casework.agreement.AgreementService agreements;
    /** Choices added after the demo's layout was fixed draw from here, so the main sequence stays as it was. */
    private Random records = new Random(SEED + 1);
    /** Who mediates for each organisation of the demo: the login its cases are worked under. */
    private final java.util.Map<Long, String> mediators = new java.util.HashMap<>();
    /** What is left for the documents once the district is written: agreements to print, cases to refer. */
    private final List<DemoDistrict.Signed> signed = new ArrayList<>();
    private final List<DemoDistrict.ToCourt> toCourt = new ArrayList<>();

    DemoDataGenerator(PlaceService places, OrganisationService organisations, AccountService accounts,
            CategoryService categories, DisputeService disputes, DisputeRegistration registration, Clock clock, jakarta.persistence.EntityManager em,
            QuarterlyListingService listing, ReferralService referrals,
            org.tiaojie.casework.supervision.SupervisionTriggers supervisions,
            org.tiaojie.casework.platform.PlatformClientService platforms,
            org.tiaojie.casework.reply.PlatformReplyService replies,
            org.tiaojie.casework.casefile.AssignmentService assignments,
            org.tiaojie.casework.mediation.MediationService mediation,
            org.tiaojie.casework.agreement.AgreementService agreements,
            org.tiaojie.casework.retention.RetentionService retention) {
        this.retention = retention;
        this.assignments = assignments;
        this.mediation = mediation;
        this.agreements = agreements;
        this.platforms = platforms;
        this.replies = replies;
        this.em = em;
        this.supervisions = supervisions;
        this.referrals = referrals;
        this.listing = listing;
        this.places = places;
        this.organisations = organisations;
        this.accounts = accounts;
        this.categories = categories;
        this.disputes = disputes;
        this.registration = registration;
        this.clock = clock;
    }

    /**
     * Loads everything in one transaction: a failure leaves the database as empty as before. Returns what needs the
     * documents: the written agreements to print, and the failed cases the mediator refers to the court once their
     * 卷宗 is built ({@link DemoCaseFiles}).
     */
    @Transactional
    public DemoDistrict generate(int disputeCount) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        records = new Random(SEED + 1);
        mediators.clear();
        signed.clear();
        toCourt.clear();
        District district = places.addDistrict("QX", "青溪区");

        List<PropertyCompany> companies = new ArrayList<>();
        for (int i = 0; i < COMPANY_WORDS.length; i++) {
            String first17 = "91330199" + String.format("MA%07d", 1000 + i * 37).substring(0, 9);
            first17 = first17.substring(0, 17);
            String code = first17 + CreditCode.checkCharacter(first17);
            companies.add(places.addPropertyCompany("青溪" + COMPANY_WORDS[i] + "物业服务有限公司",
                    CreditCode.of(code).value(), "0571-8" + String.format("%07d", 5550000 + i)));
        }

        Organisation hotline = organisations.add(
                new Organisation("青溪区12345热线中心", OrganisationKind.HOTLINE_CENTRE, district, null, null));
        Organisation districtCommittee = organisations.add(new Organisation("青溪区物业纠纷人民调解委员会",
                OrganisationKind.DISTRICT_COMMITTEE, district, null, null));
        districtCommittee.setCasePrefix("青溪区人调字");
        Organisation supervision = organisations.add(new Organisation("青溪区物业矛盾纠纷联席办督查督办组",
                OrganisationKind.SUPERVISION_OFFICE, district, null, null));
        Organisation court = organisations.add(
                new Organisation("青溪区人民法院物业纠纷速裁庭", OrganisationKind.COURT, district, null, null));

        List<Compound> compounds = new ArrayList<>();
        List<Organisation> communityRooms = new ArrayList<>();
        List<Organisation> streetCentres = new ArrayList<>();
        int compoundIndex = 0;
        for (String[] streetNames : STREETS) {
            Street street = places.addStreet(district, streetNames[0]);
            Organisation centre = organisations.add(new Organisation(streetNames[0] + "物业纠纷调解中心",
                    OrganisationKind.STREET_MEDIATION_CENTRE, district, street, null));
            centre.setCasePrefix("青溪" + streetNames[0].replace("街道", "") + "街人调字");
            streetCentres.add(centre);
            for (int c = 1; c < streetNames.length; c++) {
                Community community = places.addCommunity(street, streetNames[c]);
                Organisation room = organisations.add(new Organisation(streetNames[c] + "物业纠纷调解室",
                        OrganisationKind.COMMUNITY_MEDIATION_ROOM, district, street, community));
                room.setCasePrefix("青溪" + streetNames[c].replace("社区", "") + "社人调字");
                communityRooms.add(room);
                for (int k = 0; k < 5; k++) {
                    int w = compoundIndex % COMPOUND_WORDS.length;
                    boolean repeat = compoundIndex >= COMPOUND_WORDS.length;
                    String prefix = streetNames[c].substring(0, 2);
                    String name = (repeat ? prefix : "") + COMPOUND_WORDS[w];
                    String initials = (repeat ? COMMUNITY_INITIALS.get(prefix) : "") + COMPOUND_INITIALS[w];
                    PropertyCompany company = compoundIndex % 10 == 7 ? null : companies.get(compoundIndex % companies.size());
                    Compound compound = places.addCompound(community, name, initials,
                            "青溪区" + streetNames[0] + streetNames[c].replace("社区", "") + "路" + (10 + compoundIndex * 3) + "号",
                            200 + random.nextInt(28) * 100, company);
                    if (compoundIndex % 2 == 0) {
                        places.addCommittee(compound, compoundIndex % 6 == 0 ? OwnersCommittee.Kind.PROPERTY_MANAGEMENT_COMMITTEE
                                : OwnersCommittee.Kind.OWNERS_COMMITTEE, personName(random), LocalDate.of(2028, 6, 30));
                    }
                    compounds.add(compound);
                    compoundIndex++;
                }
            }
        }

        // users for every role; the first community room, street centre and the district committee get mediators
        accounts.createInitialUser("admin", "系统管理员", DEMO_PASSWORD, hotline, EnumSet.of(Role.ADMIN));
        accounts.createInitialUser("huawu", "赵话务", DEMO_PASSWORD, hotline, EnumSet.of(Role.OPERATOR));
        platforms.createWithKey("qx12345", "青溪区12345政务服务便民热线平台（演示）", hotline, DEMO_API_KEY, "demo");
        var head = accounts.createInitialUser("shequ", "钱调解（湖畔社区）", DEMO_PASSWORD, communityRooms.get(4),
                EnumSet.of(Role.MEDIATOR));
        var second = accounts.createInitialUser("shequb", "冯调解（湖畔社区）", DEMO_PASSWORD, communityRooms.get(4),
                EnumSet.of(Role.MEDIATOR));
        communityRooms.get(4).setHeadUserId(head.getId()); // 钱调解 heads the room and assigns its cases
        accounts.createInitialUser("jiedao", "孙调解（翠湖街道）", DEMO_PASSWORD, streetCentres.get(1), EnumSet.of(Role.MEDIATOR));
        accounts.createInitialUser("quwei", "李调解（区调委会）", DEMO_PASSWORD, districtCommittee, EnumSet.of(Role.MEDIATOR));
        mediators.put(communityRooms.get(4).getId(), "shequ");
        mediators.put(streetCentres.get(1).getId(), "jiedao");
        mediators.put(districtCommittee.getId(), "quwei");
        for (int i = 0; i < streetCentres.size(); i++) {
            if (i != 1) {
                // every street centre has its own mediator, so an escalated case is worked there by someone of it
                Organisation centre = streetCentres.get(i);
                accounts.createInitialUser("jiedao" + (i + 1), personName(records) + "（" + centre.getStreet().getName()
                        + "）", DEMO_PASSWORD, centre, EnumSet.of(Role.MEDIATOR));
                mediators.put(centre.getId(), "jiedao" + (i + 1));
            }
        }
        accounts.createInitialUser("duban", "周督办", DEMO_PASSWORD, supervision, EnumSet.of(Role.SUPERVISOR));
        accounts.createInitialUser("fayuan", "吴书记员", DEMO_PASSWORD, court, EnumSet.of(Role.COURT_CLERK));
        for (int i = 0; i < communityRooms.size(); i++) {
            if (i != 4) {
                accounts.createInitialUser("shequ" + (i + 1), personName(random) + "（" + communityRooms.get(i).getCommunity().getName() + "）",
                        DEMO_PASSWORD, communityRooms.get(i), EnumSet.of(Role.MEDIATOR));
                mediators.put(communityRooms.get(i).getId(), "shequ" + (i + 1));
            }
        }

        // reference data is in place: write it, then stop flushing before every query, which would
        // dirty-check the thousands of objects this transaction holds each time (one flush at commit)
        em.flush();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        List<CategoryRow> leafCategories = categories.findAllForSystem().stream()
                .filter(c -> !c.topLevel() || categories.findAllForSystem().stream().noneMatch(x -> Long.valueOf(c.id()).equals(x.parentId())))
                .filter(c -> !isTransferredOut(c, categories.findAllForSystem()))
                .toList();
        Instant now = Instant.now(clock);
        Channel[] channels = Channel.values();
        for (int i = 0; i < disputeCount; i++) {
            Compound compound = compounds.get(random.nextInt(compounds.size()));
            // the demo mediators' community gets a larger share so their queue is full
            if (random.nextInt(5) == 0) {
                compound = compounds.get(20 + random.nextInt(5));
            }
            CategoryRow category = leafCategories.get(random.nextInt(leafCategories.size()));
            Channel channel = random.nextInt(10) < 5 ? Channel.HOTLINE_12345 : channels[random.nextInt(channels.length)];
            int parties = random.nextInt(20) == 0 ? 10 + random.nextInt(30) : 1 + random.nextInt(3);
            BigDecimal amount = random.nextInt(3) == 0 ? BigDecimal.valueOf(500L + random.nextInt(80) * 1000L) : null;
            // a few calls came in today, the rest over the last five months
            long minutesToday = Math.max(1, Duration.between(
                    now.atZone(CaseworkConfiguration.ZONE).toLocalDate().atStartOfDay(CaseworkConfiguration.ZONE), now.atZone(CaseworkConfiguration.ZONE)).toMinutes());
            Instant registered = i % 40 == 0 ? now.minus(Duration.ofMinutes(random.nextLong(minutesToday)))
                    : now.minus(Duration.ofMinutes(random.nextLong(150L * 24 * 60)));
            String externalRef = channel == Channel.HOTLINE_12345 ? String.format("GD2026%08d", 100000 + i * 7)
                    : channel.isPetition() ? String.format("XF2026%06d", 3000 + i) : null;
            String description = String.format(ISSUES[random.nextInt(ISSUES.length)],
                    ISSUE_TOPICS[random.nextInt(ISSUE_TOPICS.length)]);
            String caller = personName(random);
            String callerPhone = fictionalMobile(random);
            List<PartyDetails> partyList = new ArrayList<>();
            partyList.add(new PartyDetails(PartyRole.APPLICANT, false, caller, null, "汉族", null,
                    fictionalIdNumber(random), callerPhone, compound.getAddress(), null, null, null, parties >= 10, null,
                    null, null));
            PropertyCompany company = compound.getPropertyCompany();
            if (company != null) {
                partyList.add(PartyDetails.company(PartyRole.RESPONDENT, company.getName(), company.getCreditCode(),
                        personName(random), company.getPhone(), null));
            } else {
                partyList.add(PartyDetails.person(PartyRole.RESPONDENT, personName(random), fictionalIdNumber(random),
                        fictionalMobile(random), compound.getAddress()));
            }
            if (company != null && records.nextInt(8) == 0) {
                // a leak or noise from upstairs: the upstairs owner joins as 第三人, represented by an agent
                partyList.add(PartyDetails.person(PartyRole.THIRD_PARTY, personName(records), fictionalIdNumber(records),
                        fictionalMobile(records), compound.getAddress()).withAgent(personName(records),
                        fictionalMobile(records), PartyDetails.AgentAuthority.SPECIAL));
            }
            NewDispute input = new NewDispute(channel, externalRef, category.id(), compound.getId(), description, amount,
                    Math.max(parties, partyList.size()), caller, callerPhone, random.nextInt(60) == 0, random.nextInt(80) == 0,
                    random.nextInt(15) == 0, partyList);
            Dispute dispute = registration.registerAs(input, "huawu", registered);
            if (channel == Channel.COURT_ENTRUSTED) {
                dispute.entrustedBy(court); // the demo court entrusted it, and sees it
            }
            advance(dispute, random, registered, now, court);
            // the head of 湖畔社区 assigns most open cases of the room: to one mediator, the other, or both
            if (dispute.isOpen() && dispute.getOrganisation() == communityRooms.get(4) && i % 4 != 0) {
                List<Long> who = switch (i % 3) {
                    case 0 -> List.of(head.getId());
                    case 1 -> List.of(second.getId());
                    default -> List.of(head.getId(), second.getId());
                };
                Instant at = registered.plus(Duration.ofHours(1));
                assignments.assignAs(dispute, who, at.isAfter(now) ? now : at, "shequ");
            }
        }
        // the last quarter's 挂牌督办, as the quarterly job would have made it
        em.flush();
        listing.list(QuarterlyListingService.quarterEndedBefore(now), now);
        // 保全: two ended cases the administrator holds beyond their 保管期限, as the retention screen does
        List<Dispute> ended = em.createQuery("select d from Dispute d where d.endedAt is not null order by d.id",
                Dispute.class).setMaxResults(2).getResultList();
        String[] why = {"当事人已向人民法院起诉，法院调取卷宗，诉讼终结前保全", "信访复查中，复查意见作出前保全"};
        for (int k = 0; k < ended.size(); k++) {
            retention.holdAs(ended.get(k), why[k], now, "admin");
        }
        LOG.info("demo data: {} compounds, {} disputes generated in {} ms", compounds.size(), disputeCount,
                (System.nanoTime() - started) / 1_000_000);
        return new DemoDistrict(List.copyOf(signed), List.copyOf(toCourt));
    }

    private static boolean isTransferredOut(CategoryRow c, List<CategoryRow> all) {
        if (c.functionalDepartment() != null) {
            return true;
        }
        return c.parentId() != null && all.stream().anyMatch(p -> p.id() == c.parentId() && p.functionalDepartment() != null);
    }

    /** Walks a dispute along a plausible path; older disputes tend to be further along. */
    private void advance(Dispute d, Random random, Instant registered, Instant now, Organisation court) {
        ClockRules rules = disputes.rules();
        long ageDays = Duration.between(registered, now).toDays();
        int steps = (int) Math.min(9, ageDays / 8 + random.nextInt(3));
        Instant t = registered;
        Long session = null;
        boolean scheduled = false;
        for (int s = 0; s < steps; s++) {
            t = t.plus(Duration.ofHours(6 + random.nextInt(60)));
            if (t.isAfter(now)) {
                break;
            }
            // the case is worked by a mediator of the organisation that holds it now
            String mediator = mediators.get(d.getOrganisation().getId());
            switch (d.getState()) {
                case REGISTERED -> {
                    if (random.nextInt(12) == 0) {
                        d.reject("不属于物业纠纷调解受理范围，已告知其他救济渠道", t, mediator);
                        return;
                    }
                    d.accept(rules, t, mediator);
                }
                case ACCEPTED -> {
                    // 安排调解: the first session starts the mediation, as the mediator's screen does; a case
                    // accepted again after escalation goes on without a second session (its number would need the
                    // rows written so far, and the demo writes them all at the end)
                    if (scheduled) {
                        d.startMediation(t, mediator);
                    } else {
                        session = mediation.scheduleAs(d, new org.tiaojie.casework.mediation.SessionPlan(
                                t.plus(Duration.ofHours(20)), d.getOrganisation().getName(), mediatorName(mediator),
                                participants(d)), t, mediator);
                        scheduled = true;
                    }
                    if (d.getChannel() == Channel.HOTLINE_12345 && d.getRegisteredAt().getEpochSecond() % 3 == 0) {
                        replies.record(d, false, "已受理，调解员已联系双方当事人，正在组织调解，预计在调解期限内答复办理结果。", t,
                                mediator, mediatorName(mediator));
                    }
                }
                case IN_MEDIATION -> {
                    int r = random.nextInt(10);
                    if (session != null && r < 9) {
                        // 调解笔录 of the session held
                        mediation.recordMinutesAs(d, session, new org.tiaojie.casework.mediation.SessionMinutes(
                                t.minus(Duration.ofHours(2)), t.minus(Duration.ofMinutes(30)), mediatorName(mediator),
                                "各方当事人均到场", "申请人陈述了诉求及理由；被申请人说明了处理经过。", null,
                                r < 6 ? "经调解，双方就处理方案达成一致。" : "双方分歧较大，未能达成一致。", false), t, mediator);
                        session = null;
                    }
                    if (r < 6) {
                        long agreement = agreements.concludeAs(d, agreement(d, t), t, mediator);
                        signed.add(new DemoDistrict.Signed(d.getId(), agreement, t, mediator));
                    } else if (r < 9) {
                        d.fail("双方分歧较大，调解不成", t, mediator);
                    } else {
                        d.suspend("需委托专业机构鉴定", t, mediator);
                    }
                }
                case SUSPENDED -> d.resume(rules, t, mediator, "鉴定结论已出，恢复调解");
                case AGREED -> {
                    if (d.getChannel() == Channel.HOTLINE_12345) {
                        replies.record(d, true, "经调解，双方当事人已达成调解协议并签署人民调解协议书，诉求已办结。", t,
                                mediator, mediatorName(mediator));
                    }
                    d.close(ClosureType.AGREEMENT, "协议已签订", rules, t, mediator);
                }
                case FAILED -> {
                    if (d.getTier() != Tier.DISTRICT && random.nextInt(3) > 0) {
                        Organisation next = organisations.servingCompound(d.getCompound(), d.getTier().next());
                        d.escalate(next, "本级调解不成，上报上一级调解组织", t, mediator);
                    } else {
                        // referred once its 卷宗 is built, as the mediator's screen requires
                        toCourt.add(new DemoDistrict.ToCourt(d.getId(), court.getId(), "调解不成，移送法院", t, mediator));
                        return;
                    }
                }
                case CLOSED -> mediation.returnVisitAs(d, new org.tiaojie.casework.mediation.ReturnVisitInput(
                        t.atZone(CaseworkConfiguration.ZONE).toLocalDate(),
                        org.tiaojie.casework.mediation.ReturnVisit.VisitMethod.PHONE,
                        records.nextInt(5) == 0 ? org.tiaojie.casework.mediation.ReturnVisit.Satisfaction.BASICALLY_SATISFIED
                                : org.tiaojie.casework.mediation.ReturnVisit.Satisfaction.SATISFIED,
                        "电话回访申请人，处理结果已落实。", mediatorName(mediator)), t, mediator);
                case REVISITED -> d.archive(t, mediator);
                default -> {
                    return;
                }
            }
        }
        if (d.getState().isOpen() && random.nextInt(6) == 0) {
            supervisions.issueAs(d, "群众多次反映，办理进度缓慢", t.isAfter(now) ? now : t, "duban");
        }
    }

    /** Who is asked to the session: the parties by name. */
    private static String participants(Dispute d) {
        return String.join("、", d.getParties().stream().map(org.tiaojie.casework.dispute.DisputeParty::getName).toList());
    }

    /**
     * A written agreement as a mediator words it: the facts in the third person, the respondent's remedy and, where
     * there is one, the upstairs owner's repair; each with a deadline after the day it is signed.
     */
    private org.tiaojie.casework.agreement.AgreementDraft agreement(Dispute d, Instant at) {
        java.time.LocalDate day = at.atZone(CaseworkConfiguration.ZONE).toLocalDate();
        List<org.tiaojie.casework.agreement.TermDraft> terms = new ArrayList<>();
        String applicant = "申请人";
        for (org.tiaojie.casework.dispute.DisputeParty p : d.getParties()) {
            switch (p.getRole()) {
                case APPLICANT -> applicant = p.getName();
                case RESPONDENT -> terms.add(new org.tiaojie.casework.agreement.TermDraft(p.getId(),
                        "对申请人反映的问题进行整改，并将处理结果书面告知申请人", null, "自行组织整改", d.getCompound().getName(),
                        day.plusDays(15)));
                case THIRD_PARTY -> terms.add(new org.tiaojie.casework.agreement.TermDraft(p.getId(),
                        "修复自有房屋的渗漏部位，并承担楼下房屋的修复费用", java.math.BigDecimal.valueOf(800L + records.nextInt(20) * 100L),
                        "银行转账", null, day.plusDays(20)));
            }
        }
        String facts = "经调查核实，" + applicant + "系" + d.getCompound().getName() + "业主，其反映的问题属实，"
                + "各方对问题成因及处理方式存在争议。";
        return new org.tiaojie.casework.agreement.AgreementDraft(org.tiaojie.casework.agreement.Agreement.Form.WRITTEN,
                facts, "各方按照本协议约定的内容和期限履行。", d.getParties().size() + 1, null, terms);
    }

    /** The demo user's name, as documents and the platform read it (never the login id). */
    private String mediatorName(String username) {
        return names.computeIfAbsent(username, u -> em.createQuery(
                "select u.displayName from AppUser u where u.username = :u", String.class).setParameter("u", u)
                .getSingleResult());
    }

    private static String personName(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /**
     * 18-digit ID numbers with a valid check character under region code 330199, which no real
     * county uses: fictional by construction.
     */
    private static String fictionalIdNumber(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        String first17 = "330199" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** 11-digit mobile numbers in a range no operator hands out to residents here (fictional). */
    private static String fictionalMobile(Random random) {
        return "1990000" + String.format("%04d", random.nextInt(10000));
    }
}
