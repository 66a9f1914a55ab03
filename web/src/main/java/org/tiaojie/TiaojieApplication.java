package org.tiaojie;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tiaojie (调解): case management for property-management dispute mediation. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Tiaojie 物业纠纷调解", shortName = "调解")
public class TiaojieApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TiaojieApplication.class, args);
    }
}
