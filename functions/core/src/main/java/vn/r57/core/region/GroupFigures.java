package vn.r57.core.region;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.catalog.Direction;

/**
 * How a group of units (a region, or the nation) stands on one indicator in one period: who reported, the median,
 * lowest and highest, and each reporting unit's rank. Units without a value are left out of every figure and
 * counted in {@code missing}, never treated as zero.
 *
 * @param members every unit of the group, in reference order
 * @param missing the members without a value, in reference order
 */
public record GroupFigures(
        List<String> members,
        List<String> missing,
        Optional<BigDecimal> median,
        Optional<BigDecimal> lowest,
        Optional<BigDecimal> highest,
        List<Ranks.Ranked> ranks) {

    public GroupFigures {
        members = List.copyOf(members);
        missing = List.copyOf(missing);
        ranks = List.copyOf(ranks);
    }

    /** @param values the members' values; ids outside {@code members} are ignored */
    public static GroupFigures of(List<String> members, Map<String, BigDecimal> values, Direction direction) {
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String member : members) {
            BigDecimal value = values.get(member);
            if (value == null) {
                missing.add(member);
            } else {
                reported.put(member, value);
            }
        }
        return new GroupFigures(members, missing, Median.of(reported.values()),
                reported.values().stream().min(BigDecimal::compareTo),
                reported.values().stream().max(BigDecimal::compareTo),
                Ranks.of(reported, direction));
    }

    public int reporting() {
        return members.size() - missing.size();
    }

    public int of() {
        return members.size();
    }

    public Optional<Ranks.Ranked> rankOf(String unit) {
        return ranks.stream().filter(r -> r.unit().equals(unit)).findFirst();
    }
}
