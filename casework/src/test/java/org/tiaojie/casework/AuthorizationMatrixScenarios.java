package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.Role;

/**
 * The authorization matrix of every public service method: each is either guarded by
 * {@code @PreAuthorize} or named below as a system entry point with its reason. Every guarded
 * method is called without a login, with a session still waiting for its second factor, and as
 * each demo user outside its roles: all are refused before the method runs.
 */
abstract class AuthorizationMatrixScenarios extends DemoDistrictScenarios {

    /** Methods the application calls for itself (jobs, login, start-up, other services), never a user. */
    static final Map<String, String> SYSTEM = new TreeMap<>(Map.ofEntries(
            Map.entry("AccountService.loadUserByUsername", "the login itself"),
            Map.entry("AccountService.passwordAccepted", "login events"),
            Map.entry("AccountService.loginFailed", "login events"),
            Map.entry("AccountService.loginRefusedLocked", "login events"),
            Map.entry("AccountService.createInitialUser", "first start and demo data"),
            Map.entry("AccountService.passwordPolicy", "the policy's settings, no data"),
            Map.entry("AccountService.lockMinutes", "a setting, no data"),
            Map.entry("AuditService.record", "called inside guarded transactions (propagation MANDATORY)"),
            Map.entry("AuditService.recordAlone", "refusals and failed logins are recorded from anywhere"),
            Map.entry("CategoryService.findAllForSystem", "jobs and import"),
            Map.entry("CategoryService.require", "other services, inside their guard"),
            Map.entry("PlaceService.district", "reference data for other services"),
            Map.entry("PlaceService.street", "reference data for other services"),
            Map.entry("PlaceService.community", "reference data for other services"),
            Map.entry("PlaceService.compound", "reference data for other services"),
            Map.entry("PlaceService.compounds", "reference data for other services"),
            Map.entry("PlaceService.isEmpty", "first start"),
            Map.entry("PlaceService.addDistrict", "first start and demo data"),
            Map.entry("PlaceService.addStreet", "first start and demo data"),
            Map.entry("PlaceService.addCommunity", "first start and demo data"),
            Map.entry("PlaceService.addPropertyCompany", "first start and demo data"),
            Map.entry("PlaceService.addCompound", "first start and demo data"),
            Map.entry("PlaceService.addCommittee", "first start and demo data"),
            Map.entry("PlatformClientService.createWithKey", "demo data"),
            Map.entry("PlatformClientService.authenticate", "the API key filter itself"),
            Map.entry("NotificationService.mediatorsOf", "the sweep and other services"),
            Map.entry("NotificationService.clerksOf", "the sweep and other services"),
            Map.entry("NotificationService.supervisorsOver", "the sweep and other services"),
            Map.entry("NotificationService.notify", "the sweep and other services"),
            Map.entry("NoticeDigest.releaseAll", "the morning's summary job"),
            Map.entry("NotificationService.users", "services telling the users they chose (propagation MANDATORY)"),
            Map.entry("NotificationService.handlersOf", "the sweep: a case's 承办人, else its head (propagation MANDATORY)"),
            Map.entry("AttachmentService.attachSignedCopy", "inside uploadSignedCopy's guarded work (propagation MANDATORY)"),
            Map.entry("CaseDocumentService.keepAs", "inside store's guard, and the demo data (propagation MANDATORY)"),
            Map.entry("AgreementService.concludeAs", "inside conclude's guarded work, and the demo data (propagation MANDATORY)"),
            Map.entry("MediationService.scheduleAs", "inside schedule's guarded work, and the demo data (propagation MANDATORY)"),
            Map.entry("MediationService.recordMinutesAs", "inside recordMinutes' guarded work, and the demo data (MANDATORY)"),
            Map.entry("MediationService.returnVisitAs", "inside returnVisit's guarded work, and the demo data (MANDATORY)"),
            Map.entry("OrganisationService.mediatorsOf", "assignment's own guarded work (propagation MANDATORY)"),
            Map.entry("AssignmentService.assignAs", "inside assign's guarded work, and the demo data (propagation MANDATORY)"),
            Map.entry("SupervisionTriggers.issueAs", "demo data: a supervision as if issued by hand (propagation MANDATORY)"),
            Map.entry("SupervisionQueryService.defaultDue", "a computation, no data"),
            Map.entry("QuarterlyListingService.quarterStart", "a computation, no data"),
            Map.entry("QuarterlyListingService.quarterEndedBefore", "a computation, no data"),
            Map.entry("QuarterlyListingService.list", "the quarterly listing job"),
            Map.entry("RetentionRun.run", "the nightly retention job; administrators start it through RetentionService"),
            Map.entry("RetentionService.holdAs", "the demo data's holds, set as an administrator would"),
            Map.entry("ImportMappings.saveAs", "the demo data's platform mapping, saved as an administrator would"),
            Map.entry("RetentionService.label", "a computation, no data"),
            Map.entry("QuarterlyListingService.quarter", "a computation, no data"),
            Map.entry("TermReminders.remind", "the reminder job"),
            Map.entry("AttachmentService.maxBytes", "a setting, no data"),
            Map.entry("AttachmentService.attach", "inside guarded services (intake, case file)"),
            Map.entry("AttachmentService.check", "inside guarded services (intake, case file)"),
            Map.entry("AttachmentService.belongsTo", "inside guarded services"),
            Map.entry("OrganisationService.require", "other services, inside their guard"),
            Map.entry("OrganisationService.servingCompound", "routing, inside guarded registration"),
            Map.entry("OrganisationService.serving", "routing, inside guarded registration"),
            Map.entry("OrganisationService.reference", "an association by id, inside guarded services"),
            Map.entry("ReferenceData.changed", "inside administrators' guarded changes (propagation MANDATORY)"),
            Map.entry("ReferenceData.cache", "reference data kept in memory by other services"),
            Map.entry("OrganisationService.add", "first start and demo data"),
            Map.entry("DisputeRegistration.registerAs", "the API and import, after their own guard"),
            Map.entry("DisputeRegistration.registerAllAs", "the import, after its own guard, in its transaction"),
            Map.entry("DisputeRegistration.registerFinishedAs", "the history import, after its own ADMIN guard, in its transaction"),
            Map.entry("DisputeService.rules", "clock rules, no data"),
            Map.entry("DeadlineSweep.sweep", "the deadline sweep job"),
            Map.entry("DeadlinePolicyService.termsFor", "clock rules, no data"),
            Map.entry("DemoDataGenerator.generate", "first start"),
            Map.entry("MediationService.recordsOralAgreement", "a rule, no data"),
            Map.entry("ReferralService.referAs", "the body of refer, inside its guarded work (propagation MANDATORY)"),
            Map.entry("WorkOrderService.check", "validation of a request, no data"),
            Map.entry("CalendarService.calendar", "the working-day calendar, public facts"),
            Map.entry("CalendarService.noticeDue", "which year's notice is due, public facts"),
            Map.entry("CalendarService.noticeDueOn", "which year's notice is due, public facts"),
            Map.entry("CalendarService.claimReminder", "the daily calendar upkeep"),
            Map.entry("CalendarService.ensureProvisionalYears", "start-up and the daily calendar upkeep"),
            Map.entry("NotificationService.administrators", "the daily calendar reminder"),
            Map.entry("PlatformReplyService.record", "inside the guarded reply and the demo data (propagation MANDATORY)")));

    private static final Pattern ROLES = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");

    @Autowired ApplicationContext context;

    record Guarded(String name, Object bean, Method method, Set<Role> roles) {
    }

    private List<Guarded> guardedMethods(List<String> unguarded) {
        List<Guarded> out = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.tiaojie.casework")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                if (guard == null) {
                    guard = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                }
                if (guard == null) {
                    if (!SYSTEM.containsKey(name)) {
                        unguarded.add(name);
                    }
                    continue;
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Matcher m = ROLES.matcher(guard.value());
                while (m.find()) {
                    for (String r : m.group(1).split(",")) {
                        roles.add(Role.valueOf(r.strip().replace("'", "")));
                    }
                }
                out.add(new Guarded(name, bean, method, roles));
            }
        }
        return out;
    }

    private static Object[] defaults(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(t -> {
            if (!t.isPrimitive()) {
                return null;
            }
            if (t == boolean.class) {
                return false;
            }
            if (t == char.class) {
                return 'x';
            }
            if (t == long.class) {
                return 0L;
            }
            if (t == double.class) {
                return 0d;
            }
            if (t == float.class) {
                return 0f;
            }
            if (t == short.class) {
                return (short) 0;
            }
            if (t == byte.class) {
                return (byte) 0;
            }
            return 0;
        }).toArray();
    }

    /** The exception the call ends in, or null when it returned. */
    private static Throwable call(Guarded g) {
        try {
            g.method().invoke(g.bean(), defaults(g.method()));
            return null;
        } catch (InvocationTargetException e) {
            return e.getTargetException();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(g.name(), e);
        }
    }

    /**
     * Every guarded method that takes a dispute's id, called by the community mediator with the id
     * of a dispute in another community (ids guessed in an address or a request): refused, not
     * found, or nothing returned; never the dispute's data.
     */
    @Test
    void noMethodTakingADisputeIdServesADisputeOutsideTheCallersJurisdiction() {
        List<Guarded> guarded = guardedMethods(new ArrayList<>());
        long own = jdbc.queryForObject("select min(d.id) from dispute d join compound c on c.id = d.compound_id "
                + "where c.community_id = (select community_id from organisation where id = "
                + "(select organisation_id from app_user where username = 'shequ'))", Long.class);
        long foreign = jdbc.queryForObject("select min(d.id) from dispute d join compound c on c.id = d.compound_id "
                + "where c.community_id <> (select community_id from compound where id = "
                + "(select compound_id from dispute where id = ?))", Long.class, own);
        AuthenticatedUser mediator = accounts.loadUserByUsername("shequ").withoutPassword();
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int checked = 0;
        for (Guarded g : guarded) {
            java.lang.reflect.Parameter[] params = g.method().getParameters();
            if (params.length == 0 || params[0].getType() != long.class || !params[0].getName().equals("disputeId")
                    && !(g.name().startsWith("DisputeQueryService.") && params[0].getName().equals("id"))) {
                continue;
            }
            if (!g.roles().isEmpty() && !g.roles().contains(Role.MEDIATOR)) {
                continue;
            }
            checked++;
            Logins.as(mediator);
            Object[] args = defaults(g.method());
            args[0] = foreign;
            Object result;
            try {
                result = g.method().invoke(g.bean(), args);
            } catch (InvocationTargetException e) {
                Throwable t = e.getTargetException();
                outcomes.merge(t.getClass().getSimpleName(), 1, Integer::sum);
                if (!(t instanceof AccessDeniedException)) {
                    // refused otherwise (not found, invalid): checked before any data is read
                    System.out.printf("  %s: %s%n", g.name(), t);
                }
                continue;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            boolean empty = result == null || result instanceof java.util.Collection<?> c && c.isEmpty()
                    || result instanceof Map<?, ?> m && m.isEmpty()
                    || result instanceof java.util.Optional<?> o && o.isEmpty();
            outcomes.merge(empty ? "nothing returned" : "data returned", 1, Integer::sum);
            if (!empty) {
                leaks.add(g.name() + " returned " + result);
            }
        }
        SecurityContextHolder.clearContext();
        System.out.printf("jurisdiction sweep: %d methods taking a dispute id, outcomes %s%n", checked, outcomes);
        assertThat(checked).isGreaterThan(20);
        assertThat(leaks).as("another community's dispute served").isEmpty();
    }

    private static boolean refused(Throwable t) {
        return t instanceof AccessDeniedException || t instanceof AuthenticationException;
    }

    @Test
    void everyServiceMethodIsGuardedAndRefusesUsersOutsideItsRoles() {
        List<String> unguarded = new ArrayList<>();
        List<Guarded> guarded = guardedMethods(unguarded);
        assertThat(unguarded).as("public service methods with neither @PreAuthorize nor a reason in SYSTEM")
                .isEmpty();
        assertThat(guarded).hasSizeGreaterThan(100);

        Map<String, AuthenticatedUser> users = new TreeMap<>();
        for (String name : List.of("huawu", "shequ", "duban", "fayuan", "admin")) {
            users.put(name, accounts.loadUserByUsername(name).withoutPassword());
        }
        AuthenticatedUser base = users.get("admin");
        AuthenticatedUser pending = new AuthenticatedUser(base.userId(), base.username(), base.displayName(), "",
                EnumSet.allOf(Role.class), base.organisationId(), base.organisationName(), base.organisationKind(),
                base.jurisdiction(), true, false, false, true, true);

        List<String> leaks = new ArrayList<>();
        int checks = 0;
        for (Guarded g : guarded) {
            SecurityContextHolder.clearContext();
            checks++;
            if (!refused(call(g))) {
                leaks.add(g.name() + " without a login");
            }
            Logins.as(pending);
            if (!g.name().equals("AccountService.giveSecondFactor")) {
                checks++;
                if (!refused(call(g))) {
                    leaks.add(g.name() + " waiting for the second factor");
                }
            }
            for (var user : users.entrySet()) {
                if (g.roles().isEmpty() || user.getValue().roles().stream().anyMatch(g.roles()::contains)) {
                    continue;
                }
                checks++;
                Logins.as(user.getValue());
                if (!refused(call(g))) {
                    leaks.add(g.name() + " as " + user.getKey() + " " + user.getValue().roles());
                }
            }
        }
        SecurityContextHolder.clearContext();
        System.out.printf("authorization matrix: %d guarded methods, %d refusals checked, %d system entry points%n",
                guarded.size(), checks, SYSTEM.size());
        assertThat(leaks).as("calls that were not refused").isEmpty();
    }
}
