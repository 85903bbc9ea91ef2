package io.accountable.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import io.accountable.i18n.Language;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Bar charts drawn on the server as vector SVG (JFreeChart into JFreeSVG), handed to the PDF
 * as data URIs. Sizes are whole numbers with a view box: openhtmltopdf rejects {@code 600.0}.
 * Texts come in already written in the reader's language; the value axis writes its numbers the
 * language's way. Text is drawn as outlines of the bundled DejaVu Sans (Cyrillic, Romanian ș ț),
 * so a chart needs no font on the machine nor in the SVG renderer.
 */
public final class SvgCharts {

    private static final Color[] PALETTE = {new Color(0x1d4ed8), new Color(0xb45309), new Color(0x047857),
            new Color(0x7c3aed), new Color(0xbe123c), new Color(0x0e7490), new Color(0x4d7c0f), new Color(0xa21caf),
            new Color(0xc2410c), new Color(0x334155)};

    /** The bundled font, read once; glyph outlines and metrics come from it on every machine. */
    private static final Font BASE = loadFont();

    private SvgCharts() {
    }

    private static Font loadFont() {
        try (java.io.InputStream in = SvgCharts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (java.io.IOException | java.awt.FontFormatException | RuntimeException e) {
            return new Font("DejaVu Sans", Font.PLAIN, 9);
        }
    }

    /** Tick labels of the value axis: {@code 1,5 млн}, {@code 250 тыс.}, {@code 12,5} in Russian. */
    static final class AxisFormat extends java.text.NumberFormat {
        private final transient com.ibm.icu.text.NumberFormat compact;
        private final transient com.ibm.icu.text.NumberFormat plain;

        AxisFormat(Language language) {
            com.ibm.icu.text.CompactDecimalFormat c = com.ibm.icu.text.CompactDecimalFormat.getInstance(
                    language.locale(), com.ibm.icu.text.CompactDecimalFormat.CompactStyle.SHORT);
            c.setMaximumSignificantDigits(3);
            c.setSignificantDigitsUsed(true);
            compact = c;
            plain = new com.ibm.icu.text.DecimalFormat("#,##0.##",
                    com.ibm.icu.text.DecimalFormatSymbols.getInstance(language.locale()));
        }

        String write(double value) {
            return Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(write(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(write(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("axis labels are only written");
        }
    }

    /**
     * A dashboard card's chart (the Chart.js specification of {@code web.ChartSpec}) drawn for
     * paper: the same labels, series and value axis, as bars (a line over months reads as well
     * as bars on paper).
     */
    @SuppressWarnings("unchecked")
    public static String of(Map<String, Object> spec, int width, int height, Language language) {
        Map<String, Object> data = (Map<String, Object>) spec.get("data");
        List<String> labels = ((List<Object>) data.get("labels")).stream().map(String::valueOf).toList();
        Map<String, Map<String, Double>> series = new java.util.LinkedHashMap<>();
        for (Map<String, Object> dataset : (List<Map<String, Object>>) data.get("datasets")) {
            List<Object> values = (List<Object>) dataset.get("data");
            Map<String, Double> byKey = new java.util.LinkedHashMap<>();
            for (int i = 0; i < labels.size() && i < values.size(); i++) {
                byKey.put(labels.get(i), values.get(i) instanceof Number n ? n.doubleValue() : null);
            }
            series.put(String.valueOf(dataset.get("label")), byKey);
        }
        Map<String, Object> options = (Map<String, Object>) spec.get("options");
        boolean horizontal = "y".equals(options.get("indexAxis"));
        Map<String, Object> scales = (Map<String, Object>) options.get("scales");
        Map<String, Object> axis = (Map<String, Object>) scales.get(horizontal ? "x" : "y");
        Map<String, Object> title = axis == null ? null : (Map<String, Object>) axis.get("title");
        String axisTitle = title == null || !Boolean.TRUE.equals(title.get("display")) ? null
                : String.valueOf(title.get("text"));
        return bar(axisTitle, labels, series, horizontal, width, height, language);
    }

    /** One bar per key per series; {@code series} maps a series name to values by key, in order. */
    public static String bar(String valueAxis, List<String> keys, Map<String, Map<String, Double>> series,
            boolean horizontal, int width, int height, Language language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (String key : keys) {
                Double v = values.get(key);
                data.addValue(v == null ? 0 : v, name, key);
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd5dbe3));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        Font font = BASE.deriveFont(Font.PLAIN, 9f);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(font);
        // Names run longer in Russian and Romanian: wrap them on up to three lines before cutting them short.
        axis.setMaximumCategoryLabelLines(3);
        if (!horizontal && keys.size() > 6) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisFormat(language));
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE, org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
