package io.accountable.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
 */
public final class SvgCharts {

    private static final Color[] PALETTE = {new Color(0x1d4ed8), new Color(0xb45309), new Color(0x047857),
            new Color(0x7c3aed), new Color(0xbe123c), new Color(0x0e7490), new Color(0x4d7c0f), new Color(0xa21caf),
            new Color(0xc2410c), new Color(0x334155)};

    private SvgCharts() {
    }

    /** One bar per key per series; {@code series} maps a series name to values by key, in order. */
    public static String bar(String valueAxis, List<String> keys, Map<String, Map<String, Double>> series,
            boolean horizontal, int width, int height) {
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
        Font font = new Font("DejaVu Sans", Font.PLAIN, 9);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(font);
        if (!horizontal && keys.size() > 6) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
