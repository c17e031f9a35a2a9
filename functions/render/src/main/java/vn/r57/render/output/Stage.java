package vn.r57.render.output;

/**
 * When an object is written within one run. An object may only link to objects of an earlier or the same stage, so a
 * run that stops half-way never leaves a link to something not yet written.
 */
public enum Stage {
    /** Linked to, links to nothing that changes: JSON Schemas, stylesheets, charts. */
    ASSET,
    /** One unit or one indicator: data files and their pages. */
    DETAIL,
    /** Lists and indexes that link to details: catalog, CSV, data package, feed, overview pages. */
    INDEX
}
