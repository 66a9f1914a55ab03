package org.tiaojie.web.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts in the browser. The library comes from its WebJar (a static file
 * of the jar, loaded once per page); the chart's option is built on the server as plain maps and
 * lists and sent as JSON. A click on a bar, point or slice is reported with its category name.
 */
public class EChart extends Div {

    /** Where the WebJar puts the library; the version is the dependency's in web/pom.xml. */
    static final String LIBRARY = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String option = "{}";

    public EChart() {
        addClassName("tj-chart");
        setWidthFull();
        setHeight("18em");
    }

    /** Replaces what the chart shows. */
    public void setOption(Map<String, Object> optionMap) {
        this.option = JSON.writeValueAsString(optionMap);
        if (isAttached()) {
            draw();
        }
    }

    /** The JSON option as sent to the browser (for tests). */
    public String getOptionJson() {
        return option;
    }

    /** Hears clicks on the chart's items: the category (x-axis label or slice name) clicked. */
    public Registration addItemClickListener(Consumer<String> listener) {
        return getElement().addEventListener("tj-chart-click", e -> listener.accept(e.getEventData()
                .get("event.detail").asString())).addEventData("event.detail");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        draw();
    }

    private void draw() {
        // loads the library once per page, then (re)draws this element's chart and keeps it sized to the element
        getElement().executeJs("""
                const el = this; const option = JSON.parse($0); const src = $1;
                const render = () => {
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(option, true);
                  if (!el.__tjClick) {
                    el.__tjClick = true;
                    chart.on('click', p => el.dispatchEvent(new CustomEvent('tj-chart-click', {detail: String(p.name)})));
                    new ResizeObserver(() => chart.resize()).observe(el);
                  }
                };
                if (window.echarts) { render(); return; }
                let script = document.querySelector('script[data-tj-echarts]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = src; script.dataset.tjEcharts = '1';
                  document.head.appendChild(script);
                }
                script.addEventListener('load', render);""", option, LIBRARY);
    }

    // ------------------------------------------------------------------ option builders

    /** Bars (or lines) over named categories: one series per entry of {@code series}. */
    public static Map<String, Object> categories(List<String> names, Map<String, List<? extends Number>> series,
            boolean line, boolean horizontal) {
        List<Map<String, Object>> s = new java.util.ArrayList<>();
        series.forEach((name, values) -> s.add(Map.of("name", name, "type", line ? "line" : "bar", "data", values,
                "smooth", line)));
        // long names (a category such as 物业服务质量 · 保洁) are wrapped at about ten characters, never cut; the grid makes
        // room for the axis labels whatever their length (containLabel)
        Map<String, Object> category = Map.of("type", "category", "data", names, "axisLabel",
                Map.of("interval", 0, "hideOverlap", !horizontal, "width", horizontal ? 140 : 80, "overflow", "break"));
        Map<String, Object> value = Map.of("type", "value", "minInterval", 1);
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 0),
                "grid", Map.of("left", 8, "right", 20, "top", 30, "bottom", 8, "containLabel", true),
                "xAxis", horizontal ? value : category, "yAxis", horizontal ? category : value, "series", s);
    }

    /** A ring of named shares. */
    public static Map<String, Object> pie(List<String> names, List<? extends Number> values) {
        List<Map<String, Object>> data = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            data.add(Map.of("name", names.get(i), "value", values.get(i)));
        }
        return Map.of("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"),
                "legend", Map.of("type", "scroll", "orient", "vertical", "right", 0, "top", "middle"),
                // each slice prints its count on the ring and its share under it, not only on hover
                "series", List.of(Map.of("type", "pie", "radius", List.of("36%", "72%"), "center", List.of("40%", "50%"),
                        "data", data, "minShowLabelAngle", 12,
                        "label", Map.of("show", true, "position", "inside", "formatter", "{c}\n{d}%",
                                "fontWeight", "bold", "lineHeight", 14))));
    }
}
