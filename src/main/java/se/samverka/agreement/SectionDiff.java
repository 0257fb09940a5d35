package se.samverka.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions, section by section (matched by heading), and within a changed
 * section paragraph by paragraph, by the longest common subsequence.
 */
final class SectionDiff {

    enum Change {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED
    }

    record Line(Change change, String text) {
    }

    record SectionChange(String heading, String olderNumber, String newerNumber, Change change, List<Line> lines) {
    }

    private SectionDiff() {
    }

    static List<SectionChange> compare(List<FrozenSection> older, List<FrozenSection> newer) {
        Map<String, FrozenSection> before = new LinkedHashMap<>();
        older.forEach(s -> before.put(s.heading(), s));
        List<SectionChange> changes = new ArrayList<>();
        for (FrozenSection section : newer) {
            FrozenSection previous = before.remove(section.heading());
            if (previous == null) {
                changes.add(new SectionChange(section.heading(), null, section.number(), Change.ADDED,
                        paragraphs(section.body()).stream().map(p -> new Line(Change.ADDED, p)).toList()));
            } else if (previous.body().equals(section.body())) {
                changes.add(new SectionChange(section.heading(), previous.number(), section.number(), Change.UNCHANGED,
                        List.of()));
            } else {
                changes.add(new SectionChange(section.heading(), previous.number(), section.number(), Change.CHANGED,
                        lines(paragraphs(previous.body()), paragraphs(section.body()))));
            }
        }
        before.values().forEach(s -> changes.add(new SectionChange(s.heading(), s.number(), null, Change.REMOVED,
                paragraphs(s.body()).stream().map(p -> new Line(Change.REMOVED, p)).toList())));
        return changes;
    }

    private static List<String> paragraphs(String body) {
        return List.of(body.split("\\R")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static List<Line> lines(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.UNCHANGED, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(new Line(Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(new Line(Change.ADDED, b.get(j++)));
        }
        return lines;
    }
}
