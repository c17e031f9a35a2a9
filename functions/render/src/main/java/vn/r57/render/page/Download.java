package vn.r57.render.page;

import java.util.Optional;

/**
 * One file of the data page.
 *
 * @param labelKey message key of the file's description
 * @param labelArgument filled into the description (an indicator's name), or empty
 * @param href root-relative address
 * @param format the format's name as people know it (JSON, CSV, Atom)
 * @param schemaHref root-relative address of the file's schema, when it has one
 */
public record Download(
        String labelKey, Optional<String> labelArgument, String href, String format, long bytes,
        Optional<String> schemaHref) {}
