package io.xskc.suites.support;

import java.util.Locale;

/** A small self-contained SVG histogram, so a report shows the shape of a latency distribution. */
public final class SvgHistogram {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int BINS = 40;

    private SvgHistogram() {
    }

    public static String render(String title, String unit, long[] samples) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT + 40).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<text x=\"8\" y=\"14\">").append(escape(title)).append("</text>\n");
        if (samples.length == 0) {
            return svg.append("<text x=\"8\" y=\"40\">no samples</text></svg>\n").toString();
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : samples) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        long span = Math.max(1, max - min + 1);
        int[] bins = new int[BINS];
        for (long v : samples) {
            bins[(int) Math.min(BINS - 1, (v - min) * BINS / span)]++;
        }
        int top = 1;
        for (int b : bins) {
            top = Math.max(top, b);
        }
        double w = (WIDTH - 16) / (double) BINS;
        for (int i = 0; i < BINS; i++) {
            double h = (HEIGHT - 30) * bins[i] / (double) top;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7ab5\"><title>%d</title></rect>%n",
                    8 + i * w, 20 + (HEIGHT - 30) - h, w - 1, h, bins[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\">%d %s</text>%n", HEIGHT + 6, min, unit));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d %s</text>%n",
                WIDTH - 8, HEIGHT + 6, max, unit));
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\">%d samples, tallest bin %d</text>%n",
                HEIGHT + 24, samples.length, top));
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
