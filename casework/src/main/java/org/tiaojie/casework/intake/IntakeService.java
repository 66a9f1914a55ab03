package org.tiaojie.casework.intake;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.Fields;

/**
 * The hotline desk's side of casework: finding the compound a caller means, the caller's earlier
 * disputes, the open disputes a new call may repeat (to merge it, 并单, instead of registering it
 * twice), and registering calls and petitions with everything checked before anything is stored.
 */
@Service
public class IntakeService {

    /** Same compound and category within this many days counts as a likely repeat (docs/DOMAIN.md). */
    public static final int REPEAT_WINDOW_DAYS = 30;
    /** Bigram overlap from which two descriptions are shown as similar. */
    static final double SIMILAR = 0.35;
    private static final int MAX_CANDIDATES = 10;
    /** How many of a compound's open disputes, newest first, a call is compared with. */
    private static final int COMPOUND_SCAN = 200;

    private final EntityManager em;
    private final DisputeService disputes;
    private final DisputeRegistration registration;
    private final DisputeQueryService queries;
    private final AttachmentService attachments;
    private final Clock clock;

    private final RepeatCalls repeatCalls;

    IntakeService(EntityManager em, DisputeService disputes, DisputeRegistration registration, DisputeQueryService queries, AttachmentService attachments,
            Clock clock, RepeatCalls repeatCalls) {
        this.repeatCalls = repeatCalls;
        this.em = em;
        this.disputes = disputes;
        this.registration = registration;
        this.queries = queries;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Compounds in the user's area whose name, address or pinyin initials contain {@code text} ("jhy" finds 锦华苑
     * and 湖畔锦华苑 alike, so the operator sees both before routing); exact, then leading matches first.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<CompoundMatch> findCompounds(String text, int limit) {
        var inArea = CurrentUser.require().area().compounds("m", "s");
        if (inArea.isEmpty()) {
            return List.of();
        }
        AreaScope.Condition where = inArea.get();
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        TypedQuery<CompoundMatch> query = em.createQuery("""
                select new org.tiaojie.casework.intake.CompoundMatch(c.id, c.name, c.address, m.name, s.name,
                    c.pinyinInitials, pc.name)
                from Compound c join c.community m join m.street s left join c.propertyCompany pc
                where """ + " " + where + (t.isEmpty() ? ""
                        : " and (lower(c.pinyinInitials) like :initials or c.name like :contains"
                                + " or c.address like :contains)")
                + " order by c.name", CompoundMatch.class);
        where.bind(query);
        if (!t.isEmpty()) {
            String escaped = escapeLike(t);
            query.setParameter("initials", "%" + escapeLike(lower) + "%").setParameter("contains", "%" + escaped + "%");
        }
        List<CompoundMatch> found = new ArrayList<>(query.setMaxResults(300).getResultList());
        found.sort(Comparator.comparingInt((CompoundMatch c) -> rank(c, t, lower)).thenComparing(CompoundMatch::name)
                .thenComparing(CompoundMatch::communityName));
        return found.subList(0, Math.min(found.size(), Math.max(1, limit)));
    }

    private static int rank(CompoundMatch c, String text, String lower) {
        if (text.isEmpty()) {
            return 0;
        }
        String initials = c.initials() == null ? "" : c.initials().toLowerCase(Locale.ROOT);
        if (c.name().equals(text) || initials.equals(lower)) {
            return 0;
        }
        if (c.name().startsWith(text) || initials.startsWith(lower)) {
            return 1;
        }
        if (c.name().contains(text) || initials.contains(lower)) {
            return 2;
        }
        return 3;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The caller's disputes in the user's area, newest first (none for a number that is not one). */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public List<DisputeRow> callerHistory(String phone) {
        String normalised = normalisedOrNull(phone);
        return normalised == null ? List.of() : queries.byCaller(normalised, 20);
    }

    /** The open disputes at a compound, newest first. */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public List<DisputeRow> openAt(long compoundId) {
        return queries.page(DisputeFilter.open().withCompound(compoundId), DisputeSort.REGISTERED_DESC, 0, 20);
    }

    /**
     * The open disputes a call may repeat: the same caller; the same compound and category within
     * {@value #REPEAT_WINDOW_DAYS} days; or a similar description at the same compound. Most
     * reasons first, then the closest wording.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public List<DuplicateCandidate> duplicates(String phone, Long compoundId, Long categoryId, String description) {
        return duplicatesOf(phone, compoundId, categoryId, description).top();
    }

    /**
     * The closest candidates ({@value #MAX_CANDIDATES} at most) and how many there are in all; {@code atLeast} when
     * the compound has more open disputes than are compared ({@value #COMPOUND_SCAN}), so the count is a floor.
     */
    public record Duplicates(List<DuplicateCandidate> top, int total, boolean atLeast) {
    }

    /** As {@link #duplicates}, with the true count the prompt tells. */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public Duplicates duplicatesOf(String phone, Long compoundId, Long categoryId, String description) {
        Map<Long, DisputeRow> rows = new LinkedHashMap<>();
        Map<Long, Set<DuplicateReason>> reasons = new LinkedHashMap<>();
        String normalised = normalisedOrNull(phone);
        if (normalised != null) {
            for (DisputeRow row : queries.byCaller(normalised, 50)) {
                if (row.state().isOpen()) {
                    rows.put(row.id(), row);
                    reasons.computeIfAbsent(row.id(), k -> EnumSet.noneOf(DuplicateReason.class))
                            .add(DuplicateReason.SAME_CALLER);
                }
            }
        }
        boolean atLeast = false;
        if (compoundId != null) {
            List<DisputeRow> atCompound = queries.page(DisputeFilter.open().withCompound(compoundId),
                    DisputeSort.REGISTERED_DESC, 0, COMPOUND_SCAN);
            atCompound.forEach(row -> rows.putIfAbsent(row.id(), row));
            atLeast = atCompound.size() == COMPOUND_SCAN;
        }
        // the dispute the repeat-call rule would keep this call on: shown first and marked, the operator decides
        Long byRule = compoundId == null ? null : repeatCalls.matterOf(new NewDispute(Channel.HOTLINE_12345, null,
                categoryId == null ? 0 : categoryId, compoundId, description, null, 1, null, normalised, false, false,
                false, List.of()), Instant.now(clock)).map(RepeatCalls.Matter::disputeId).orElse(null);
        if (byRule != null && !rows.containsKey(byRule)) {
            rows.put(byRule, queries.find(byRule));
        }
        if (byRule != null) {
            reasons.computeIfAbsent(byRule, k -> EnumSet.noneOf(DuplicateReason.class)).add(DuplicateReason.REPEAT_RULE);
        }
        if (rows.isEmpty()) {
            return new Duplicates(List.of(), 0, false);
        }
        Map<Long, DisputeQueryService.Summary> summaries = queries.summaries(rows.keySet());
        Instant windowStart = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)).minusDays(REPEAT_WINDOW_DAYS)
                .atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
        List<DuplicateCandidate> result = new ArrayList<>();
        for (DisputeRow row : rows.values()) {
            DisputeQueryService.Summary s = summaries.get(row.id());
            if (s == null) {
                continue;
            }
            Set<DuplicateReason> why = reasons.computeIfAbsent(row.id(), k -> EnumSet.noneOf(DuplicateReason.class));
            if (categoryId != null && s.categoryId() == categoryId && !row.registeredAt().isBefore(windowStart)) {
                why.add(DuplicateReason.SAME_COMPOUND_CATEGORY);
            }
            double similarity = description == null || description.isBlank() ? 0
                    : TextSimilarity.dice(description, s.description());
            if (similarity >= SIMILAR) {
                why.add(DuplicateReason.SIMILAR_TEXT);
            }
            if (!why.isEmpty()) {
                String caller = ((s.callerName() == null ? "" : s.callerName()) + " "
                        + (s.callerPhone() == null ? "" : org.tiaojie.casework.party.Masking.phone(s.callerPhone()))).strip();
                result.add(new DuplicateCandidate(row, Set.copyOf(why), similarity, excerpt(s.description()), caller));
            }
        }
        result.sort(Comparator.comparing((DuplicateCandidate c) -> !c.reasons().contains(DuplicateReason.REPEAT_RULE))
                .thenComparingInt(c -> -c.reasons().size())
                .thenComparing(c -> -c.similarity())
                .thenComparing(c -> c.dispute().registeredAt(), Comparator.reverseOrder()));
        return new Duplicates(List.copyOf(result.subList(0, Math.min(result.size(), MAX_CANDIDATES))), result.size(),
                atLeast);
    }

    private static String excerpt(String description) {
        if (description == null) {
            return "";
        }
        return description.length() <= 80 ? description : description.substring(0, 80) + "…";
    }

    /** A scanned petition letter: its file name and bytes (PDF, JPEG or PNG, judged by content). */
    public record Scan(String fileName, byte[] bytes) {
    }

    /**
     * Registers a call or petition after checking it; returns the new dispute's id. A petition
     * needs its petition number; its scanned letter, when given, is stored with the dispute in one
     * transaction. Refusals say what is wrong and store nothing.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long register(NewDispute input, Scan scan) {
        return registerCall(input, scan).id();
    }

    /**
     * Registers like {@link #register} and says whether the dispute is new: an order or petition
     * number registered before gives that dispute back, and its scan is not stored again.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public DisputeRegistration.Registration registerCall(NewDispute input, Scan scan) {
        return registerCall(input, scan, Map.of());
    }

    /**
     * Registers like {@link #registerCall(NewDispute, Scan)} with the 授权委托书 of the parties' agents, keyed by the
     * party's place in {@code input.parties()}: each is checked before anything is kept, and filed with its party
     * in the same transaction as the dispute. A power of attorney for a party without an agent is refused.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public DisputeRegistration.Registration registerCall(NewDispute input, Scan scan, Map<Integer, Scan> authorities) {
        NewDispute checked = checked(input);
        if (scan != null && !checked.channel().isPetition()) {
            throw new CaseworkException("intake.scan.petitionOnly");
        }
        String letter = scan == null ? null : Fields.required(scan.fileName(), 200, "field.fileName");
        if (scan != null) {
            attachments.check(letter, scan.bytes());
        }
        Map<Integer, Scan> powers = new java.util.TreeMap<>(authorities);
        powers.forEach((index, power) -> {
            List<PartyDetails> parties = checked.parties() == null ? List.of() : checked.parties();
            PartyDetails party = index >= 0 && index < parties.size() ? parties.get(index) : null;
            if (party == null || party.agentName() == null || party.agentName().isBlank()) {
                throw new CaseworkException("party.powerOfAttorney.noAgent");
            }
            attachments.check(Fields.required(power.fileName(), 200, "field.fileName"), power.bytes());
        });
        if (scan == null && powers.isEmpty()) {
            return registration.registerOnce(checked, null);
        }
        return registration.registerOnce(checked, (d, now, actor) -> {
            if (scan != null) {
                attachments.attach(d, AttachmentKind.PETITION_LETTER, CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE,
                        AttachmentKind.PETITION_LETTER), letter, scan.bytes(), now, actor);
            }
            powers.forEach((index, power) -> {
                var party = d.getParties().get(index);
                long id = attachments.attach(d, AttachmentKind.POWER_OF_ATTORNEY, CaseworkMessages.label(
                        Locale.SIMPLIFIED_CHINESE, AttachmentKind.POWER_OF_ATTORNEY) + "（" + party.getName() + "）",
                        power.fileName(), power.bytes(), now, actor);
                d.fileAgentAuthority(party.getId(), id, now, actor);
            });
            return null;
        });
    }

    /** 并单: keeps the call as a contact of an open dispute instead of registering it again. */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public void merge(long disputeId, NewDispute call) {
        Channel channel = Fields.present(call.channel(), "field.channel");
        String phone = call.callerPhone() == null || call.callerPhone().isBlank() ? null
                : PhoneNumber.of(call.callerPhone()).value();
        disputes.mergeContact(disputeId, channel, Fields.optional(call.externalRef(), 60, "field.externalRef"),
                Fields.optional(call.callerName(), 50, "field.callerName"), phone, call.description());
    }

    private static NewDispute checked(NewDispute in) {
        Channel channel = Fields.present(in.channel(), "field.channel");
        if (in.compoundId() <= 0) {
            throw new CaseworkException("field.missing", "@field.compound");
        }
        if (in.categoryId() <= 0) {
            throw new CaseworkException("field.missing", "@field.category");
        }
        String ref = Fields.optional(in.externalRef(), 60, "field.externalRef");
        if (channel.isPetition() && ref == null) {
            throw new CaseworkException("intake.petitionNumber.required");
        }
        String name = Fields.optional(in.callerName(), 50, "field.callerName");
        String phone = in.callerPhone() == null || in.callerPhone().isBlank() ? null
                : PhoneNumber.of(in.callerPhone()).value();
        if (phone == null && channel == Channel.HOTLINE_12345) {
            throw new CaseworkException("field.required", "@field.phone");
        }
        return new NewDispute(channel, ref, in.categoryId(), in.compoundId(), in.description(), in.amount(),
                in.partyCount(), name, phone, in.leaderInstruction(), in.publicOpinion(), in.urgent(), in.parties());
    }

    private static String normalisedOrNull(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.of(phone).value();
        } catch (CaseworkException e) {
            return null;
        }
    }
}
