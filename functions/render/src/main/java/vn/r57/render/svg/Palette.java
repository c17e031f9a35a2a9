package vn.r57.render.svg;

/**
 * Colours the charts draw with. SVG presentation attributes, not CSS: the portal's Content-Security-Policy blocks
 * {@code <style>} inside inline SVG, and a standalone SVG file must look right on its own.
 */
final class Palette {

    static final String INK = "#1a1f26";
    static final String MUTED = "#4a5562";
    static final String PAPER = "#ffffff";
    static final String GRID = "#d5dbe1";
    static final String AXIS = "#6b7785";
    static final String SERIES = "#1f5fa8";
    static final String TARGET = "#c8102e";
    static final String HATCH = "#b4bdc8";

    static final String FONT_FAMILY =
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

    private Palette() {}
}
