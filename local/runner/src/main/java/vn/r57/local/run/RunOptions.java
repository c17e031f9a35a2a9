package vn.r57.local.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code portal run} was asked for (see {@link RunCommand}).
 *
 * @param port 0 picks a free port (tests)
 * @param demo empty: load the demo data into a new data folder only
 */
public record RunOptions(int port, Path data, Duration renderEvery, Optional<Boolean> demo) {}
