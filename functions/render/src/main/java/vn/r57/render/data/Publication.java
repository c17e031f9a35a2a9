package vn.r57.render.data;

/** The portal's name and how to cite it; shared by the catalog, the data package and the feed. */
final class Publication {

    static final String TITLE_VI = "Tiến độ thực hiện Nghị quyết 57-NQ/TW của các tỉnh, thành phố";
    static final String TITLE_EN = "Provincial progress on Resolution 57-NQ/TW";

    private Publication() {}

    static String citationVi(Links links, String version) {
        return TITLE_VI + ". Dữ liệu mở, phiên bản " + version + ". " + links.url(Links.ROOT) + " (CC BY 4.0).";
    }

    static String citationEn(Links links, String version) {
        return TITLE_EN + ". Open data, version " + version + ". " + links.url(Links.ROOT) + " (CC BY 4.0).";
    }
}
