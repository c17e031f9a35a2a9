package vn.r57.render.site;

import java.util.ArrayList;
import java.util.List;
import vn.r57.core.Lang;

/**
 * What the layout needs to know about one page: its language, where it lives and where its twin in the other
 * language lives, its title and description. Everything the layout prints is derived here, so the templates only
 * display.
 *
 * @param path root-relative address of this page, such as {@code /vi/provinces/ha-noi/}
 * @param twinPath root-relative address of the same page in the other language
 * @param indexable false for pages search engines should not list (the 404 page): no canonical, no alternates
 */
public record PageMeta(
        Site site,
        Lang lang,
        String path,
        String twinPath,
        Section section,
        String title,
        String description,
        boolean indexable) {

    public PageMeta {
        requireRootRelative("path", path);
        requireRootRelative("twinPath", twinPath);
        if (title.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("Page " + path + " needs a title and a description");
        }
    }

    /** An ordinary page that search engines may list. */
    public static PageMeta of(
            Site site, Lang lang, String path, String twinPath, Section section, String title, String description) {
        return new PageMeta(site, lang, path, twinPath, section, title, description, true);
    }

    public Messages messages() {
        return Messages.of(lang);
    }

    public Lang twinLang() {
        return lang.other();
    }

    /** The text for {@code <title>}: the page's own title, then the site's name (once, on the home page). */
    public String documentTitle() {
        String siteName = messages().text("site.name");
        return title.equals(siteName) ? siteName : messages().text("document.title", title, siteName);
    }

    public String homePath() {
        return SitePaths.home(lang);
    }

    public String canonicalUrl() {
        return site.baseUrl() + path;
    }

    public String urlIn(Lang other) {
        return site.baseUrl() + (other == lang ? path : twinPath);
    }

    /** One alternate per language, then x-default pointing at the Vietnamese page, the portal's first language. */
    public List<AlternateLink> alternates() {
        List<AlternateLink> alternates = new ArrayList<>();
        for (Lang each : Lang.values()) {
            alternates.add(new AlternateLink(each.code(), urlIn(each)));
        }
        alternates.add(new AlternateLink("x-default", urlIn(Lang.VI)));
        return alternates;
    }

    public String ogLocale() {
        return messages().text("meta.ogLocale");
    }

    public String twinOgLocale() {
        return Messages.of(twinLang()).text("meta.ogLocale");
    }

    /** The other language's name, written in that language ("English" on a Vietnamese page). */
    public String twinLanguageName() {
        return messages().text("language." + twinLang().code());
    }

    public List<NavLink> navigation() {
        List<NavLink> links = new ArrayList<>();
        for (Section each : Section.NAVIGABLE) {
            String href = each.path(lang);
            String current = href.equals(path) ? "page" : each == section ? "true" : null;
            links.add(new NavLink(href, messages().text(each.labelKey()), current));
        }
        return links;
    }

    private static void requireRootRelative(String name, String value) {
        if (!value.startsWith("/") || value.startsWith("//")) {
            throw new IllegalArgumentException(name + " must be root-relative (start with one /): " + value);
        }
    }
}
