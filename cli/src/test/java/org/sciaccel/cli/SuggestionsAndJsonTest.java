package org.sciaccel.cli;

import org.sciaccel.registry.Suggestions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsAndJsonTest {

    @Test
    void editDistance() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(1, Suggestions.distance("gausian", "gaussian"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void closestNames() {
        List<String> known = List.of("ndimage.gaussian_filter", "ndimage.gaussian_filter1d", "ndimage.correlate1d");
        assertEquals(List.of("ndimage.gaussian_filter", "ndimage.gaussian_filter1d"),
                Suggestions.closest("ndimage.gausian_filter", known));
        assertEquals(List.of("ndimage.correlate1d"), Suggestions.closest("correlate1d", known));
        assertEquals(List.of(), Suggestions.closest("fft.rfft2", known));
    }

    @Test
    void jsonEscapesAndNumbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\nd\u00e9\u0001");
        m.put("x", 0.25);
        m.put("n", 7);
        m.put("nan", Double.NaN);
        m.put("none", null);
        m.put("o", Map.of("k", true));
        assertEquals("{\"s\":\"a\\\"b\\\\c\\nd\\u00e9\\u0001\",\"x\":0.25,\"n\":7,\"nan\":\"nan\",\"none\":null,"
                + "\"o\":{\"k\":true}}", Json.object(m));
    }

    @Test
    void errorsAreOneLine() {
        assertEquals("a; b; c", ErrorMessages.oneLine("a\n  b\r\nc\n"));
        assertEquals("NullPointerException: x", ErrorMessages.of(new NullPointerException("x")));
        assertEquals("bad sigma", ErrorMessages.of(new IllegalArgumentException("bad sigma")));
    }
}
