package vn.r57.store;

/** A stored snapshot as the API serves it: whose it is (to check access) and its JSON, exactly as first answered. */
public record SnapshotDocument(String id, String province, String json) {}
