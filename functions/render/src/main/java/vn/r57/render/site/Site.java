package vn.r57.render.site;

/**
 * What every page of one rendering shares.
 *
 * @param baseUrl public address of the portal without a trailing slash (the {@code SITE_URL} setting), used for
 *     canonical, alternate and Open Graph addresses, which must be absolute
 * @param demo true while the portal shows demonstration data, so every page says so
 * @param stylesheetPath root-relative, content-hashed address of the stylesheet
 * @param iconPath root-relative, content-hashed address of the icon
 */
public record Site(String baseUrl, boolean demo, String stylesheetPath, String iconPath) {

    public Site {
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("Site URL must be absolute (http or https): " + baseUrl);
        }
        if (baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("Site URL must not end with a slash: " + baseUrl);
        }
    }

    public static Site of(String baseUrl, boolean demo, SiteAssets assets) {
        return new Site(baseUrl, demo, assets.stylesheet().publicPath(), assets.icon().publicPath());
    }
}
