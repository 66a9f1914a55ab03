package org.tiaojie.web.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;

/** The shell: brand, navigation for the user's roles, who is logged in, language and logout. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private final H1 viewTitle = new H1();
    private final RouterLink inbox = new RouterLink();
    private final org.tiaojie.casework.notification.InboxService notifications;

    public MainLayout(AuthenticationContext authentication, org.tiaojie.casework.notification.InboxService notifications) {
        AuthenticatedUser user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        viewTitle.addClassName("tj-view-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("tj-header");
        this.notifications = notifications;
        inbox.setRoute(InboxView.class);
        inbox.setId("tj-inbox-link");
        inbox.addClassName("tj-inbox-link");
        // on a desk the account's controls sit in the bar; on a phone they move into the menu (styles.css)
        HorizontalLayout right = new HorizontalLayout(who(user, "tj-current-user"), inbox,
                password("tj-password-link"), LocaleSupport.switchButton(this, getLocale()),
                logout(authentication, "tj-logout"));
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.addClassName("tj-header-account");
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        header.add(right);
        header.setWidthFull();
        addToNavbar(header);

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("tj-brand");
        brand.getStyle().set("padding", "var(--lumo-space-m)");
        com.vaadin.flow.component.html.Div account = new com.vaadin.flow.component.html.Div(who(user, null),
                password(null), LocaleSupport.switchButton(this, getLocale()), logout(authentication, "tj-menu-logout"));
        account.addClassName("tj-drawer-account");
        addToDrawer(brand, navigation(user), account);
    }

    private Span who(AuthenticatedUser user, String id) {
        Span who = new Span(getTranslation("layout.user", user.displayName(), user.organisationName()));
        who.addClassName("tj-user");
        if (id != null) {
            who.setId(id);
        }
        return who;
    }

    private RouterLink password(String id) {
        RouterLink password = new RouterLink(getTranslation("password.title"), PasswordChangeView.class);
        if (id != null) {
            password.setId(id);
        }
        return password;
    }

    private Button logout(AuthenticationContext authentication, String id) {
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId(id);
        return logout;
    }

    private SideNav navigation(AuthenticatedUser user) {
        SideNav nav = new SideNav();
        if (user.has(Role.OPERATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.operator"), "operator", VaadinIcon.PHONE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.intake"), "intake", VaadinIcon.PLUS_CIRCLE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "import", VaadinIcon.UPLOAD.create()));
        }
        if (user.has(Role.MEDIATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.mediator"), "mediator", VaadinIcon.FOLDER_OPEN.create()));
        }
        if (user.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.supervisor"), "supervisor", VaadinIcon.DASHBOARD.create()));
        }
        if (user.has(Role.SUPERVISOR) || user.has(Role.MEDIATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.supervisions"), "supervisions", VaadinIcon.FLAG.create()));
        }
        if (user.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.rankings"), "rankings", VaadinIcon.BAR_CHART.create()));
        }
        if (user.has(Role.COURT_CLERK)) {
            nav.addItem(new SideNavItem(getTranslation("nav.court"), "court", VaadinIcon.INSTITUTION.create()));
        }
        if (user.has(Role.OPERATOR) || user.has(Role.MEDIATOR) || user.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.search"), "search", VaadinIcon.SEARCH.create()));
        }
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin.organisations"), "admin/organisations",
                    VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.categories"), "admin/categories",
                    VaadinIcon.TAGS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.calendar"), "admin/calendar",
                    VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.deadlines"), "admin/deadlines",
                    VaadinIcon.TIMER.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.routing"), "admin/routing",
                    VaadinIcon.SPLIT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.jobs"), "admin/jobs", VaadinIcon.CLOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.credit"), "admin/credit", VaadinIcon.STAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.retention"), "admin/retention",
                    VaadinIcon.ARCHIVE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.platforms"), "admin/platforms",
                    VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.importMappings"), "admin/import-mappings",
                    VaadinIcon.TABLE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.historyImport"), "admin/history-import",
                    VaadinIcon.ARCHIVES.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.admin.audit"), "admin/audit",
                    VaadinIcon.SHIELD.create()));
        }
        return nav;
    }

    /** A user still holding an initial password goes nowhere but the password screen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean toPassword = event.getNavigationTarget() == PasswordChangeView.class;
        if (!toPassword && CurrentUser.find().map(AuthenticatedUser::mustChangePassword).orElse(false)) {
            event.forwardTo(PasswordChangeView.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the unread count is one indexed count; refreshed on every navigation
        long unread = notifications.unreadCount();
        inbox.setText(unread == 0 ? getTranslation("nav.inbox") : getTranslation("nav.inboxUnread", unread));
        if (getContent() instanceof HasDynamicTitle titled) {
            viewTitle.setText(titled.getPageTitle());
        } else {
            viewTitle.setText("");
        }
    }
}
