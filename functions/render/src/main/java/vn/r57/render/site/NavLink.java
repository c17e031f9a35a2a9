package vn.r57.render.site;

/**
 * One entry of the main navigation. {@code ariaCurrent} is "page" on the section's own page, "true" on a page
 * inside the section (a province page is inside the overview), and null elsewhere so the attribute is left out.
 */
public record NavLink(String href, String label, String ariaCurrent) {}
