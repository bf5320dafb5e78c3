package org.povertyexit.monitor.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A chart as a page carries it: its figures as JSON in a {@code data-chart} attribute, which
 * {@code js/pages.js} draws with ECharts (no script in the page: the content security policy allows
 * the service's own files only). Kinds: {@code bar} (one series), {@code stacked} (several series,
 * stacked), {@code lines} (several series against numeric x values, one x value marked).
 */
public record Chart(String kind, List<String> categories, List<Series> series, Number marked, String markLabel) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One named series of values, in the order of the categories; its colour (CSS) or null for the palette's. */
    public record Series(String name, List<? extends Number> values, String color) {
        public Series(String name, List<? extends Number> values) {
            this(name, values, null);
        }
    }

    public static Chart bar(List<String> categories, String name, List<? extends Number> values) {
        return new Chart("bar", categories, List.of(new Series(name, values)), null, null);
    }

    public static Chart stacked(List<String> categories, List<Series> series) {
        return new Chart("stacked", categories, series, null, null);
    }

    /** Lines over x values given as text (the categories), the x value {@code marked} labelled. */
    public static Chart lines(List<String> xs, List<Series> series, Number marked, String markLabel) {
        return new Chart("lines", xs, series, marked, markLabel);
    }

    /** What {@code data-chart} holds. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart's figures are always JSON", e);
        }
    }
}
