package org.tiaojie.web.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the error pages: a code, a title, a sentence and a way home. */
abstract class ErrorPage extends VerticalLayout {

    private final Paragraph code = new Paragraph();
    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    ErrorPage() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        code.addClassName("tj-error-code");
        text.addClassName("tj-muted");
        add(code, title, text, new Anchor("", getTranslation("error.backHome")));
    }

    void show(String statusCode, String titleText, String sentence) {
        code.setText(statusCode);
        title.setText(titleText);
        text.setText(sentence);
    }
}
