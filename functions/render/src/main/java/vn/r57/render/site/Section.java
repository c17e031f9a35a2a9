package vn.r57.render.site;

import java.util.List;
import java.util.function.Function;
import vn.r57.core.Lang;

/** The parts of the portal the main navigation leads to; a page belongs to one of them, or to none (404). */
public enum Section {
    OVERVIEW("nav.overview", SitePaths::home),
    PROGRESS("nav.progress", SitePaths::progress),
    STATUS("nav.status", SitePaths::status),
    REGIONS("nav.regions", SitePaths::regions),
    DATA("nav.data", SitePaths::data),
    ABOUT("nav.about", SitePaths::about),
    NONE(null, null);

    /** In navigation order. */
    public static final List<Section> NAVIGABLE = List.of(OVERVIEW, PROGRESS, STATUS, REGIONS, DATA, ABOUT);

    private final String labelKey;
    private final Function<Lang, String> path;

    Section(String labelKey, Function<Lang, String> path) {
        this.labelKey = labelKey;
        this.path = path;
    }

    String labelKey() {
        return labelKey;
    }

    String path(Lang lang) {
        return path.apply(lang);
    }
}
