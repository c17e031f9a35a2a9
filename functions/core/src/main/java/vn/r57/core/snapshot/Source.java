package vn.r57.core.snapshot;

import java.util.Optional;

/** Where a snapshot's figures were published: a report title and, when public, its http(s) address. */
public record Source(String title, Optional<String> url) {}
