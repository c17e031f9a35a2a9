package vn.r57.render.site;

/** An alternate-language address for {@code <link rel="alternate" hreflang>}; hreflang may be "x-default". */
public record AlternateLink(String hreflang, String href) {}
