package io.accountable.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** A PDF's pages as images through poppler's pdftoppm, and what a reader sees on them. */
final class PdfPages {

    /** Bottom margin plus footer line (18 mm of 279 mm on Letter, of 297 mm on A4): never counted as content. */
    private static final double FOOTER_SHARE = 0.075;

    private PdfPages() {
    }

    /** Every page at 40 dpi, in order; files under {@code target/report-pages/<name>}, emptied first. */
    static List<BufferedImage> render(byte[] pdf, String name) throws IOException, InterruptedException {
        Path dir = Path.of("target", "report-pages", name);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "40", "-png", file.toString(),
                dir.resolve("page").toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("pdftoppm failed on " + file);
        }
        List<BufferedImage> pages = new ArrayList<>();
        try (Stream<Path> pngs = Files.list(dir)) {
            for (Path png : pngs.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList()) {
                pages.add(ImageIO.read(png.toFile()));
            }
        }
        return pages;
    }

    /** Pixels of the charts' blue (strong blue, little red). */
    static long bluePixels(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if ((rgb & 0xFF) > 150 && (rgb >> 16) < 100) {
                    coloured++;
                }
            }
        }
        return coloured;
    }

    /** How far down the page's body the lowest ink reaches, 0 (empty) to 1 (full), footer left out. */
    static double filledShare(BufferedImage image) {
        int body = (int) (image.getHeight() * (1 - FOOTER_SHARE));
        for (int y = body - 1; y >= 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int darkest = Math.min(rgb >> 16, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
                if (darkest < 200) {
                    return (double) y / body;
                }
            }
        }
        return 0;
    }
}
