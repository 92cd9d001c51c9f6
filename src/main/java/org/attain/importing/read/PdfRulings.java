package org.attain.importing.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical lines drawn on a PDF page — the borders of its tables — in the coordinates of
 * {@link PdfGlyphs} (points from the page's top-left corner). A stroked line or rectangle counts, and so does a thin
 * filled rectangle (the way many programs draw a cell border); text and pictures are not looked at.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A horizontal ({@code vertical} false: y fixed, from {@code from} to {@code to} in x) or vertical line. */
    record Ruling(boolean vertical, float at, float from, float to) {}

    /** Thinner than this, a filled rectangle is a line. */
    private static final float THIN = 2.5f;
    /** Lines shorter than this are no cell border (underlines of single characters, ticks). */
    private static final float SHORT = 4f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final float left;
    private final float top;
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();

    private PdfRulings(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        left = box.getLowerLeftX();
        top = box.getUpperRightY();
    }

    static List<Ruling> of(PDPage page) throws IOException {
        PdfRulings engine = new PdfRulings(page);
        engine.processPage(page);
        return engine.rulings;
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by PdfGlyphs
    }

    @Override
    public void showTextStrings(COSArray array) {
        // text is read by PdfGlyphs
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Point2D[] p = {p0, p1, p2, p3};
        for (int i = 0; i < 4; i++) {
            Point2D a = p[i];
            Point2D b = p[(i + 1) % 4];
            path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
        }
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        start = current;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new float[] {current.x, current.y, start.x, start.y});
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        thinFill();
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // pictures hold no borders
    }

    @Override
    public void clip(int windingRule) {
        // clipping hides nothing a reader of the borders needs
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is no border
    }

    /** A filled path whose bounding box is thin in one direction is a line along the other. */
    private void thinFill() {
        if (path.isEmpty() || path.size() > 8) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] s : path) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        if (maxY - minY < THIN && maxX - minX >= SHORT) {
            segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (maxX - minX < THIN && maxY - minY >= SHORT) {
            segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        }
    }

    private void segment(float x1, float y1, float x2, float y2) {
        float ax = x1 - left;
        float bx = x2 - left;
        float ay = top - y1;
        float by = top - y2;
        if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) >= SHORT) {
            rulings.add(new Ruling(false, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) >= SHORT) {
            rulings.add(new Ruling(true, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
