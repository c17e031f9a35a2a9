package vn.r57.core.history;

import vn.r57.core.snapshot.Observation;

/** A value as stored: what was sent, and which revision of its series it became (1 for the first). */
public record StoredValue(Observation observation, int revision) {}
