package io.accountable.dashboard.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The flow diagram: a band per pair, labels escaped and never on top of each other, all inside the picture. */
class FlowSvgTest {

    private static String draw(List<FlowSvg.Band> bands) {
        return FlowSvg.draw(bands, 640, 300, "Flow <test>", String::valueOf);
    }

    @Test
    void shouldDrawABandPerPairAndANodePerChannel() {
        String svg = draw(List.of(new FlowSvg.Band("Email", "Event", 5), new FlowSvg.Band("Email", "Email", 3),
                new FlowSvg.Band("Ads", "Event", 2), new FlowSvg.Band("Ads", "Nothing", 0)));
        assertEquals(3, count(svg, "<path "), "bands without conversions are left out");
        assertEquals(4, count(svg, "<rect "), "two first and two last channels");
        assertTrue(svg.contains(">Email · 8</text>"), svg);
        assertTrue(svg.contains(">Event · 7</text>"), svg);
        assertTrue(svg.contains("aria-label=\"Flow &lt;test&gt;\""), svg);
    }

    @Test
    void shouldEscapeLabels() {
        String svg = draw(List.of(new FlowSvg.Band("<script>alert(1)</script>", "A & B", 1)));
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;") && svg.contains("A &amp; B"), svg);
    }

    @Test
    void shouldKeepSmallNodesLabelsApartAndInsideThePicture() {
        List<FlowSvg.Band> bands = new ArrayList<>();
        bands.add(new FlowSvg.Band("Big", "Big end", 500));
        for (int i = 0; i < 12; i++) {
            bands.add(new FlowSvg.Band("Small " + i, "Small end " + i, 1));
        }
        String svg = draw(bands);
        for (String anchor : new String[] {"end", "start"}) {
            List<Double> ys = new ArrayList<>();
            Matcher m = Pattern.compile("<text x=\"[0-9.]+\" y=\"([0-9.]+)\"[^>]*text-anchor=\"" + anchor + "\"")
                    .matcher(svg);
            while (m.find()) {
                ys.add(Double.parseDouble(m.group(1)));
            }
            assertEquals(13, ys.size());
            for (int i = 1; i < ys.size(); i++) {
                assertTrue(ys.get(i) - ys.get(i - 1) >= 12, anchor + " labels " + ys);
            }
            assertTrue(ys.get(ys.size() - 1) <= 300, "inside the picture: " + ys);
        }
    }

    @Test
    void shouldDrawAnEmptyPictureWithoutConversions() {
        assertEquals(0, count(draw(List.of()), "<path "));
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }
}
