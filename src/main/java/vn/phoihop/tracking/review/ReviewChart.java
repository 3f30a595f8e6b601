package vn.phoihop.tracking.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import vn.phoihop.tracking.assignment.TaskStatus;
import vn.phoihop.tracking.dashboard.DashboardMatrix;
import vn.phoihop.tracking.dashboard.StatusCounts;

/**
 * The review report's chart, drawn with Java2D: one stacked bar per task group (done, in progress, not started,
 * blocked, overdue, in the dashboard's colours), the group codes below and a legend above. The same matrix gives the
 * same PNG.
 */
final class ReviewChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 600;

    /** The bars' order from the bottom up. */
    static final List<TaskStatus> STACK = DashboardMatrix.STACK;

    private ReviewChart() {
    }

    /** The PNG of the matrix's groups; {@code label} names a status. */
    static byte[] png(DashboardMatrix matrix, Function<TaskStatus, String> label) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            legend(g, label);
            int left = 80;
            int top = 80;
            int bottom = HEIGHT - 60;
            int plotHeight = bottom - top;
            long max = Math.max(1, matrix.groupTotals().stream().mapToLong(StatusCounts::total).max().orElse(1));
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1));
            g.drawLine(left, bottom, WIDTH - 20, bottom);
            g.drawLine(left, top, left, bottom);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(max), 10, top + 8);
            g.drawString("0", 50, bottom);
            int n = Math.max(1, matrix.groups().size());
            int slot = (WIDTH - 20 - left) / n;
            int barWidth = Math.max(10, slot * 3 / 5);
            for (int i = 0; i < matrix.groups().size(); i++) {
                StatusCounts counts = matrix.groupTotals().get(i);
                int x = left + i * slot + (slot - barWidth) / 2;
                int y = bottom;
                for (TaskStatus status : STACK) {
                    int h = (int) Math.round((double) counts.of(status) * plotHeight / max);
                    g.setColor(Color.decode(DashboardMatrix.hexOf(status)));
                    g.fillRect(x, y - h, barWidth, h);
                    y -= h;
                }
                g.setColor(Color.BLACK);
                String code = matrix.groups().get(i).code();
                g.drawString(code, x + barWidth / 2 - g.getFontMetrics().stringWidth(code) / 2, bottom + 28);
                String total = String.valueOf(counts.total());
                g.drawString(total, x + barWidth / 2 - g.getFontMetrics().stringWidth(total) / 2, y - 6);
            }
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void legend(Graphics2D g, Function<TaskStatus, String> label) {
        int x = 80;
        for (TaskStatus status : STACK) {
            g.setColor(Color.decode(DashboardMatrix.hexOf(status)));
            g.fillRect(x, 20, 20, 20);
            g.setColor(Color.BLACK);
            String text = label.apply(status);
            g.drawString(text, x + 28, 37);
            x += 28 + g.getFontMetrics().stringWidth(text) + 30;
        }
    }
}
