package org.tiaojie.web.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tiaojie.casework.notification.InboxService;
import org.tiaojie.casework.notification.NoticeDigest;
import org.tiaojie.casework.notification.NotificationKind;
import org.tiaojie.casework.notification.NotificationRow;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * 通知: the user's inbox, newest first — each notice with its kind and a link to its case (opening it marks it read);
 * filtered by kind, by part of a case number and to the unread; shown notice by notice or grouped per case, where a
 * case's notices are marked read together.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.AfterNavigationObserver {

    private final InboxService inbox;
    private final NoticeDigest digest;
    private final Checkbox daily = new Checkbox();
    private final Span waiting = new Span();
    private final Button release = new Button();
    private final Select<NotificationKind> kind = new Select<>();
    private final TextField caseNumber = new TextField();
    private final Checkbox unread = new Checkbox();
    private final RadioButtonGroup<Boolean> grouped = new RadioButtonGroup<>();
    private final Grid<NotificationRow> notices = new Grid<>(NotificationRow.class, false);
    private final Grid<InboxService.CaseGroup> cases = new Grid<>(InboxService.CaseGroup.class, false);

    public InboxView(InboxService inbox, NoticeDigest digest) {
        this.inbox = inbox;
        this.digest = digest;
        addClassName("tj-page");
        setSizeFull();
        kind.setLabel(getTranslation("inbox.kind"));
        kind.setId("tj-inbox-kind");
        kind.setItems(List.of(NotificationKind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("inbox.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("inbox.allKinds") : Labels.of(this, k));
        caseNumber.setLabel(getTranslation("inbox.case"));
        caseNumber.setPlaceholder(getTranslation("inbox.casePlaceholder"));
        caseNumber.setId("tj-inbox-case");
        caseNumber.setClearButtonVisible(true);
        caseNumber.setValueChangeMode(ValueChangeMode.LAZY);
        unread.setLabel(getTranslation("inbox.unreadOnly"));
        unread.setId("tj-inbox-unread");
        grouped.setItems(false, true);
        grouped.setItemLabelGenerator(g -> getTranslation(g ? "inbox.byCase" : "inbox.byNotice"));
        grouped.setValue(false);
        grouped.setId("tj-inbox-grouped");
        Button allRead = new Button(getTranslation("inbox.allRead"), e -> {
            inbox.markAllRead();
            refresh();
        });
        allRead.setId("tj-all-read");
        FlexLayout bar = new FlexLayout(kind, caseNumber, unread, grouped, allRead);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        bar.setWidthFull();
        kind.addValueChangeListener(e -> refresh());
        caseNumber.addValueChangeListener(e -> refresh());
        unread.addValueChangeListener(e -> refresh());
        grouped.addValueChangeListener(e -> refresh());

        notices.setId("tj-inbox");
        notices.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notices.addComponentColumn(this::notice).setHeader(getTranslation("inbox.message"));
        notices.setItems(q -> inbox.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.size(filter()));
        notices.addItemClickListener(e -> open(e.getItem().id(), e.getItem().disputeId()));
        cases.setId("tj-inbox-cases");
        cases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        cases.addComponentColumn(this::group).setHeader(getTranslation("inbox.case"));
        cases.setItems(q -> inbox.groups(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.groupCount(filter()));
        cases.setVisible(false);
        add(bar, dailyBar(), notices, cases);
        setFlexGrow(1, notices, cases);
    }

    /** 每日汇总: the user's choice, and what waits for the next summary with a way to see it now. */
    private FlexLayout dailyBar() {
        daily.setLabel(getTranslation("inbox.daily"));
        daily.setId("tj-inbox-daily");
        daily.setHelperText(getTranslation("inbox.dailyHelp"));
        waiting.setId("tj-inbox-waiting");
        waiting.addClassName("tj-muted");
        release.setText(getTranslation("inbox.release"));
        release.setId("tj-inbox-release");
        release.addThemeVariants(ButtonVariant.LUMO_SMALL);
        release.addClickListener(e -> {
            digest.releaseMine();
            showDigest(digest.mine());
            reloadLayout();
        });
        daily.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showDigest(digest.choose(e.getValue()));
                reloadLayout();
            }
        });
        FlexLayout bar = new FlexLayout(daily, waiting, release);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        bar.setWidthFull();
        return bar;
    }

    /** Each arrival (the view is kept when the inbox is opened again): what waits now. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        showDigest(digest.mine());
    }

    private void showDigest(NoticeDigest.Mine mine) {
        daily.setValue(mine.daily());
        waiting.setText(getTranslation("inbox.waiting", mine.held()));
        waiting.setVisible(mine.held() > 0);
        release.setVisible(mine.held() > 0);
    }

    /** The inbox again, with the header's unread count: notices released or a summary written change both. */
    private void reloadLayout() {
        getUI().ifPresent(ui -> ui.navigate("inbox"));
        refresh();
    }

    private InboxService.Filter filter() {
        return new InboxService.Filter(kind.getValue(), caseNumber.getValue(), unread.getValue());
    }

    private void refresh() {
        boolean byCase = Boolean.TRUE.equals(grouped.getValue());
        notices.setVisible(!byCase);
        cases.setVisible(byCase);
        (byCase ? cases : notices).getDataProvider().refreshAll();
    }

    /** Marks the notice read and opens its case; one about no case stays here, read. */
    private void open(long id, Long disputeId) {
        inbox.markRead(id);
        if (disputeId != null) {
            getUI().ifPresent(ui -> ui.navigate("case/" + disputeId));
        } else {
            notices.getDataProvider().refreshAll();
        }
    }

    private Div notice(NotificationRow n) {
        Span badge = new Span(Labels.of(this, n.kind()));
        badge.getElement().getThemeList().add("badge small" + (n.read() ? " contrast" : ""));
        Span when = new Span(Labels.dateTime(n.createdAt()));
        when.addClassName("tj-muted");
        Div head = new Div(badge, when);
        if (n.caseNumber() != null) {
            head.add(caseLink(n.disputeId(), n.caseNumber(), n.id()));
        }
        head.addClassName("tj-inbox-head");
        Span text = new Span(CaseworkMessages.render(getLocale(), n.messageKey(), n.args()));
        if (!n.read()) {
            text.getStyle().set("font-weight", "600");
        }
        return new Div(head, text);
    }

    private Div group(InboxService.CaseGroup g) {
        Div head = new Div();
        head.addClassName("tj-inbox-head");
        if (g.caseNumber() != null) {
            head.add(caseLink(g.disputeId(), g.caseNumber(), null));
        } else {
            head.add(new Span(getTranslation("inbox.noCase")));
        }
        Span counts = new Span(getTranslation("inbox.groupCount", g.count(), g.unread()));
        counts.addClassName(g.unread() > 0 ? "tj-due-warning" : "tj-muted");
        head.add(counts);
        if (g.unread() > 0) {
            Button read = new Button(getTranslation("inbox.markCaseRead"), e -> {
                inbox.markCaseRead(g.disputeId());
                cases.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.addClassName("tj-inbox-case-read");
            head.add(read);
        }
        Div latest = new Div();
        if (g.latest() != null) {
            Span when = new Span(Labels.dateTime(g.latest().createdAt()) + " ");
            when.addClassName("tj-muted");
            latest.add(when, new Span(CaseworkMessages.render(getLocale(), g.latest().messageKey(), g.latest().args())));
        }
        return new Div(head, latest);
    }

    /**
     * The case's number as a link (by address: the case file's route lives in a package that uses this one);
     * following it marks the notice read (a group's link marks nothing).
     */
    private com.vaadin.flow.component.html.Anchor caseLink(Long disputeId, String number, Long noticeId) {
        var link = new com.vaadin.flow.component.html.Anchor("case/" + disputeId, number);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("tj-inbox-case-link");
        if (noticeId != null) {
            link.getElement().addEventListener("click", e -> inbox.markRead(noticeId));
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
