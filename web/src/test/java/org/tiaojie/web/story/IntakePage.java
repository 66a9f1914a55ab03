package org.tiaojie.web.story;

/** 来电登记 as an operator fills it: the phone first, the compound by pinyin initials, the category, the words. */
public final class IntakePage {

    private final Browser browser;

    IntakePage(Browser browser) {
        this.browser = browser;
    }

    public void enterCall(String phone, String initials, String compoundName, String text) {
        browser.typeInto("tj-intake-phone", phone);
        browser.typeInto("tj-intake-name", "蒋测试");
        browser.choose("tj-intake-compound", initials, compoundName);
        browser.choose("tj-intake-category", "物业服务质量", "物业服务质量");
        browser.choose("tj-intake-subcategory", "维修", "维修响应");
        browser.typeInto("tj-intake-description", text);
    }
}
