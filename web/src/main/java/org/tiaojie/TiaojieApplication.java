package org.tiaojie;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tiaojie.web.admin.OrganisationsView;
import org.tiaojie.web.base.HomeView;
import org.tiaojie.web.intake.OperatorHomeView;
import org.tiaojie.web.mediation.MediatorHomeView;
import org.tiaojie.web.referral.CourtHomeView;
import org.tiaojie.web.supervision.SupervisorHomeView;

/**
 * Tiaojie (调解): case management for property-management dispute mediation. The components of
 * every role's home screen are in the bundle loaded at start (which the login page fetches while
 * the user types), so the first screen after the password needs no further script; other screens
 * load theirs when first opened. Not a PWA: every screen needs the server, and the service worker's
 * precaching of every bundle on the first visit cost a cold login about 300 ms (issue #10).
 */
@SpringBootApplication
@LoadDependenciesOnStartup({HomeView.class, MediatorHomeView.class, OperatorHomeView.class, SupervisorHomeView.class,
        CourtHomeView.class, OrganisationsView.class})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class TiaojieApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TiaojieApplication.class, args);
    }

    /** The 调 mark in the browser's tab and on a phone's home screen (served to everyone, like the style sheet). */
    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "32x32");
        settings.addLink("apple-touch-icon", "icons/icon-180.png");
    }
}
