package org.tiaojie.web.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tiaojie.casework.notification.NotificationRow;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.shared.CaseworkMessages;

/** 通知: the user's inbox, newest first; opening a line marks it read and opens its case. */
@Route(value = "inbox", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(NotificationService notifications) {
        addClassName("tj-page");
        setSizeFull();
        Grid<NotificationRow> grid = new Grid<>(NotificationRow.class, false);
        grid.setId("tj-inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(n -> Labels.dateTime(n.createdAt())).setHeader(getTranslation("inbox.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(n -> {
            Span text = new Span(CaseworkMessages.render(getLocale(), n.messageKey(), n.args()));
            if (!n.read()) {
                text.getStyle().set("font-weight", "600");
            }
            return text;
        }).setHeader(getTranslation("inbox.message")).setFlexGrow(1);
        grid.setItems(q -> notifications.inbox(q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.inboxSize());
        grid.addItemClickListener(e -> {
            notifications.markRead(e.getItem().id());
            if (e.getItem().disputeId() != null) {
                getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().disputeId()));
            } else {
                grid.getDataProvider().refreshItem(e.getItem());
            }
        });
        Button allRead = new Button(getTranslation("inbox.allRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        allRead.setId("tj-all-read");
        add(allRead, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
