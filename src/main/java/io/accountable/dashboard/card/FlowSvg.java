package io.accountable.dashboard.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flow card drawn as a Sankey-style SVG on the server, so that the page and the PDF show the
 * same picture: first channels on the left, last channels on the right, a band per pair as thick
 * as its conversions. Plain SVG text (no script), labels escaped.
 */
public final class FlowSvg {

    private static final String[] COLOURS = {"#1d4ed8", "#0f7b3f", "#b45309", "#7c3aed", "#be123c", "#0e7490",
            "#4d7c0f", "#a21caf", "#475569", "#c2410c"};

    private FlowSvg() {
    }

    /** One band: the labels of its first and last channel and its conversions. */
    public record Band(String first, String last, int conversions) {
    }

    /**
     * @param bands the flows, any order; those without conversions are left out
     * @param label the SVG's accessible name
     * @param countLabel writes a node's count after its name, e.g. {@code n -> "42"}
     */
    public static String draw(List<Band> bands, int width, int height, String label,
            java.util.function.IntFunction<String> countLabel) {
        List<Band> drawn = bands.stream().filter(b -> b.conversions() > 0).toList();
        Map<String, Integer> left = totals(drawn, true);
        Map<String, Integer> right = totals(drawn, false);
        int total = drawn.stream().mapToInt(Band::conversions).sum();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
        if (total == 0) {
            return svg.append("</svg>").toString();
        }
        double labelSpace = width * 0.27;
        double nodeWidth = 10;
        double x0 = labelSpace;
        double x1 = width - labelSpace - nodeWidth;
        double gap = 6;
        double usable = height - 8 - gap * (Math.max(left.size(), right.size()) - 1);
        double scale = usable / total;
        // a node takes at least a label's height, so that small ones do not write over each other
        while (scale > 0.01 && Math.max(extent(left, scale, gap), extent(right, scale, gap)) > height - 8) {
            scale *= 0.95;
        }
        Map<String, double[]> leftY = layout(left, scale, gap);
        Map<String, double[]> rightY = layout(right, scale, gap);
        Map<String, String> colour = new LinkedHashMap<>();
        left.keySet().forEach(name -> colour.put(name, COLOURS[colour.size() % COLOURS.length]));
        // bands: leave each left node in the order of the right nodes, and enter each right node in the order of the left nodes
        Map<String, Double> leftUsed = new LinkedHashMap<>();
        Map<String, Double> rightUsed = new LinkedHashMap<>();
        List<Band> ordered = new ArrayList<>(drawn);
        List<String> leftOrder = new ArrayList<>(left.keySet());
        List<String> rightOrder = new ArrayList<>(right.keySet());
        ordered.sort(java.util.Comparator.comparingInt((Band b) -> leftOrder.indexOf(b.first()))
                .thenComparingInt(b -> rightOrder.indexOf(b.last())));
        double mid = (x0 + nodeWidth + x1) / 2;
        for (Band b : ordered) {
            double h = b.conversions() * scale;
            double ya = leftY.get(b.first())[0] + leftUsed.merge(b.first(), h, Double::sum) - h;
            double yb = rightY.get(b.last())[0] + rightUsed.merge(b.last(), h, Double::sum) - h;
            double xa = x0 + nodeWidth;
            svg.append("<path d=\"M").append(f(xa)).append(',').append(f(ya)).append(" C").append(f(mid)).append(',')
                    .append(f(ya)).append(' ').append(f(mid)).append(',').append(f(yb)).append(' ').append(f(x1))
                    .append(',').append(f(yb)).append(" L").append(f(x1)).append(',').append(f(yb + h)).append(" C")
                    .append(f(mid)).append(',').append(f(yb + h)).append(' ').append(f(mid)).append(',')
                    .append(f(ya + h)).append(' ').append(f(xa)).append(',').append(f(ya + h))
                    .append(" Z\" fill=\"").append(colour.get(b.first())).append("\" fill-opacity=\"0.35\"><title>")
                    .append(escape(b.first() + " → " + b.last() + ": " + countLabel.apply(b.conversions())))
                    .append("</title></path>");
        }
        nodes(svg, left, leftY, x0, nodeWidth, colour, true, countLabel);
        nodes(svg, right, rightY, x1, nodeWidth, Map.of(), false, countLabel);
        return svg.append("</svg>").toString();
    }

    private static void nodes(StringBuilder svg, Map<String, Integer> totals, Map<String, double[]> y, double x,
            double w, Map<String, String> colour, boolean left, java.util.function.IntFunction<String> countLabel) {
        totals.forEach((name, n) -> {
            double[] span = y.get(name);
            svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(span[0])).append("\" width=\"").append(f(w))
                    .append("\" height=\"").append(f(Math.max(1, span[1] - span[0]))).append("\" fill=\"")
                    .append(colour.getOrDefault(name, "#334155")).append("\"/>");
            double ty = (span[0] + span[1]) / 2 + 4;
            svg.append("<text x=\"").append(f(left ? x - 6 : x + w + 6)).append("\" y=\"").append(f(ty))
                    .append("\" font-size=\"11\" fill=\"#1b2330\" text-anchor=\"").append(left ? "end" : "start")
                    .append("\">").append(escape(name + " · " + countLabel.apply(n))).append("</text>");
        });
    }

    /** Conversions by first (or last) channel, most first, then by name. */
    private static Map<String, Integer> totals(List<Band> bands, boolean first) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        bands.forEach(b -> sums.merge(first ? b.first() : b.last(), b.conversions(), Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The smallest room a node takes: the height of its label. */
    private static final double LABEL = 14;

    /** Each node's top and bottom, stacked from the top with a gap, each in a slot at least a label high. */
    private static Map<String, double[]> layout(Map<String, Integer> totals, double scale, double gap) {
        Map<String, double[]> y = new LinkedHashMap<>();
        double at = 4;
        for (Map.Entry<String, Integer> e : totals.entrySet()) {
            double h = e.getValue() * scale;
            y.put(e.getKey(), new double[] {at, at + h});
            at += Math.max(h + gap, LABEL);
        }
        return y;
    }

    /** How tall a column of nodes stands at that scale. */
    private static double extent(Map<String, Integer> totals, double scale, double gap) {
        double at = 0;
        for (int n : totals.values()) {
            at += Math.max(n * scale + gap, LABEL);
        }
        return at - gap;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
