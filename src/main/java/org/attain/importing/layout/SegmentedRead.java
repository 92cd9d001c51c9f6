package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.attain.importing.ImportProblem;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads a part of many projects (a long text or Word document) in segments on the machine's cores, with exactly the
 * result of reading it row by row, or not at all. A reader carries state from one project into the next (the columns
 * of the last header, whether weights were seen, the year, the unit of amounts…), so a segment cannot simply start
 * afresh: each segment's reader starts one project early (and reads the part's rows before its first project, its
 * preamble, first) so as to reach the row where its segment begins in the state the reader of the previous segment
 * reaches it in. Where the two meet, the reader's whole state (less the project it just finished, which the previous
 * segment keeps) is compared; if any boundary differs, a reader fails, a bound on problems or a project found twice
 * across segments could make the row-by-row read differ, the part is read row by row instead ({@code null}).
 */
final class SegmentedRead {

    /** A part with fewer project starts is read row by row: the gain would not pay for the threads. */
    static final int MIN_PROJECTS = 64;

    private static final int SEGMENTS = 4;

    private SegmentedRead() {}

    /** The projects and problems of a part read in segments, in the order of the rows. */
    record Read(List<ProjectDraft> projects, List<ImportProblem> warnings, List<ImportProblem> errors) {

        /** Adds the problems and projects to those of the reader of the part. */
        void into(Problems problems, List<ProjectDraft> found) {
            warnings.forEach(problems::warn);
            errors.forEach(problems::refuse);
            found.addAll(projects);
        }

        /** Whether a project label started a project: always, where segments met at one. */
        boolean named() {
            return true;
        }
    }

    /** What a reader's state was where a project started at a row, and how much it had found by then. */
    record Mark(List<Object> state, int warnings, int errors, int projects) {}

    /** Sees a segment's reader start projects: the one where its segment begins, and the one where it ends. */
    static final class Watch {
        private final int begin;
        private final int end;
        private final Problems problems;
        private @Nullable Mark begun;
        private @Nullable Mark ended;

        Watch(int begin, int end, Problems problems) {
            this.begin = begin;
            this.end = end;
            this.problems = problems;
        }

        void projectStarts(int row, List<Object> state, int projects) {
            Mark mark = new Mark(state, problems.warningCount(), problems.errorCount(), projects);
            if (row == begin && begun == null) {
                begun = mark;
            } else if (row == end && ended == null) {
                ended = mark;
            }
        }
    }

    /** One segment: rows {@code [begin, end)}, its reader starting at {@code from} after the preamble. */
    private record Segment(int preamble, int from, int begin, int end, boolean last) {}

    /** What a segment's reader found, and its marks. */
    private record Found(
            List<ProjectDraft> projects,
            Problems problems,
            @Nullable Mark begun,
            @Nullable Mark ended,
            boolean last) {}

    /**
     * The part read in segments, or null when it is to be read row by row: fewer than {@code minProjects} project
     * starts, one core, or a boundary where the segments would not read as one.
     */
    static @Nullable Read read(
            List<Row> rows, int minProjects, Problems before, Function<Problems, ProjectReader> reader) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || rows.size() < Math.max(2, minProjects)) {
            return null; // too few rows for that many projects: not worth looking for them
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).cells().isEmpty() && RowShapes.startsProject(rows.get(i))) {
                starts.add(i);
            }
        }
        if (cores < 2 || starts.size() < Math.max(2, minProjects)) {
            return null;
        }
        int count = Math.min(SEGMENTS, starts.size());
        List<Segment> segments = new ArrayList<>();
        int preamble = starts.getFirst();
        int begin = 0;
        for (int k = 1; k <= count; k++) {
            int next = k * starts.size() / count;
            int end = k == count ? rows.size() : starts.get(next);
            // the reader starts one project early, at the start before its first, to reach it as the last one does
            int from = k == 1 ? 0 : starts.get(starts.indexOf(begin) - 1);
            segments.add(new Segment(preamble, from, begin, end, k == count));
            begin = end;
        }
        List<Found> found = readAll(rows, segments, reader, Math.min(cores, count));
        return found == null ? null : joined(found, before);
    }

    private static @Nullable List<Found> readAll(
            List<Row> rows, List<Segment> segments, Function<Problems, ProjectReader> reader, int threads) {
        List<Found> found = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attain-segmented-read");
            t.setDaemon(true);
            return t;
        })) {
            List<Future<Found>> reads = segments.stream()
                    .map(s -> pool.submit(() -> readSegment(rows, s, reader)))
                    .toList();
            for (Future<Found> read : reads) {
                found.add(read.get());
            }
        } catch (ExecutionException e) {
            // a reader started in another state than the row-by-row one may fail where that one does not
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return found;
    }

    private static Found readSegment(List<Row> rows, Segment s, Function<Problems, ProjectReader> factory) {
        Problems problems = new Problems();
        ProjectReader reader = factory.apply(problems);
        Watch watch = new Watch(s.from() == 0 ? -1 : s.begin(), s.last() ? -1 : s.end(), problems);
        reader.watch = watch;
        if (s.from() > 0) {
            reader.readRows(rows, 0, s.preamble());
        }
        // the row that starts the next segment is read as far as its project starts (the end mark)
        reader.readRows(rows, s.from(), s.last() ? rows.size() : s.end() + 1);
        List<ProjectDraft> projects = reader.finishRead(); // past the end mark: left out
        return new Found(
                projects, problems, s.from() == 0 ? new Mark(List.of(), 0, 0, 0) : watch.begun, watch.ended, s.last());
    }

    /** The segments' findings as one, or null when a boundary or a bound says the row-by-row read could differ. */
    private static @Nullable Read joined(List<Found> found, Problems before) {
        List<ProjectDraft> projects = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Mark begun = f.begun();
            Mark ended = f.last() ? null : f.ended();
            if (begun == null
                    || !f.last() && ended == null
                    || f.problems().overflowed()
                    || k > 0 && !begun.state().equals(found.get(k - 1).ended().state())) {
                return null;
            }
            projects.addAll(f.projects()
                    .subList(begun.projects(), ended == null ? f.projects().size() : ended.projects()));
            warnings.addAll(f.problems()
                    .warnings(begun.warnings(), ended == null ? f.problems().warningCount() : ended.warnings()));
            errors.addAll(f.problems()
                    .errors(begun.errors(), ended == null ? f.problems().errorCount() : ended.errors()));
        }
        Set<String> keys = new HashSet<>();
        for (ProjectDraft p : projects) {
            if (!keys.add(ProjectFields.sameProject(p.year(), p.name()))) {
                // found in two segments: read row by row, the second is refused
                return null;
            }
        }
        if (before.overflowed()
                || before.warningCount() + warnings.size() >= Problems.MAX_WARNINGS
                || before.errorCount() + errors.size() >= Problems.MAX_ERRORS) {
            return null;
        }
        return new Read(List.copyOf(projects), List.copyOf(warnings), List.copyOf(errors));
    }
}
